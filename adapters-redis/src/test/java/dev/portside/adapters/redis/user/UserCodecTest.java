package dev.portside.adapters.redis.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.testkit.user.UserMother;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UserCodecTest {

    private final UserCodec codec = new UserCodec();

    @Test
    void round_trips_every_field_exactly_including_nanoseconds() {
        User user = UserMother.aUser()
                .withUsername("Mixed.Case_User-1")
                .withProfile("Zoë", "O'Brien", "line one\nline two \u2603")
                .withRoles(Role.USER, Role.MODERATOR, Role.ADMIN)
                .deleted()
                .createdAt(Instant.parse("2024-05-01T10:00:00.123456789Z"))
                .lastLoginAt(Instant.parse("2024-05-02T10:00:00.000000001Z"))
                .failedLoginAttempts(4)
                .lockedUntil(Instant.parse("2024-05-02T10:15:00Z"))
                .version(42)
                .build();

        assertThat(codec.decode(codec.encode(user))).isEqualTo(user);
    }

    @Test
    void round_trips_absent_optional_fields() {
        User user = UserMother.aUser().withProfile(null, null, null).version(1).build();

        User decoded = codec.decode(codec.encode(user));

        assertThat(decoded).isEqualTo(user);
        assertThat(decoded.lastLoginAt()).isEmpty();
        assertThat(decoded.profile().bio()).isEmpty();
    }

    @Test
    void refuses_a_truncated_entry() {
        byte[] bytes = codec.encode(UserMother.aUser().build());

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(RuntimeException.class);
    }
}
