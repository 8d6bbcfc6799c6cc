package dev.portside.application.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import org.junit.jupiter.api.Test;

/** The catalog's own semantics are pinned by PostCatalogContract; this checks the use case serves them. */
class SearchPostsTest {

    private final BlogFixture blog = new BlogFixture();

    @Test
    void lists_published_posts_with_author_and_comment_count_but_never_drafts() {
        Post published = blog.publishedBy(blog.author);
        blog.draftBy(blog.author);
        blog.addComment.add(AddCommentCommand.of(blog.otherUser, published.id(), "Hi"));

        Page<PostSummary> page = blog.searchPosts.search(new SearchPostsQuery(
                PostSearch.everything(), new PageRequest<>(0, 20, PostSortField.PUBLISHED_AT, SortDirection.DESC)));

        assertThat(page.items())
                .containsExactly(new PostSummary(published, new AuthorRef(blog.author.id(), "alice"), 1));
        assertThat(page.totalItems()).isEqualTo(1);
    }
}
