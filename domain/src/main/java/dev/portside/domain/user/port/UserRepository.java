package dev.portside.domain.user.port;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.Username;
import java.util.Optional;

/**
 * Stored users. Deleted users are stored too (soft delete) and every finder returns them; deciding
 * who may see them is the use cases' business. The behaviour both backends must match is pinned down
 * by {@code UserRepositoryContract} in the testkit.
 */
public interface UserRepository {

    Optional<User> findById(UserId id);

    /** Ignores case: "Alice" finds "alice". */
    Optional<User> findByUsername(Username username);

    /** Emails are stored lower-case, so this ignores case too. */
    Optional<User> findByEmail(EmailAddress email);

    /**
     * Inserts when {@code user.version()} is 0, otherwise updates only if the stored version equals it.
     * Returns the user at version + 1.
     *
     * @throws dev.portside.domain.shared.VersionConflictException when the stored version differs, or an
     *         insert meets an existing id
     * @throws dev.portside.domain.shared.DomainException {@code username_taken} when another user has the
     *         username ignoring case, {@code email_taken} when another user has the email (checked in that
     *         order when both clash)
     */
    User save(User user);

    Page<User> search(UserSearch criteria, PageRequest<UserSortField> page);
}
