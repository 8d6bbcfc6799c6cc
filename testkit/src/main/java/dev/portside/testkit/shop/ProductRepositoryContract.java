package dev.portside.testkit.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Quantity;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProductRepository} must do. The suite never assumes an empty store: each test
 * uses fresh skus and a category of its own, so a real database can run it repeatedly.
 */
public abstract class ProductRepositoryContract {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private ProductRepository repository;

    @Inject
    private UnitOfWork unitOfWork;

    protected ProductRepository repository() {
        return repository;
    }

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    private Product save(Product product) {
        return unitOfWork().execute(() -> repository().save(product));
    }

    private static String uniqueCategory() {
        return "cat-" + ProductMother.randomToken();
    }

    private Page<Product> search(
            ProductSearch search, ProductSortField field, SortDirection direction, int page, int size) {
        return unitOfWork().execute(() -> repository().search(search, new PageRequest<>(page, size, field, direction)));
    }

    private List<ProductId> searchIds(ProductSearch search, ProductSortField field, SortDirection direction) {
        return search(search, field, direction, 0, 100).items().stream()
                .map(Product::id)
                .toList();
    }

    @Test
    void save_inserts_a_new_product_at_version_1_and_finds_it_by_id() {
        Product product =
                ProductMother.aProduct().withPrice("19.99", "EUR").withStock(7).build();

        Product saved = save(product);

        assertThat(saved).isEqualTo(product.withVersion(1));
        assertThat(unitOfWork().execute(() -> repository().findById(product.id())))
                .contains(saved);
    }

    @Test
    void find_by_id_is_empty_for_an_unknown_id() {
        assertThat(unitOfWork().execute(() -> repository().findById(ProductId.newId())))
                .isEmpty();
    }

    @Test
    void round_trips_money_at_the_currency_scale() {
        Product yen = save(ProductMother.aProduct().withPrice("1500", "JPY").build());
        Product dinar = save(ProductMother.aProduct().withPrice("2.125", "BHD").build());

        assertThat(unitOfWork()
                        .execute(() -> repository().findById(yen.id()))
                        .orElseThrow()
                        .price())
                .isEqualTo(Money.of("1500", "JPY"));
        assertThat(unitOfWork()
                        .execute(() -> repository().findById(dinar.id()))
                        .orElseThrow()
                        .price()
                        .amountText())
                .isEqualTo("2.125");
    }

    @Test
    void find_by_sku_ignores_the_case_it_was_given_in() {
        String sku = ProductMother.uniqueSku();
        Product saved = save(
                ProductMother.aProduct().withSku(sku.toLowerCase(Locale.ROOT)).build());

        assertThat(saved.sku().value()).isEqualTo(sku.toUpperCase(Locale.ROOT));
        assertThat(unitOfWork().execute(() -> repository().findBySku(Sku.of(sku.toLowerCase(Locale.ROOT)))))
                .contains(saved);
        assertThat(unitOfWork().execute(() -> repository().findBySku(Sku.of(ProductMother.uniqueSku()))))
                .isEmpty();
    }

    @Test
    void save_refuses_a_sku_that_differs_only_in_case_with_sku_taken() {
        String sku = ProductMother.uniqueSku();
        Product first = save(
                ProductMother.aProduct().withSku(sku.toUpperCase(Locale.ROOT)).build());

        assertThatThrownBy(() -> save(ProductMother.aProduct()
                        .withSku(sku.toLowerCase(Locale.ROOT))
                        .build()))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.SKU_TAKEN);
        assertThat(unitOfWork().execute(() -> repository().findBySku(first.sku())))
                .contains(first);
    }

    @Test
    void save_refuses_changing_the_sku_to_a_taken_one() {
        Product taken = save(ProductMother.aProduct().build());
        Product other = save(ProductMother.aProduct().build());
        Product clash = new Product(
                other.id(),
                taken.sku(),
                other.name(),
                other.category(),
                other.price(),
                other.stock(),
                other.createdAt(),
                other.version());

        assertThatThrownBy(() -> save(clash))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.SKU_TAKEN);
        assertThat(unitOfWork().execute(() -> repository().findById(other.id())))
                .contains(other);
    }

    @Test
    void save_updates_when_the_version_matches_and_bumps_it() {
        Product saved = save(ProductMother.aProduct().build());
        Product changed = saved.rename(ProductName.of("Renamed " + saved.sku()))
                .recategorize(Category.of("Other"))
                .reprice(Money.of("12.34", "USD"))
                .restock(3);

        Product updated = save(changed);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(unitOfWork().execute(() -> repository().findById(saved.id())))
                .contains(changed.withVersion(2));
    }

    @Test
    void save_refuses_a_stale_version() {
        Product saved = save(ProductMother.aProduct().withStock(10).build());
        save(saved.restock(5));

        assertThatThrownBy(() -> save(saved.restock(1))).isInstanceOf(VersionConflictException.class);
        assertThat(unitOfWork()
                        .execute(() -> repository().findById(saved.id()))
                        .orElseThrow()
                        .stock())
                .isEqualTo(5);
    }

    @Test
    void save_refuses_to_insert_an_existing_id_or_update_a_missing_one() {
        Product saved = save(ProductMother.aProduct().build());
        Product missing = ProductMother.aProduct().build().withVersion(1);

        assertThatThrownBy(() -> save(saved.withVersion(0))).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> save(missing)).isInstanceOf(VersionConflictException.class);
        assertThat(unitOfWork().execute(() -> repository().findById(missing.id())))
                .isEmpty();
    }

    @Test
    void lock_all_by_id_returns_rows_in_ascending_uuid_order_without_unknown_ids_or_duplicates() {
        // first hex digits 0, 7, 8 and f: signed long comparison would put 8 and f first
        Product p0 = save(withIdPrefix("0").build());
        Product p7 = save(withIdPrefix("7").build());
        Product p8 = save(withIdPrefix("8").build());
        Product pf = save(withIdPrefix("f").build());

        List<Product> locked = unitOfWork()
                .execute(() -> repository()
                        .lockAllById(List.of(pf.id(), p0.id(), ProductId.newId(), p8.id(), p7.id(), pf.id())));

        assertThat(locked).extracting(Product::id).containsExactly(p0.id(), p7.id(), p8.id(), pf.id());
    }

    @Test
    void lock_all_by_id_returns_the_current_state() {
        Product saved = save(ProductMother.aProduct().withStock(10).build());
        save(saved.reserve(Quantity.of(4)));

        List<Product> locked = unitOfWork().execute(() -> repository().lockAllById(List.of(saved.id())));

        assertThat(locked).singleElement().satisfies(p -> {
            assertThat(p.stock()).isEqualTo(6);
            assertThat(p.version()).isEqualTo(2);
        });
    }

    @Test
    void lock_all_by_id_of_nothing_is_empty() {
        assertThat(unitOfWork().execute(() -> repository().lockAllById(List.of())))
                .isEmpty();
    }

    @Test
    void search_matches_text_in_the_name_or_the_sku_ignoring_case() {
        String category = uniqueCategory();
        String token = ProductMother.randomToken();
        Product byName = save(ProductMother.aProduct()
                .withCategory(category)
                .withName("Blue " + token + " Mug")
                .build());
        Product bySku = save(ProductMother.aProduct()
                .withCategory(category)
                .withSku("X-" + token)
                .build());
        save(ProductMother.aProduct().withCategory(category).withName("Red Mug").build());

        ProductSearch upper = ProductSearch.category(Category.of(category)).withText(token.toUpperCase(Locale.ROOT));
        ProductSearch lower = ProductSearch.text(token.toLowerCase(Locale.ROOT));

        assertThat(searchIds(upper, ProductSortField.NAME, SortDirection.ASC))
                .containsExactlyInAnyOrder(byName.id(), bySku.id());
        assertThat(searchIds(lower, ProductSortField.NAME, SortDirection.ASC))
                .containsExactlyInAnyOrder(byName.id(), bySku.id());
        assertThat(searchIds(
                        ProductSearch.category(Category.of(category)).withText("mUg"),
                        ProductSortField.NAME,
                        SortDirection.ASC))
                .hasSize(2)
                .contains(byName.id());
    }

    @Test
    void search_treats_wildcard_characters_literally() {
        String category = uniqueCategory();
        Product percent = save(ProductMother.aProduct()
                .withCategory(category)
                .withName("100% cotton")
                .build());
        Product underscore = save(
                ProductMother.aProduct().withCategory(category).withName("a_b").build());
        save(ProductMother.aProduct()
                .withCategory(category)
                .withName("1000 cotton")
                .build());
        save(ProductMother.aProduct().withCategory(category).withName("axb").build());
        save(ProductMother.aProduct()
                .withCategory(category)
                .withName("back\\slash")
                .build());
        ProductSearch inCategory = ProductSearch.category(Category.of(category));

        assertThat(searchIds(inCategory.withText("0% c"), ProductSortField.NAME, SortDirection.ASC))
                .containsExactly(percent.id());
        assertThat(searchIds(inCategory.withText("a_b"), ProductSortField.NAME, SortDirection.ASC))
                .containsExactly(underscore.id());
        assertThat(searchIds(inCategory.withText("\\"), ProductSortField.NAME, SortDirection.ASC))
                .hasSize(1);
    }

    @Test
    void search_matches_the_whole_category_ignoring_case() {
        String category = uniqueCategory();
        Product exact = save(ProductMother.aProduct().withCategory(category).build());
        Product otherCase = save(ProductMother.aProduct()
                .withCategory(category.toUpperCase(Locale.ROOT))
                .build());
        save(ProductMother.aProduct().withCategory(category + "-more").build());
        save(ProductMother.aProduct().withCategory("x" + category).build());

        assertThat(searchIds(ProductSearch.category(Category.of(category)), ProductSortField.NAME, SortDirection.ASC))
                .containsExactlyInAnyOrder(exact.id(), otherCase.id());
    }

    @Test
    void search_pages_and_counts_all_matches() {
        String category = uniqueCategory();
        for (int i = 0; i < 5; i++) {
            save(ProductMother.aProduct()
                    .withCategory(category)
                    .withName("item " + i)
                    .build());
        }
        ProductSearch search = ProductSearch.category(Category.of(category));

        Page<Product> first = search(search, ProductSortField.NAME, SortDirection.ASC, 0, 2);
        Page<Product> last = search(search, ProductSortField.NAME, SortDirection.ASC, 2, 2);
        Page<Product> beyond = search(search, ProductSortField.NAME, SortDirection.ASC, 3, 2);

        assertThat(first.items()).extracting(p -> p.name().value()).containsExactly("item 0", "item 1");
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(last.items()).extracting(p -> p.name().value()).containsExactly("item 4");
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(5);
    }

    @Test
    void search_sorts_by_name_with_ties_by_id() {
        String category = uniqueCategory();
        Product b = save(ProductMother.aProduct()
                .withCategory(category)
                .withName("bravo")
                .build());
        Product a = save(ProductMother.aProduct()
                .withCategory(category)
                .withName("alpha")
                .build());
        Product c1 = save(
                withIdPrefix("1").withCategory(category).withName("charlie").build());
        Product c2 = save(
                withIdPrefix("e").withCategory(category).withName("charlie").build());
        ProductSearch search = ProductSearch.category(Category.of(category));

        assertThat(searchIds(search, ProductSortField.NAME, SortDirection.ASC))
                .containsExactly(a.id(), b.id(), c1.id(), c2.id());
        assertThat(searchIds(search, ProductSortField.NAME, SortDirection.DESC))
                .containsExactly(c2.id(), c1.id(), b.id(), a.id());
    }

    @Test
    void search_sorts_by_price_numerically() {
        String category = uniqueCategory();
        Product nine = save(ProductMother.aProduct()
                .withCategory(category)
                .withPrice("9.00", "EUR")
                .build());
        Product ten = save(ProductMother.aProduct()
                .withCategory(category)
                .withPrice("10.00", "EUR")
                .build());
        Product hundred = save(ProductMother.aProduct()
                .withCategory(category)
                .withPrice("100.50", "EUR")
                .build());
        ProductSearch search = ProductSearch.category(Category.of(category));

        assertThat(searchIds(search, ProductSortField.PRICE, SortDirection.ASC))
                .containsExactly(nine.id(), ten.id(), hundred.id());
        assertThat(searchIds(search, ProductSortField.PRICE, SortDirection.DESC))
                .containsExactly(hundred.id(), ten.id(), nine.id());
    }

    @Test
    void search_sorts_by_creation_time() {
        String category = uniqueCategory();
        Instant t = Instant.parse("2024-03-01T12:00:00Z");
        Product middle = save(
                ProductMother.aProduct().withCategory(category).createdAt(t).build());
        Product newest = save(ProductMother.aProduct()
                .withCategory(category)
                .createdAt(t.plusMillis(1))
                .build());
        Product oldest = save(ProductMother.aProduct()
                .withCategory(category)
                .createdAt(t.minusSeconds(86_400))
                .build());
        ProductSearch search = ProductSearch.category(Category.of(category));

        assertThat(searchIds(search, ProductSortField.CREATED_AT, SortDirection.ASC))
                .containsExactly(oldest.id(), middle.id(), newest.id());
        assertThat(searchIds(search, ProductSortField.CREATED_AT, SortDirection.DESC))
                .containsExactly(newest.id(), middle.id(), oldest.id());
    }

    /** A product whose id starts with the given hex digit, to pin down uuid ordering. */
    private static ProductMother withIdPrefix(String hexDigit) {
        String random = UUID.randomUUID().toString();
        return ProductMother.aProduct().withId(new ProductId(UUID.fromString(hexDigit + random.substring(1))));
    }
}
