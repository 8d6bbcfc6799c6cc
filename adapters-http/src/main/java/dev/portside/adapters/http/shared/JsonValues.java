package dev.portside.adapters.http.shared;

import dev.portside.domain.bank.AccountId;
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
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.Username;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The value objects every feature shows, in their JSON form: typed ids as UUIDs, names and texts as
 * strings, money as {@link MoneyJson}. The features' MapStruct mappers name this class in
 * {@code @Mapper(uses = JsonValues.class)}, so MapStruct picks these by type wherever a response field
 * needs one, and each is written once.
 */
public final class JsonValues {

    private JsonValues() {}

    public static MoneyJson money(Money money) {
        return MoneyJson.of(money);
    }

    public static String currencyCode(Currency currency) {
        return currency.getCurrencyCode();
    }

    /** An absent optional field is an explicit JSON null (the responses use {@code Include.ALWAYS}). */
    public static @Nullable String textOrNull(Optional<String> text) {
        return text.orElse(null);
    }

    public static @Nullable Instant instantOrNull(Optional<Instant> instant) {
        return instant.orElse(null);
    }

    // ids

    public static UUID uuid(UserId id) {
        return id.value();
    }

    public static UUID uuid(AccountId id) {
        return id.value();
    }

    public static UUID uuid(TransferId id) {
        return id.value();
    }

    public static UUID uuid(PostId id) {
        return id.value();
    }

    public static UUID uuid(CommentId id) {
        return id.value();
    }

    public static UUID uuid(ProductId id) {
        return id.value();
    }

    public static UUID uuid(OrderId id) {
        return id.value();
    }

    // texts and counts

    public static String text(Username username) {
        return username.value();
    }

    public static String text(EmailAddress email) {
        return email.value();
    }

    public static String text(PostTitle title) {
        return title.value();
    }

    public static String text(PostContent content) {
        return content.value();
    }

    public static String text(CommentContent content) {
        return content.value();
    }

    public static List<String> names(Tags tags) {
        return tags.names();
    }

    public static String text(Sku sku) {
        return sku.value();
    }

    public static String text(ProductName name) {
        return name.value();
    }

    public static String text(Category category) {
        return category.value();
    }

    public static int count(Quantity quantity) {
        return quantity.value();
    }
}
