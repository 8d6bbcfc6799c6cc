package dev.portside.domain.shop.port;

import dev.portside.domain.shared.Text;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.shop.Category;
import java.util.Objects;
import java.util.Optional;

/**
 * What a product search filters on; an absent part does not filter.
 *
 * <ul>
 *   <li>{@code text}: the name or the sku contains it, ignoring case; it is literal text, so
 *       {@code %}, {@code _} and {@code \} match only themselves (adapters escape them). A blank text
 *       is treated as absent.</li>
 *   <li>{@code category}: the category equals it, ignoring case.</li>
 * </ul>
 * Case folding is defined for ASCII letters; adapters may fold more, tests rely on ASCII only.
 */
public record ProductSearch(Optional<String> text, Optional<Category> category) {

    public static final int MAX_TEXT_LENGTH = 255;

    public ProductSearch {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        text = text.filter(t -> !t.isBlank());
        text.ifPresent(t -> Text.storable("q", t));
        if (text.isPresent() && text.get().length() > MAX_TEXT_LENGTH) {
            throw new ValidationException("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
    }

    public static ProductSearch all() {
        return new ProductSearch(Optional.empty(), Optional.empty());
    }

    public static ProductSearch text(String text) {
        return new ProductSearch(Optional.of(text), Optional.empty());
    }

    public static ProductSearch category(Category category) {
        return new ProductSearch(Optional.empty(), Optional.of(category));
    }

    public ProductSearch withText(String newText) {
        return new ProductSearch(Optional.of(newText), category);
    }

    public ProductSearch withCategory(Category newCategory) {
        return new ProductSearch(text, Optional.of(newCategory));
    }
}
