package dev.portside.adapters.http.blog;

import dev.portside.adapters.http.openapi.Created;
import dev.portside.adapters.http.openapi.DocumentedProblems;
import dev.portside.adapters.http.openapi.NoContent;
import dev.portside.adapters.http.openapi.Ok;
import dev.portside.adapters.http.paging.PageParams;
import dev.portside.adapters.http.paging.PageResponse;
import dev.portside.adapters.http.paging.QueryValues;
import dev.portside.adapters.http.security.Actors;
import dev.portside.adapters.http.shared.ETags;
import dev.portside.adapters.http.shared.Ids;
import dev.portside.application.blog.AddComment;
import dev.portside.application.blog.AddCommentCommand;
import dev.portside.application.blog.BlogUseCases;
import dev.portside.application.blog.CreatePost;
import dev.portside.application.blog.CreatePostCommand;
import dev.portside.application.blog.DeletePost;
import dev.portside.application.blog.DeletePostCommand;
import dev.portside.application.blog.GetBlogStatistics;
import dev.portside.application.blog.GetBlogStatisticsQuery;
import dev.portside.application.blog.GetPost;
import dev.portside.application.blog.GetPostQuery;
import dev.portside.application.blog.ListComments;
import dev.portside.application.blog.ListCommentsQuery;
import dev.portside.application.blog.PublishPost;
import dev.portside.application.blog.PublishPostCommand;
import dev.portside.application.blog.SearchPosts;
import dev.portside.application.blog.SearchPostsQuery;
import dev.portside.application.blog.UnpublishPost;
import dev.portside.application.blog.UnpublishPostCommand;
import dev.portside.application.blog.UpdatePost;
import dev.portside.application.blog.UpdatePostCommand;
import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostChanges;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.TagMode;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.UserId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED)
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
@Controller("/api/posts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "blog")
class PostsController {

    private static final int MAX_TAGS_QUERY_LENGTH = 600;

    private final CreatePost createPost;
    private final SearchPosts searchPosts;
    private final GetPost getPost;
    private final UpdatePost updatePost;
    private final PublishPost publishPost;
    private final UnpublishPost unpublishPost;
    private final DeletePost deletePost;
    private final AddComment addComment;
    private final ListComments listComments;
    private final GetBlogStatistics getBlogStatistics;
    private final BlogMapper mapper;

    PostsController(BlogUseCases blog, BlogMapper mapper) {
        this.createPost = blog.createPost();
        this.searchPosts = blog.searchPosts();
        this.getPost = blog.getPost();
        this.updatePost = blog.updatePost();
        this.publishPost = blog.publishPost();
        this.unpublishPost = blog.unpublishPost();
        this.deletePost = blog.deletePost();
        this.addComment = blog.addComment();
        this.listComments = blog.listComments();
        this.getBlogStatistics = blog.getBlogStatistics();
        this.mapper = mapper;
    }

    @io.micronaut.http.annotation.Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Write a new draft")
    @Created
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    HttpResponse<PostResponse> create(Authentication authentication, @Body @Valid CreatePostRequest request) {
        Post post = createPost.create(
                CreatePostCommand.of(Actors.from(authentication), request.title(), request.content(), request.tags()));
        return HttpResponse.created(mapper.post(post), URI.create("/api/posts/" + post.id()))
                .header(HttpHeaders.ETAG, ETags.of(post.version()));
    }

    @Get
    @Ok
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary = "Search published posts: q in title and content, tags (all or any), author, publication period")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    PageResponse<PostSummaryResponse> search(
            @Nullable @QueryValue @Size(max = 255) String q,
            @Nullable @QueryValue @Size(max = 600) String tags,
            @Nullable @QueryValue @Size(max = 10) String tagMode,
            @Nullable @QueryValue @Size(max = 36) String author,
            @Nullable @QueryValue @Size(max = 40) String from,
            @Nullable @QueryValue @Size(max = 40) String to,
            @Nullable @QueryValue @Min(0) @Max(Integer.MAX_VALUE) Integer page,
            @Nullable @QueryValue @Min(1) @Max(100) Integer size,
            @Nullable @QueryValue @Size(max = 100) String sort) {
        PostSearch search = new PostSearch(
                QueryValues.text(q),
                tags(tags),
                QueryValues.text(tagMode).map(TagMode::parse).orElse(TagMode.DEFAULT),
                QueryValues.text(author).map(text -> new UserId(Ids.uuid("author", text))),
                QueryValues.instant("from", from),
                QueryValues.instant("to", to));
        return PageResponse.of(
                searchPosts.search(new SearchPostsQuery(
                        search,
                        PageParams.parse(
                                PostSortField.class,
                                page,
                                size,
                                sort,
                                PostSortField.PUBLISHED_AT,
                                SortDirection.DESC))),
                mapper::summary);
    }

    @Get("/stats")
    @Ok
    @Secured({"MODERATOR", "ADMIN"})
    @Operation(summary = "Posts per author and authors active in the last 30 days (moderators, admins)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "403", ref = DocumentedProblems.FORBIDDEN)
    BlogStatisticsResponse stats(Authentication authentication) {
        return mapper.statistics(getBlogStatistics.get(new GetBlogStatisticsQuery(Actors.from(authentication))));
    }

    @Get("/{id}")
    @Ok
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One post; drafts only for their author, moderators and admins (404 otherwise)")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    HttpResponse<PostResponse> get(
            @Nullable Authentication authentication, @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        return withETag(getPost.get(new GetPostQuery(Actors.fromOptional(authentication), new PostId(id))));
    }

    @Patch("/{id}")
    @Ok
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Edit title, content or tags (author, moderators, admins); honours If-Match")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    @ApiResponse(responseCode = "412", ref = DocumentedProblems.VERSION_MISMATCH)
    HttpResponse<PostResponse> update(
            Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Nullable @Schema(maxLength = 64) @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Body @Valid UpdatePostRequest request) {
        PostChanges changes = new PostChanges(
                Optional.ofNullable(request.title()).map(PostTitle::new),
                Optional.ofNullable(request.content()).map(PostContent::new),
                Optional.ofNullable(request.tags()).map(Tags::of));
        return withETag(updatePost.update(new UpdatePostCommand(
                Actors.from(authentication), new PostId(id), changes, ETags.expectedVersion(ifMatch))));
    }

    @io.micronaut.http.annotation.Post("/{id}/publish")
    @Ok
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Publish (author, moderators, admins); publishing twice changes nothing")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    HttpResponse<PostResponse> publish(
            Authentication authentication, @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        return withETag(publishPost.publish(new PublishPostCommand(Actors.from(authentication), new PostId(id))));
    }

    @io.micronaut.http.annotation.Post("/{id}/unpublish")
    @Ok
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Back to draft (author, moderators, admins)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    HttpResponse<PostResponse> unpublish(
            Authentication authentication, @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        return withETag(unpublishPost.unpublish(new UnpublishPostCommand(Actors.from(authentication), new PostId(id))));
    }

    @Delete("/{id}")
    @NoContent
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete with its comments (author, moderators, admins)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    void delete(Authentication authentication, @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        deletePost.delete(new DeletePostCommand(Actors.from(authentication), new PostId(id)));
    }

    @io.micronaut.http.annotation.Post("/{id}/comments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Comment on a published post (422 post_not_published on a draft)")
    @Created
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = DocumentedProblems.POST_NOT_PUBLISHED)
    HttpResponse<CommentResponse> comment(
            Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Body @Valid AddCommentRequest request) {
        Actor actor = Actors.from(authentication);
        Comment comment = addComment.add(AddCommentCommand.of(actor, new PostId(id), request.content()));
        AuthorRef author = new AuthorRef(
                actor.id(), Objects.toString(authentication.getAttributes().get("username"), ""));
        // no Location: a comment has no address of its own; it lives in the post's comment listing
        return HttpResponse.<CommentResponse>status(HttpStatus.CREATED).body(mapper.newComment(comment, author));
    }

    @Get("/{id}/comments")
    @Ok
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Comments of a post the caller can see, oldest first by default")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    PageResponse<CommentResponse> comments(
            @Nullable Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Nullable @QueryValue @Min(0) @Max(Integer.MAX_VALUE) Integer page,
            @Nullable @QueryValue @Min(1) @Max(100) Integer size,
            @Nullable @QueryValue @Size(max = 100) String sort) {
        return PageResponse.of(
                listComments.list(new ListCommentsQuery(
                        Actors.fromOptional(authentication),
                        new PostId(id),
                        PageParams.parse(
                                CommentSortField.class,
                                page,
                                size,
                                sort,
                                CommentSortField.CREATED_AT,
                                SortDirection.ASC))),
                mapper::comment);
    }

    private HttpResponse<PostResponse> withETag(Post post) {
        return HttpResponse.ok(mapper.post(post)).header(HttpHeaders.ETAG, ETags.of(post.version()));
    }

    private static Tags tags(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Tags.none();
        }
        if (text.length() > MAX_TAGS_QUERY_LENGTH) {
            throw new ValidationException("tags", "is too long");
        }
        return Tags.of(Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList());
    }
}
