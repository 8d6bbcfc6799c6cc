package dev.portside.application.blog;

import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.Validation;

public record SearchPostsQuery(PostSearch search, PageRequest<PostSortField> page) {

    public SearchPostsQuery {
        new Validation().required("search", search).required("page", page).done();
    }
}
