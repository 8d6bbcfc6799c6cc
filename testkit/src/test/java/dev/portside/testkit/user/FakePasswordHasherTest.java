package dev.portside.testkit.user;

import dev.portside.domain.user.port.PasswordHasher;

class FakePasswordHasherTest extends PasswordHasherContract {

    private final FakePasswordHasher hasher = new FakePasswordHasher();

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
