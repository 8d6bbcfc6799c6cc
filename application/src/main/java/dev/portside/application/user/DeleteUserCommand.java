package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.user.UserId;
import java.util.Objects;

public record DeleteUserCommand(Actor actor, UserId userId) {

    public DeleteUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(userId, "userId");
    }
}
