package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.blog.port.TagMode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The public post listing in exactly two statements, whatever the page size: the page (posts joined
 * to their authors, with a correlated comment count) and the count of matching posts. Every filter
 * and sort is backed by one of the partial indexes on published posts (V3__blog.sql).
 */
@Singleton
@PostgresAdapter
final class PostgresPostCatalog implements PostCatalog {

    private final PostRows rows;
    private final PostRowMapper mapper;

    PostgresPostCatalog(PostRows rows, PostRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Page<PostSummary> search(PostSearch search, PageRequest<PostSortField> page) {
        Filter f = Filter.of(search);
        boolean asc = page.direction() == SortDirection.ASC;
        int limit = page.size();
        long offset = page.offset();
        List<PostSummaryRow> found = switch (page.sortField()) {
            case PUBLISHED_AT ->
                asc
                        ? rows.listByPublishedAtAsc(f.text, f.allTags, f.anyTags, f.author, f.from, f.to, limit, offset)
                        : rows.listByPublishedAtDesc(
                                f.text, f.allTags, f.anyTags, f.author, f.from, f.to, limit, offset);
            case TITLE ->
                asc
                        ? rows.listByTitleAsc(f.text, f.allTags, f.anyTags, f.author, f.from, f.to, limit, offset)
                        : rows.listByTitleDesc(f.text, f.allTags, f.anyTags, f.author, f.from, f.to, limit, offset);
        };
        long total = rows.countListed(f.text, f.allTags, f.anyTags, f.author, f.from, f.to);
        return new Page<>(found.stream().map(mapper::toSummary).toList(), page.page(), page.size(), total);
    }

    /** The search as the listing's parameters: null where a filter is absent. */
    private record Filter(
            @Nullable String text,
            @Nullable String[] allTags,
            @Nullable String[] anyTags,
            @Nullable UUID author,
            @Nullable Instant from,
            @Nullable Instant to) {

        static Filter of(PostSearch search) {
            String[] tags =
                    search.tags().isEmpty() ? null : search.tags().names().toArray(String[]::new);
            return new Filter(
                    search.text().map(Filter::containsPattern).orElse(null),
                    search.tagMode() == TagMode.ALL ? tags : null,
                    search.tagMode() == TagMode.ANY ? tags : null,
                    search.author().map(author -> author.value()).orElse(null),
                    search.from().orElse(null),
                    search.to().orElse(null));
        }

        /** {@code %text%} against a lower-cased column: the text lower-cased and matched literally. */
        private static String containsPattern(String text) {
            String escaped = text.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            return "%" + escaped + "%";
        }
    }
}
