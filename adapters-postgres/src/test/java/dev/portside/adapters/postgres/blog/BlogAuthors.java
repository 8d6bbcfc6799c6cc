package dev.portside.adapters.postgres.blog;

import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.user.UserMother;

/** Blog authors are real users: stored through the user port, so the blog's foreign keys and joins hold. */
final class BlogAuthors {

    private BlogAuthors() {}

    static AuthorRef register(UnitOfWork unitOfWork, UserRepository users, String username) {
        User user = unitOfWork.execute(
                () -> users.save(UserMother.aUser().withUsername(username).build()));
        return new AuthorRef(user.id(), user.username().value());
    }
}
