package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.Paging;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A post's comments in {@code comments_post_created_at} order, with their authors' usernames. */
@Singleton
@MongoAdapter
final class MongoCommentCatalog implements CommentCatalog {

    private final CommentDocuments comments;
    private final AuthorDocuments authors;
    private final CommentDocumentMapper mapper;

    MongoCommentCatalog(CommentDocuments comments, AuthorDocuments authors, CommentDocumentMapper mapper) {
        this.comments = comments;
        this.authors = authors;
        this.mapper = mapper;
    }

    @Override
    public Page<CommentView> commentsOf(PostId postId, PageRequest<CommentSortField> page) {
        Page<Comment> found = Paging.page(
                comments.findByPostId(postId.value(), Paging.pageable(page, "createdAt")), page, mapper::toComment);
        Map<UUID, AuthorRef> authorsById = Authors.of(
                authors,
                found.items().stream()
                        .map(comment -> comment.authorId().value())
                        .toList());
        return found.map(comment -> new CommentView(
                comment,
                // Authors.of has every id asked for, or threw
                Objects.requireNonNull(authorsById.get(comment.authorId().value()))));
    }
}
