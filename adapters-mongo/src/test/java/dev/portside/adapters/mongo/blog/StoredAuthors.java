package dev.portside.adapters.mongo.blog;

import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.user.UserMother;

/** The blog suites' authors, stored as real users so the listings' join to {@code users} finds them. */
final class StoredAuthors {

    private StoredAuthors() {}

    static AuthorRef store(UnitOfWork unitOfWork, UserRepository users, String username) {
        User user = unitOfWork.execute(
                () -> users.save(UserMother.aUser().withUsername(username).build()));
        return new AuthorRef(user.id(), user.username().value());
    }
}
