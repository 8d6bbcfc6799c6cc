package dev.portside.domain.blog;

public enum PostStatus {
    DRAFT,
    PUBLISHED
}
