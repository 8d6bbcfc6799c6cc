package dev.portside.adapters.mongo.blog;

import static com.mongodb.client.model.Filters.eq;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
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
import java.util.UUID;

/** A post's comments in {@code comments_post_created_at} order, with their authors' usernames. */
@Singleton
@MongoAdapter
final class MongoCommentCatalog implements CommentCatalog {

    private final MongoStorage storage;

    MongoCommentCatalog(MongoStorage storage) {
        this.storage = storage;
    }

    @Override
    public Page<CommentView> commentsOf(PostId postId, PageRequest<CommentSortField> page) {
        Page<Comment> comments = Paging.page(storage.collection(CommentDocuments.COLLECTION),
                eq("postId", postId.value()), "createdAt", page, CommentDocuments::toComment);
        Map<UUID, AuthorRef> authors = Authors.of(storage,
                comments.items().stream().map(comment -> comment.authorId().value()).toList());
        return comments.map(comment -> new CommentView(comment, authors.get(comment.authorId().value())));
    }
}
