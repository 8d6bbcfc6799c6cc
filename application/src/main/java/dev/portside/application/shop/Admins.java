package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.DomainException;

/** The shop's one role rule: catalogue management, status changes and reports are for admins. */
final class Admins {

    private Admins() {}

    static void require(Actor actor) {
        if (!actor.isAdmin()) {
            throw DomainException.forbidden("requires role ADMIN");
        }
    }
}
