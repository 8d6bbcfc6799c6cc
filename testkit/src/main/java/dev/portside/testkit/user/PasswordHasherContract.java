package dev.portside.testkit.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.port.PasswordHasher;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordHasher} must do. Subclass it with the hasher under test. */
public abstract class PasswordHasherContract {

    private static final PlainPassword PASSWORD = new PlainPassword("s3cret-Passw0rd");

    protected abstract PasswordHasher hasher();

    @Test
    void hash_does_not_reveal_the_password() {
        PasswordHash hash = hasher().hash(PASSWORD);

        assertThat(hash.value()).doesNotContain(PASSWORD.value()).isNotEqualTo(PASSWORD.value());
    }

    @Test
    void matches_the_password_it_was_hashed_from() {
        PasswordHash hash = hasher().hash(PASSWORD);

        assertThat(hasher().matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void does_not_match_another_password() {
        PasswordHash hash = hasher().hash(PASSWORD);

        assertThat(hasher().matches(new PlainPassword("s3cret-Passw0rd!"), hash))
                .isFalse();
        assertThat(hasher().matches(new PlainPassword("S3CRET-PASSW0RD"), hash)).isFalse();
    }

    @Test
    void salts_each_hash_so_two_hashes_of_one_password_differ_and_both_match() {
        PasswordHash first = hasher().hash(PASSWORD);
        PasswordHash second = hasher().hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher().matches(PASSWORD, first)).isTrue();
        assertThat(hasher().matches(PASSWORD, second)).isTrue();
    }

    @Test
    void handles_passwords_at_the_policy_limits_and_beyond_ascii() {
        PlainPassword shortest = new PlainPassword("12345678");
        PlainPassword longest = new PlainPassword("ü".repeat(PlainPassword.MAX_LENGTH));
        PlainPassword unicode = new PlainPassword("пароль-密码-🔑");

        assertThat(hasher().matches(shortest, hasher().hash(shortest))).isTrue();
        assertThat(hasher().matches(longest, hasher().hash(longest))).isTrue();
        assertThat(hasher().matches(unicode, hasher().hash(unicode))).isTrue();
        assertThat(hasher().matches(new PlainPassword("пароль-密码-🔒"), hasher().hash(unicode)))
                .isFalse();
    }

    @Test
    void does_not_match_a_hash_it_cannot_read_rather_than_failing() {
        assertThat(hasher().matches(PASSWORD, new PasswordHash("not-a-hash"))).isFalse();
    }

    @Test
    void burns_equivalent_work_without_a_stored_hash() {
        assertThatCode(() -> hasher().burnEquivalentWork(PASSWORD)).doesNotThrowAnyException();
    }
}
