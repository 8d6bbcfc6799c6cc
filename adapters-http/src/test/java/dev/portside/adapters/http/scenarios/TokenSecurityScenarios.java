package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens: only a token signed with the service's secret, not expired, authenticates. Every
 * other token is the same 401 {@code unauthenticated}.
 */
public abstract class TokenSecurityScenarios extends ApiScenarios {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** The service's {@code portside.security.jwt-secret}, to forge tokens that differ in one respect only. */
    protected abstract String jwtSecret();

    @Test
    void a_missing_token_is_401_with_a_bearer_challenge() {
        ApiResponse response = api().get("/api/users/me", null);
        assertProblem(response, 401, "unauthenticated");
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void a_malformed_token_is_401() {
        assertProblem(api().get("/api/users/me", "not-a-jwt"), 401, "unauthenticated");
        assertProblem(api().get("/api/users/me", "a.b.c"), 401, "unauthenticated");
    }

    @Test
    void issued_tokens_are_signed_with_hs256() {
        String token = newUser("alg").token();
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"HS256\"");
        assertThat(token.split("\\.")).hasSize(3);
        assertThat(token.split("\\.")[2]).isNotBlank();
    }

    @Test
    void a_token_forged_with_our_secret_works_which_makes_the_refusals_below_meaningful() {
        Session user = newUser("forge");
        String token = signed(
                header("HS256"), claims(user.id(), "[\"USER\"]", Instant.now().plusSeconds(600)), jwtSecret());
        assertThat(api().get("/api/users/me", token).status()).isEqualTo(200);
    }

    @Test
    void a_tampered_token_is_401() {
        Session user = newUser("tamper");
        String[] parts = user.token().split("\\.");
        String elevated = B64.encodeToString(
                claims(user.id(), "[\"USER\",\"ADMIN\"]", Instant.now().plusSeconds(600))
                        .getBytes(StandardCharsets.UTF_8));
        assertProblem(
                api().get("/api/users/stats", parts[0] + "." + elevated + "." + parts[2]), 401, "unauthenticated");
    }

    @Test
    void an_unsigned_alg_none_token_is_401() {
        Session user = newUser("none");
        String payload = claims(user.id(), "[\"USER\",\"ADMIN\"]", Instant.now().plusSeconds(600));
        String token = B64.encodeToString(header("none").getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
        assertProblem(api().get("/api/users/me", token), 401, "unauthenticated");
        assertProblem(api().get("/api/users/stats", token), 401, "unauthenticated");
    }

    @Test
    void a_token_signed_with_another_secret_is_401() {
        Session user = newUser("othersecret");
        String token = signed(
                header("HS256"),
                claims(user.id(), "[\"USER\"]", Instant.now().plusSeconds(600)),
                "another-secret-that-is-also-at-least-32-bytes");
        assertProblem(api().get("/api/users/me", token), 401, "unauthenticated");
    }

    @Test
    void an_expired_token_is_401() {
        Session user = newUser("expired");
        String token = signed(
                header("HS256"), claims(user.id(), "[\"USER\"]", Instant.now().minusSeconds(120)), jwtSecret());
        assertProblem(api().get("/api/users/me", token), 401, "unauthenticated");
    }

    @Test
    void a_token_accepted_before_is_401_once_it_expires() throws InterruptedException {
        // verified tokens are cached (VerifiedTokens): the cache must never outlive the token's exp
        Session user = newUser("cachedexp");
        Instant expiry = Instant.now().plusSeconds(2);
        String token = signed(header("HS256"), claims(user.id(), "[\"USER\"]", expiry), jwtSecret());
        assertThat(api().get("/api/users/me", token).status()).isEqualTo(200);
        assertThat(api().get("/api/users/me", token).status()).isEqualTo(200);
        // exp has whole seconds: wait until the second after it has begun
        Thread.sleep(Math.max(0, expiry.getEpochSecond() * 1000 + 1000 - System.currentTimeMillis()) + 50);
        assertProblem(api().get("/api/users/me", token), 401, "unauthenticated");
    }

    @Test
    void anonymous_endpoints_work_without_a_token_and_secured_ones_refuse() {
        assertThat(api().get("/api/posts", null).status()).isEqualTo(200);
        assertThat(api().get("/api/products", null).status()).isEqualTo(200);
        assertProblem(api().get("/api/accounts", null), 401, "unauthenticated");
        assertProblem(api().get("/api/orders", null), 401, "unauthenticated");
        assertProblem(api().post("/api/posts", null, body("title", "t", "content", "c")), 401, "unauthenticated");
        assertProblem(api().post("/api/transfers", null, body()), 401, "unauthenticated");
    }

    @Test
    void deleted_users_token_is_refused_on_every_endpoint() {
        Session user = newUser("deleted");
        assertThat(api().delete("/api/users/" + user.id(), user.token()).status())
                .isEqualTo(204);
        assertProblem(api().get("/api/users/me", user.token()), 401, "unauthenticated");
        assertProblem(
                api().post("/api/posts", user.token(), body("title", "t", "content", "c")), 401, "unauthenticated");
        assertProblem(
                api().post(
                                "/api/users",
                                user.token(),
                                body(
                                        "username",
                                        unique("x"),
                                        "email",
                                        unique("x") + "@example.com",
                                        "password",
                                        "password-long")),
                401,
                "unauthenticated");
        assertProblem(api().get("/api/posts", user.token()), 401, "unauthenticated");
    }

    @Test
    void user_deleted_by_an_admin_loses_access() {
        Session user = newUser("admindeleted");
        assertThat(api().delete("/api/users/" + user.id(), admin().token()).status())
                .isEqualTo(204);
        assertProblem(
                api().post("/api/posts", user.token(), body("title", "t", "content", "c")), 401, "unauthenticated");
    }

    @Test
    void demoted_moderators_token_no_longer_grants_the_role() {
        Session moderator = newModerator("demoted");
        assertThat(api().get("/api/posts/stats", moderator.token()).status()).isEqualTo(200);
        ApiResponse demoted = api().put(
                        "/api/users/" + moderator.id() + "/roles",
                        admin().token(),
                        body("roles", java.util.List.of("USER")));
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
        assertProblem(api().get("/api/users/me", moderator.token()), 401, "unauthenticated");
        assertProblem(api().get("/api/posts/stats", moderator.token()), 401, "unauthenticated");
        String fresh = login(moderator.username(), "password-" + moderator.username());
        assertThat(api().get("/api/users/me", fresh).status()).isEqualTo(200);
    }

    @Test
    void validly_signed_token_of_a_nonexistent_user_is_401_not_a_foreign_key_error() {
        String ghost = java.util.UUID.randomUUID().toString();
        String token = signed(
                header("HS256"), claims(ghost, "[\"USER\"]", Instant.now().plusSeconds(600)), jwtSecret());
        assertProblem(api().post("/api/posts", token, body("title", "t", "content", "c")), 401, "unauthenticated");
        assertProblem(api().post("/api/accounts", token, body("currency", "EUR")), 401, "unauthenticated");
        assertProblem(api().get("/api/users/me", token), 401, "unauthenticated");
    }

    @Test
    void locked_users_token_is_refused_within_the_check_bound() throws InterruptedException {
        Session user = newUser("locked");
        for (int i = 0; i < 5; i++) {
            api().post("/api/auth/login", null, body("login", user.username(), "password", "wrong-password-" + i));
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(8);
        int status = api().get("/api/users/me", user.token()).status();
        while (status != 401 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = api().get("/api/users/me", user.token()).status();
        }
        assertProblem(api().get("/api/users/me", user.token()), 401, "unauthenticated");
    }

    @Test
    void a_token_without_exp_is_401() {
        Session user = newUser("noexp");
        long now = Instant.now().getEpochSecond();
        String payload =
                "{\"iss\":\"portside\",\"sub\":\"" + user.id() + "\",\"roles\":[\"USER\"],\"iat\":" + now + "}";
        assertProblem(
                api().get("/api/users/me", signed(header("HS256"), payload, jwtSecret())), 401, "unauthenticated");
    }

    @Test
    void a_token_not_valid_before_a_future_nbf_is_401() {
        Session user = newUser("nbf");
        long now = Instant.now().getEpochSecond();
        String payload = "{\"iss\":\"portside\",\"sub\":\"" + user.id() + "\",\"roles\":[\"USER\"],\"iat\":" + now
                + ",\"nbf\":" + (now + 3600) + ",\"exp\":" + (now + 7200) + "}";
        assertProblem(
                api().get("/api/users/me", signed(header("HS256"), payload, jwtSecret())), 401, "unauthenticated");
    }

    @Test
    void a_token_from_a_foreign_issuer_is_401() {
        Session user = newUser("iss");
        String payload = claims(user.id(), "[\"USER\"]", Instant.now().plusSeconds(600))
                .replace("\"iss\":\"portside\"", "\"iss\":\"evil\"");
        assertProblem(
                api().get("/api/users/me", signed(header("HS256"), payload, jwtSecret())), 401, "unauthenticated");
        String noIssuer =
                claims(user.id(), "[\"USER\"]", Instant.now().plusSeconds(600)).replace("\"iss\":\"portside\",", "");
        assertProblem(
                api().get("/api/users/me", signed(header("HS256"), noIssuer, jwtSecret())), 401, "unauthenticated");
    }

    @Test
    void a_token_with_a_non_numeric_exp_is_401_and_logs_no_error() {
        Session user = newUser("badexp");
        String payload =
                "{\"iss\":\"portside\",\"sub\":\"" + user.id() + "\",\"roles\":[\"USER\"],\"exp\":\"tomorrow\"}";
        ErrorLogs errors = ErrorLogs.start();
        try {
            assertProblem(
                    api().get("/api/users/me", signed(header("HS256"), payload, jwtSecret())), 401, "unauthenticated");
            assertThat(errors.count())
                    .as("ERROR lines logged: %s", errors.messages())
                    .isZero();
        } finally {
            errors.stop();
        }
    }

    protected static String header(String alg) {
        return "{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}";
    }

    protected static String claims(String subject, String rolesJson, Instant expiry) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"portside\",\"sub\":\"" + subject + "\",\"roles\":" + rolesJson + ",\"iat\":" + (now - 300)
                + ",\"nbf\":" + (now - 300) + ",\"exp\":" + expiry.getEpochSecond() + "}";
    }

    protected static String signed(String header, String payload, String secret) {
        String input = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
