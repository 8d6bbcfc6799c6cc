package dev.portside.testkit.blog;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

public final class InMemoryCommentCatalog implements CommentCatalog {

    private static final Comparator<Comment> BY_CREATED_AT_THEN_ID = Comparator.comparing(Comment::createdAt)
            .thenComparing(comment -> comment.id().value(), Ordering.UUIDS);

    private final InMemoryCommentRepository comments;
    private final AuthorLookup authors;

    public InMemoryCommentCatalog(InMemoryCommentRepository comments, Function<UserId, Optional<String>> usernames) {
        this.comments = comments;
        this.authors = new AuthorLookup(usernames);
    }

    @Override
    public Page<CommentView> commentsOf(PostId postId, PageRequest<CommentSortField> page) {
        List<Comment> ofPost = comments.all().stream()
                .filter(comment -> comment.postId().equals(postId))
                .sorted(Ordering.directed(BY_CREATED_AT_THEN_ID, page.direction()))
                .toList();
        List<CommentView> items = ofPost.stream()
                .skip(page.offset())
                .limit(page.size())
                .map(comment -> new CommentView(comment, authors.of(comment.authorId())))
                .toList();
        return new Page<>(items, page.page(), page.size(), ofPost.size());
    }
}
