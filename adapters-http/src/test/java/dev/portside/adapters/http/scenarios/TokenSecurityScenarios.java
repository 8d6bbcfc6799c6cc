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
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
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
        String token = signed(header("HS256"), claims(user.id(), "[\"USER\"]", Instant.now().plusSeconds(600)), jwtSecret());
        assertThat(api().get("/api/users/me", token).status()).isEqualTo(200);
    }

    @Test
    void a_tampered_token_is_401() {
        Session user = newUser("tamper");
        String[] parts = user.token().split("\\.");
        String elevated = B64.encodeToString(claims(user.id(), "[\"USER\",\"ADMIN\"]", Instant.now().plusSeconds(600))
                .getBytes(StandardCharsets.UTF_8));
        assertProblem(api().get("/api/users/stats", parts[0] + "." + elevated + "." + parts[2]), 401, "unauthenticated");
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
        String token = signed(header("HS256"), claims(user.id(), "[\"USER\"]", Instant.now().plusSeconds(600)),
                "another-secret-that-is-also-at-least-32-bytes");
        assertProblem(api().get("/api/users/me", token), 401, "unauthenticated");
    }

    @Test
    void an_expired_token_is_401() {
        Session user = newUser("expired");
        String token = signed(header("HS256"), claims(user.id(), "[\"USER\"]", Instant.now().minusSeconds(120)), jwtSecret());
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

    private static String header(String alg) {
        return "{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}";
    }

    private static String claims(String subject, String rolesJson, Instant expiry) {
        long now = Instant.now().getEpochSecond();
        return "{\"sub\":\"" + subject + "\",\"roles\":" + rolesJson + ",\"iat\":" + (now - 300)
                + ",\"nbf\":" + (now - 300) + ",\"exp\":" + expiry.getEpochSecond() + "}";
    }

    private static String signed(String header, String payload, String secret) {
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
