package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.UserId;
import java.util.Objects;

public record ChangePasswordCommand(Actor actor, UserId userId, PlainPassword currentPassword, PlainPassword newPassword) {

    public ChangePasswordCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(newPassword, "newPassword");
    }

    public static ChangePasswordCommand of(Actor actor, UserId userId, String currentPassword, String newPassword) {
        return new ChangePasswordCommand(actor, userId,
                PlainPassword.of("currentPassword", currentPassword), PlainPassword.of("newPassword", newPassword));
    }
}
