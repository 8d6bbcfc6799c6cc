package dev.portside.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import dev.portside.testkit.shop.ProductMother;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProductUseCasesTest {

    private final ShopFixture shop = new ShopFixture();

    private static CreateProductCommand mug(Actor actor, String sku) {
        return new CreateProductCommand(
                actor, Sku.of(sku), ProductName.of("Mug"), Category.of("Kitchen"), Money.of("4.50", "EUR"), 10);
    }

    @Test
    void an_admin_creates_a_product() {
        Product created = shop.createProduct.create(mug(shop.admin, "mug-1"));

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.sku().value()).isEqualTo("MUG-1");
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2024-05-10T09:00:00Z"));
        assertThat(shop.getProduct.get(new GetProductQuery(created.id()))).isEqualTo(created);
    }

    @Test
    void only_admins_create_products() {
        for (var actor : new Actor[] {shop.alice, shop.moderator}) {
            assertThatThrownBy(() -> shop.createProduct.create(mug(actor, "mug-2")))
                    .isInstanceOf(DomainException.class)
                    .extracting("errorCode")
                    .isEqualTo(ErrorCode.FORBIDDEN);
        }
        assertThat(shop.products.findBySku(Sku.of("mug-2"))).isEmpty();
    }

    @Test
    void a_sku_is_taken_whatever_its_case() {
        shop.createProduct.create(mug(shop.admin, "MUG-3"));

        assertThatThrownBy(() -> shop.createProduct.create(mug(shop.admin, "mug-3")))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.SKU_TAKEN);
    }

    @Test
    void the_create_command_refuses_invalid_input_by_field() {
        assertThatThrownBy(() -> new CreateProductCommand(
                        shop.admin, Sku.of("a"), ProductName.of("Mug"), Category.of("K"), Money.of("0.00", "EUR"), 1))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("price");
        assertThatThrownBy(() -> new CreateProductCommand(
                        shop.admin, Sku.of("a"), ProductName.of("Mug"), Category.of("K"), Money.of("1.00", "EUR"), -1))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("stock");
        assertThatThrownBy(() -> new CreateProductCommand(
                        shop.admin, null, ProductName.of("Mug"), Category.of("K"), Money.of("1.00", "EUR"), 1))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("sku");
    }

    @Test
    void an_unknown_product_is_not_found() {
        assertThatThrownBy(() -> shop.getProduct.get(new GetProductQuery(ProductId.newId())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void anyone_searches_the_catalogue() {
        Product tea = shop.stored(ProductMother.aProduct().withName("Green tea").withCategory("Tea"));
        shop.stored(ProductMother.aProduct().withName("Black coffee").withCategory("Coffee"));

        var page = shop.searchProducts.search(
                new SearchProductsQuery(ProductSearch.text("TEA"), SearchProductsQuery.defaultPage(0, 20)));

        assertThat(page.items()).containsExactly(tea);
        assertThat(page.totalItems()).isEqualTo(1);
    }

    @Test
    void an_admin_patches_only_the_given_fields_and_the_version_moves_on() {
        Product product = shop.stored(ProductMother.aProduct().withName("Mug").withStock(5));

        Product updated = shop.updateProduct.update(UpdateProductCommand.of(shop.admin, product.id())
                .withPrice(Money.of("6.00", "EUR"))
                .withStock(8));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.price()).isEqualTo(Money.of("6.00", "EUR"));
        assertThat(updated.stock()).isEqualTo(8);
        assertThat(updated.name()).isEqualTo(ProductName.of("Mug"));
        assertThat(shop.products.findById(product.id())).contains(updated);
    }

    @Test
    void an_update_with_the_current_version_succeeds_and_a_stale_one_is_version_mismatch() {
        Product product = shop.stored(ProductMother.aProduct().withName("Mug"));

        Product renamed = shop.updateProduct.update(UpdateProductCommand.of(shop.admin, product.id())
                .withName(ProductName.of("Cup"))
                .expectingVersion(1));

        assertThatThrownBy(() -> shop.updateProduct.update(UpdateProductCommand.of(shop.admin, product.id())
                        .withCategory(Category.of("Other"))
                        .expectingVersion(1)))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.VERSION_MISMATCH);
        assertThat(shop.products.findById(product.id())).contains(renamed);
    }

    @Test
    void an_empty_patch_keeps_the_version() {
        Product product = shop.stored(ProductMother.aProduct());

        assertThat(shop.updateProduct.update(UpdateProductCommand.of(shop.admin, product.id())))
                .isEqualTo(product);
    }

    @Test
    void only_admins_update_products_and_unknown_ones_are_not_found() {
        Product product = shop.stored(ProductMother.aProduct().withStock(5));

        assertThatThrownBy(() -> shop.updateProduct.update(
                        UpdateProductCommand.of(shop.alice, product.id()).withStock(0)))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> shop.updateProduct.update(UpdateProductCommand.of(shop.admin, ProductId.newId())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(shop.stockOf(product.id())).isEqualTo(5);
    }

    @Test
    void search_pages_with_the_requested_sort() {
        String category = "cat-" + ProductMother.randomToken();
        Product cheap =
                shop.stored(ProductMother.aProduct().withCategory(category).withPrice("1.00", "EUR"));
        Product dear =
                shop.stored(ProductMother.aProduct().withCategory(category).withPrice("9.00", "EUR"));

        var page = shop.searchProducts.search(new SearchProductsQuery(
                ProductSearch.category(Category.of(category)),
                new PageRequest<>(0, 1, ProductSortField.PRICE, SortDirection.DESC)));

        assertThat(page.items()).containsExactly(dear);
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(cheap.price()).isLessThan(dear.price());
    }
}
