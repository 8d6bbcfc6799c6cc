package dev.portside.application.blog;

import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.shared.PageRequest;
import java.util.Objects;

public record SearchPostsQuery(PostSearch search, PageRequest<PostSortField> page) {

    public SearchPostsQuery {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(page, "page");
    }
}
