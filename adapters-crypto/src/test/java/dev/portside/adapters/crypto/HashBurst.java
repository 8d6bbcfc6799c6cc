package dev.portside.adapters.crypto;

import dev.portside.domain.user.PlainPassword;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Run in a child JVM with a small heap: 16 concurrent hashes through a hasher allowing 2 at once. */
public final class HashBurst {

    public static void main(String[] args) throws Exception {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(Integer.parseInt(args[0]));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            PlainPassword password = new PlainPassword("burst-password-" + i);
            results.add(pool.submit(() -> hasher.matches(password, hasher.hash(password))));
        }
        for (Future<Boolean> result : results) {
            if (!result.get()) {
                System.exit(2);
            }
        }
        pool.shutdown();
        System.out.println("all 16 hashes verified");
    }
}
