package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.UserId;
import java.util.Objects;

public record ChangePasswordCommand(
        Actor actor, UserId userId, PlainPassword currentPassword, PlainPassword newPassword) {

    public ChangePasswordCommand {
        new Validation()
                .required("actor", actor)
                .required("id", userId)
                .required("currentPassword", currentPassword)
                .required("newPassword", newPassword)
                .done();
    }

    public static ChangePasswordCommand of(Actor actor, UserId userId, String currentPassword, String newPassword) {
        Validation check = new Validation();
        PlainPassword current = check.parse(() -> PlainPassword.of("currentPassword", currentPassword));
        PlainPassword next = check.parse(() -> PlainPassword.of("newPassword", newPassword));
        check.required("actor", actor).required("id", userId).done();
        // done() has thrown unless every parse succeeded
        return new ChangePasswordCommand(actor, userId, Objects.requireNonNull(current), Objects.requireNonNull(next));
    }
}
