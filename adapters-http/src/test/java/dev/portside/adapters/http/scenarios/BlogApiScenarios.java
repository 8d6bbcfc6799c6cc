package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The blog, docs/api.md, section "Blog". */
public abstract class BlogApiScenarios extends ApiScenarios {

    private ApiResponse draft(Session author, String title, List<String> tags) {
        ApiResponse created = api().post(
                        "/api/posts", author.token(), body("title", title, "content", "About " + title, "tags", tags));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    private String published(Session author, String title, List<String> tags) {
        String id = draft(author, title, tags).text("id");
        assertThat(api().post("/api/posts/" + id + "/publish", author.token(), null)
                        .status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void a_user_writes_a_draft_that_only_they_moderators_and_admins_can_see() {
        Session author = newUser("author");
        ApiResponse created = draft(author, "Draft " + unique("t"), List.of("Java", " news "));

        assertThat(created.header("Location")).hasValue("/api/posts/" + created.text("id"));
        assertThat(created.header("ETag")).isPresent();
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.text("authorId")).isEqualTo(author.id());
        assertThat(created.json().get("tags").get(0).getStringValue()).isEqualTo("java");
        assertThat(created.json().get("tags").get(1).getStringValue()).isEqualTo("news");

        String path = "/api/posts/" + created.text("id");
        assertThat(api().get(path, author.token()).status()).isEqualTo(200);
        assertProblem(api().get(path, null), 404, "not_found");
        assertProblem(api().get(path, newUser("reader").token()), 404, "not_found");
        assertThat(api().get(path, newModerator("mod").token()).status()).isEqualTo(200);
        assertThat(api().get(path, admin().token()).status()).isEqualTo(200);
    }

    @Test
    void a_post_with_several_invalid_fields_is_refused_naming_each_of_them() {
        Session author = newUser("twice");

        // both pass the edge's size limits and fail the command's own checks, which report every field
        ApiResponse refused =
                api().post("/api/posts", author.token(), body("title", " ", "content", "c", "tags", List.of(" ")));

        assertInvalid(refused, "title");
        assertInvalid(refused, "tags");
    }

    @Test
    void creating_refuses_invalid_posts() {
        Session author = newUser("invalid");
        assertInvalid(api().post("/api/posts", author.token(), body("title", "", "content", "c")), "title");
        assertInvalid(
                api().post("/api/posts", author.token(), body("title", "x".repeat(256), "content", "c")), "title");
        assertInvalid(
                api().post("/api/posts", author.token(), body("title", "t", "content", "c".repeat(100_001))),
                "content");
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("tag" + i);
        }
        assertInvalid(
                api().post("/api/posts", author.token(), body("title", "t", "content", "c", "tags", eleven)), "tags");
        assertInvalid(
                api().post(
                                "/api/posts",
                                author.token(),
                                body("title", "t", "content", "c", "tags", List.of("x".repeat(51)))),
                "tags[0]");
        assertInvalid(
                api().post(
                                "/api/posts",
                                author.token(),
                                body(
                                        "title",
                                        "t",
                                        "content",
                                        "c",
                                        "authorId",
                                        UUID.randomUUID().toString())),
                "authorId");
        assertInvalid(
                api().post("/api/posts", author.token(), body("title", "t", "content", "c", "status", "PUBLISHED")),
                "status");
    }

    @Test
    void publishing_makes_a_post_public_and_listed_with_its_author_and_comment_count() {
        Session author = newUser("pub");
        String tag = unique("tag").toLowerCase();
        String id = published(author, "Published " + tag, List.of(tag));
        Session reader = newUser("commenter");
        ApiResponse comment = api().post("/api/posts/" + id + "/comments", reader.token(), Map.of("content", "Nice!"));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        assertThat(comment.json().get("author").get("username").getStringValue())
                .isEqualTo(reader.username());

        ApiResponse post = api().get("/api/posts/" + id, null);
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.text("status")).isEqualTo("PUBLISHED");
        assertThat(post.text("publishedAt")).isNotNull();

        ApiResponse listing = api().get("/api/posts?tags=" + tag, null);
        assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
        JsonNode item = listing.json().get("items").get(0);
        assertThat(listing.json().get("totalItems").getLongValue()).isEqualTo(1);
        assertThat(item.get("id").getStringValue()).isEqualTo(id);
        assertThat(item.get("author").get("id").getStringValue()).isEqualTo(author.id());
        assertThat(item.get("author").get("username").getStringValue()).isEqualTo(author.username());
        assertThat(item.get("commentCount").getLongValue()).isEqualTo(1);
    }

    @Test
    void the_listing_searches_text_tags_author_and_period_and_never_shows_drafts() {
        Session author = newUser("search");
        String word = unique("w").toLowerCase();
        String both = published(author, "Both " + word, List.of(word + "a", word + "b"));
        String onlyA = published(author, "Only a " + word, List.of(word + "a"));
        draft(author, "Draft " + word, List.of(word + "a"));

        assertThat(ids(api().get("/api/posts?q=" + word.toUpperCase(), null))).containsExactlyInAnyOrder(both, onlyA);
        assertThat(ids(api().get("/api/posts?tags=" + word + "a," + word + "b&tagMode=all", null)))
                .containsExactly(both);
        assertThat(ids(api().get("/api/posts?tags=" + word + "a," + word + "b&tagMode=any", null)))
                .containsExactlyInAnyOrder(both, onlyA);
        assertThat(ids(api().get("/api/posts?author=" + author.id() + "&sort=title,asc", null)))
                .containsExactly(both, onlyA);
        assertThat(ids(api().get("/api/posts?q=" + word + "&from=2000-01-01&to=2000-12-31", null)))
                .isEmpty();
        assertThat(ids(api().get("/api/posts?q=" + word + "&from=2000-01-01T00:00:00Z", null)))
                .hasSize(2);

        assertInvalid(api().get("/api/posts?from=yesterday", null), "from");
        assertInvalid(api().get("/api/posts?author=nobody", null), "author");
        assertInvalid(api().get("/api/posts?tagMode=some", null), "tagMode");
        assertInvalid(api().get("/api/posts?sort=content,asc", null), "sort");
        assertInvalid(api().get("/api/posts?size=500", null), "size");
    }

    @Test
    void editing_honours_if_match_and_belongs_to_author_moderators_and_admins() {
        Session author = newUser("edit");
        ApiResponse created = draft(author, "Before", List.of());
        String path = "/api/posts/" + created.text("id");
        String etag = created.header("ETag").orElseThrow();

        ApiResponse edited = api().patch(
                        path, author.token(), Map.of("title", "After", "tags", List.of("x")), Map.of("If-Match", etag));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.text("title")).isEqualTo("After");
        assertThat(edited.text("content")).isEqualTo("About Before");
        assertProblem(
                api().patch(path, author.token(), Map.of("title", "Stale"), Map.of("If-Match", etag)),
                412,
                "version_mismatch");
        assertProblem(
                api().patch(path, newUser("stranger").token(), Map.of("title", "Mine"), Map.of()), 404, "not_found");
        assertInvalid(api().patch(path, author.token(), Map.of("title", ""), Map.of()), "title");
        assertThat(api().patch(path, newModerator("editmod").token(), Map.of("title", "Moderated"), Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void unpublishing_and_deleting_belong_to_author_moderators_and_admins() {
        Session author = newUser("lifecycle");
        String id = published(author, "Lifecycle", List.of());
        Session stranger = newUser("lcstranger");

        assertProblem(api().post("/api/posts/" + id + "/unpublish", stranger.token(), null), 404, "not_found");
        assertProblem(api().delete("/api/posts/" + id, stranger.token()), 404, "not_found");
        ApiResponse unpublished = api().post("/api/posts/" + id + "/unpublish", author.token(), null);
        assertThat(unpublished.status()).isEqualTo(200);
        assertThat(unpublished.text("status")).isEqualTo("DRAFT");
        assertProblem(api().get("/api/posts/" + id, null), 404, "not_found");

        assertThat(api().delete("/api/posts/" + id, admin().token()).status()).isEqualTo(204);
        assertProblem(api().get("/api/posts/" + id, author.token()), 404, "not_found");
        assertProblem(
                api().post("/api/posts/" + UUID.randomUUID() + "/publish", author.token(), null), 404, "not_found");
    }

    @Test
    void comments_need_a_published_post_and_are_listed_with_their_authors() {
        Session author = newUser("comm");
        String draftId = draft(author, "Not yet", List.of()).text("id");
        assertProblem(
                api().post("/api/posts/" + draftId + "/comments", author.token(), Map.of("content", "early")),
                422,
                "post_not_published");
        assertProblem(
                api().post(
                                "/api/posts/" + draftId + "/comments",
                                newUser("early").token(),
                                Map.of("content", "early")),
                404,
                "not_found");
        assertProblem(
                api().post("/api/posts/" + UUID.randomUUID() + "/comments", author.token(), Map.of("content", "lost")),
                404,
                "not_found");

        String id = published(author, "Open", List.of());
        assertInvalid(api().post("/api/posts/" + id + "/comments", author.token(), Map.of("content", " ")), "content");
        Session first = newUser("first");
        Session second = newUser("second");
        api().post("/api/posts/" + id + "/comments", first.token(), Map.of("content", "one"));
        api().post("/api/posts/" + id + "/comments", second.token(), Map.of("content", "two"));

        ApiResponse comments = api().get("/api/posts/" + id + "/comments?size=10", null);
        assertThat(comments.status()).isEqualTo(200);
        assertThat(comments.json().get("totalItems").getLongValue()).isEqualTo(2);
        assertThat(comments.json().get("items").get(0).get("content").getStringValue())
                .isEqualTo("one");
        assertThat(comments.json()
                        .get("items")
                        .get(0)
                        .get("author")
                        .get("username")
                        .getStringValue())
                .isEqualTo(first.username());
        assertProblem(api().get("/api/posts/" + draftId + "/comments", null), 404, "not_found");
        assertProblem(api().get("/api/posts/" + UUID.randomUUID() + "/comments", null), 404, "not_found");
    }

    @Test
    void statistics_are_for_moderators_and_admins() {
        Session author = newUser("statsauthor");
        published(author, "Counted", List.of());
        ApiResponse stats =
                api().get("/api/posts/stats", newModerator("statsmod").token());
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        boolean found = false;
        JsonNode authors = stats.json().get("authors");
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i).get("author").get("id").getStringValue().equals(author.id())) {
                found = true;
                assertThat(authors.get(i).get("totalPosts").getLongValue()).isEqualTo(1);
                assertThat(authors.get(i).get("publishedPosts").getLongValue()).isEqualTo(1);
            }
        }
        assertThat(found).isTrue();
        assertThat(stats.json().get("activeAuthorsLast30Days").getLongValue()).isPositive();
        assertProblem(api().get("/api/posts/stats", author.token()), 403, "forbidden");
        assertProblem(api().get("/api/posts/stats", null), 401, "unauthenticated");
    }

    private static List<String> ids(ApiResponse page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JsonNode items = page.json().get("items");
        for (int i = 0; i < items.size(); i++) {
            ids.add(items.get(i).get("id").getStringValue());
        }
        return ids;
    }
}
