package dev.portside.adapters.storage;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.DepositId;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.blog.CommentContent;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Quantity;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.Username;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The domain's value objects as the scalars both storage adapters keep them in: typed ids as UUIDs,
 * names and texts as strings, quantities as ints, currencies as ISO codes, money as an amount plus a
 * currency code, absent optionals as nulls (a missing column value or document field). The PostgreSQL
 * and MongoDB MapStruct mappers name this class in {@code @Mapper(uses = StoredValues.class)}, so
 * MapStruct picks these methods by type and each mapping is written once.
 *
 * <p>Reading back re-runs the value objects' own checks (their factories or constructors): a stored
 * value is trusted no more than a client's.
 */
public final class StoredValues {

    private StoredValues() {}

    // ids

    public static UUID uuid(UserId id) {
        return id.value();
    }

    public static UserId userId(UUID id) {
        return new UserId(id);
    }

    public static UUID uuid(AccountId id) {
        return id.value();
    }

    public static AccountId accountId(UUID id) {
        return new AccountId(id);
    }

    public static UUID uuid(TransferId id) {
        return id.value();
    }

    public static TransferId transferId(UUID id) {
        return new TransferId(id);
    }

    public static UUID uuid(DepositId id) {
        return id.value();
    }

    public static DepositId depositId(UUID id) {
        return new DepositId(id);
    }

    public static UUID uuid(PostId id) {
        return id.value();
    }

    public static PostId postId(UUID id) {
        return new PostId(id);
    }

    public static UUID uuid(CommentId id) {
        return id.value();
    }

    public static CommentId commentId(UUID id) {
        return new CommentId(id);
    }

    public static UUID uuid(ProductId id) {
        return id.value();
    }

    public static ProductId productId(UUID id) {
        return new ProductId(id);
    }

    public static UUID uuid(OrderId id) {
        return id.value();
    }

    public static OrderId orderId(UUID id) {
        return new OrderId(id);
    }

    // user

    public static String text(Username username) {
        return username.value();
    }

    public static Username username(String text) {
        return new Username(text);
    }

    public static String text(EmailAddress email) {
        return email.value();
    }

    public static EmailAddress email(String text) {
        return new EmailAddress(text);
    }

    public static String text(PasswordHash hash) {
        return hash.value();
    }

    public static PasswordHash passwordHash(String text) {
        return new PasswordHash(text);
    }

    // blog

    public static String text(PostTitle title) {
        return title.value();
    }

    public static PostTitle title(String text) {
        return new PostTitle(text);
    }

    public static String text(PostContent content) {
        return content.value();
    }

    public static PostContent postContent(String text) {
        return new PostContent(text);
    }

    public static String text(CommentContent content) {
        return content.value();
    }

    public static CommentContent commentContent(String text) {
        return new CommentContent(text);
    }

    public static List<String> names(Tags tags) {
        return tags.names();
    }

    public static Tags tags(List<String> names) {
        return Tags.of(names);
    }

    // shop

    public static String text(Sku sku) {
        return sku.value();
    }

    public static Sku sku(String text) {
        return Sku.of(text);
    }

    public static String text(ProductName name) {
        return name.value();
    }

    public static ProductName productName(String text) {
        return ProductName.of(text);
    }

    public static String text(Category category) {
        return category.value();
    }

    public static Category category(String text) {
        return Category.of(text);
    }

    public static int count(Quantity quantity) {
        return quantity.value();
    }

    public static Quantity quantity(int count) {
        return Quantity.of(count);
    }

    // money

    public static String currencyCode(Currency currency) {
        return currency.getCurrencyCode();
    }

    /** A stored code; PostgreSQL's {@code char(3)} columns may pad it, so it is stripped first. */
    public static Currency currency(String code) {
        return Currency.getInstance(code.strip());
    }

    /** Stored amounts are at the currency's scale (or carry extra zeros, which Money drops exactly). */
    public static Money money(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    // optional values: absent is a null column value or a missing document field, never a stored "null"

    public static @Nullable String textOrNull(Optional<String> text) {
        return text.orElse(null);
    }

    public static Optional<String> optionalText(@Nullable String text) {
        return Optional.ofNullable(text);
    }

    public static @Nullable Instant instantOrNull(Optional<Instant> instant) {
        return instant.orElse(null);
    }

    public static Optional<Instant> optionalInstant(@Nullable Instant instant) {
        return Optional.ofNullable(instant);
    }
}
