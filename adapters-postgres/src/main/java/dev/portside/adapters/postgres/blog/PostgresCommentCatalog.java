package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** A post's comments with their authors: one page statement (joined to users) and one count, both on comments_post_created. */
@Singleton
@PostgresAdapter
final class PostgresCommentCatalog implements CommentCatalog {

    private final CommentRows rows;
    private final CommentRowMapper mapper;

    PostgresCommentCatalog(CommentRows rows, CommentRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Page<CommentView> commentsOf(PostId postId, PageRequest<CommentSortField> page) {
        UUID post = postId.value();
        List<CommentViewRow> found = switch (page.sortField()) {
            case CREATED_AT ->
                page.direction() == SortDirection.ASC
                        ? rows.listOfPostOldestFirst(post, page.size(), page.offset())
                        : rows.listOfPostNewestFirst(post, page.size(), page.offset());
        };
        long total = rows.countByPostId(post);
        return new Page<>(found.stream().map(mapper::toView).toList(), page.page(), page.size(), total);
    }
}
