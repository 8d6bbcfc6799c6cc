package dev.portside.adapters.redis.blog;

import dev.portside.adapters.redis.shared.BinaryReader;
import dev.portside.adapters.redis.shared.BinaryWriter;
import dev.portside.adapters.redis.shared.CacheCodec;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.user.UserId;

/** A post as cache bytes; tags keep their order. */
final class PostCodec implements CacheCodec<Post> {

    @Override
    public byte[] encode(Post post) {
        return new BinaryWriter()
                .uuid(post.id().value())
                .uuid(post.authorId().value())
                .string(post.title().value())
                .string(post.content().value())
                .strings(post.tags().names())
                .string(post.status().name())
                .instant(post.createdAt())
                .instant(post.updatedAt())
                .optionalInstant(post.publishedAt())
                .number(post.version())
                .toBytes();
    }

    @Override
    public Post decode(byte[] bytes) {
        BinaryReader in = new BinaryReader(bytes);
        Post post = new Post(
                new PostId(in.uuid()),
                new UserId(in.uuid()),
                new PostTitle(in.string()),
                new PostContent(in.string()),
                Tags.of(in.strings()),
                PostStatus.valueOf(in.string()),
                in.instant(),
                in.instant(),
                in.optionalInstant(),
                in.number());
        in.end();
        return post;
    }
}
