package dev.portside.domain.user;

public enum Role {
    USER,
    MODERATOR,
    ADMIN
}
