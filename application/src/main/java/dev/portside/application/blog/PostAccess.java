package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.DomainException;
import java.util.Optional;

/**
 * Who may see and who may manage a post. Anyone sees a published post; a draft only its author, a
 * moderator or an admin. Managing (edit, publish, unpublish, delete) is for the author, moderators
 * and admins. Both refusals are 404, never 403, as the API says: a caller learns nothing about posts
 * it may not touch.
 */
final class PostAccess {

    private PostAccess() {}

    static boolean canManage(Actor actor, Post post) {
        return post.isAuthoredBy(actor.id()) || actor.isModeratorOrAdmin();
    }

    static boolean canSee(Optional<Actor> viewer, Post post) {
        return post.isPublished() || viewer.map(actor -> canManage(actor, post)).orElse(false);
    }

    static Post visible(PostRepository posts, PostId id, Optional<Actor> viewer) {
        return posts.findById(id).filter(post -> canSee(viewer, post)).orElseThrow(() -> notFound(id));
    }

    static Post manageable(PostRepository posts, PostId id, Actor actor) {
        return posts.findById(id).filter(post -> canManage(actor, post)).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(PostId id) {
        return DomainException.notFound("post " + id);
    }
}
