package dev.portside.adapters.redis.user;

import dev.portside.adapters.redis.shared.BinaryReader;
import dev.portside.adapters.redis.shared.BinaryWriter;
import dev.portside.adapters.redis.shared.CacheCodec;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.Username;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** A user as cache bytes, field by field in declaration order. */
final class UserCodec implements CacheCodec<User> {

    @Override
    public byte[] encode(User user) {
        return new BinaryWriter()
                .uuid(user.id().value())
                .string(user.username().value())
                .string(user.email().value())
                .string(user.passwordHash().value())
                .optionalString(user.profile().firstName())
                .optionalString(user.profile().lastName())
                .optionalString(user.profile().bio())
                .strings(EnumSet.copyOf(user.roles()).stream().map(Role::name).toList())
                .string(user.status().name())
                .instant(user.createdAt())
                .optionalInstant(user.lastLoginAt())
                .integer(user.failedLoginAttempts())
                .optionalInstant(user.lockedUntil())
                .number(user.version())
                .toBytes();
    }

    @Override
    public User decode(byte[] bytes) {
        BinaryReader in = new BinaryReader(bytes);
        User user = new User(
                new UserId(in.uuid()),
                new Username(in.string()),
                new EmailAddress(in.string()),
                new PasswordHash(in.string()),
                new Profile(in.optionalString(), in.optionalString(), in.optionalString()),
                in.strings().stream().map(Role::valueOf).collect(Collectors.toSet()),
                UserStatus.valueOf(in.string()),
                in.instant(),
                in.optionalInstant(),
                in.integer(),
                in.optionalInstant(),
                in.number());
        in.end();
        return user;
    }
}
