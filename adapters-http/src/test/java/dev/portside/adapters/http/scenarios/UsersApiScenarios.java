package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users and authentication, docs/api.md, section "Users". */
public abstract class UsersApiScenarios extends ApiScenarios {

    @Test
    void registering_answers_201_with_the_user_a_location_and_an_etag_and_never_the_password() {
        String username = unique("reg");
        ApiResponse response = api().post(
                        "/api/users",
                        null,
                        body(
                                "username",
                                username,
                                "email",
                                username.toUpperCase() + "@Example.com",
                                "password",
                                "long-enough-1",
                                "firstName",
                                "Ada",
                                "lastName",
                                "Lovelace"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).hasValue("/api/users/" + response.text("id"));
        assertThat(response.header("ETag")).hasValue("\"1\"");
        assertThat(response.text("username")).isEqualTo(username);
        assertThat(response.text("email")).isEqualTo(username.toLowerCase() + "@example.com");
        assertThat(response.text("firstName")).isEqualTo("Ada");
        assertThat(response.text("status")).isEqualTo("ACTIVE");
        assertThat(response.json().get("roles").get(0).getStringValue()).isEqualTo("USER");
        assertThat(response.json().get("roles").size()).isEqualTo(1);
        assertThat(response.body())
                .doesNotContain("long-enough-1")
                .doesNotContainIgnoringCase("hash")
                .doesNotContain("argon2");
    }

    @Test
    void registering_a_taken_username_or_email_is_409_whatever_the_case() {
        Session first = newUser("taken");
        assertProblem(
                api().post(
                                "/api/users",
                                null,
                                body(
                                        "username",
                                        first.username().toUpperCase(),
                                        "email",
                                        unique("x") + "@example.com",
                                        "password",
                                        "long-enough-1")),
                409,
                "username_taken");
        assertProblem(
                api().post(
                                "/api/users",
                                null,
                                body(
                                        "username",
                                        unique("other"),
                                        "email",
                                        first.username().toUpperCase() + "@EXAMPLE.com",
                                        "password",
                                        "long-enough-1")),
                409,
                "email_taken");
    }

    @Test
    void registering_with_several_invalid_fields_names_each_of_them() {
        // both pass the edge's size limits and fail the command's own checks, which report every field
        ApiResponse refused = api().post(
                        "/api/users",
                        null,
                        body("username", "a b!", "email", "not-an-email", "password", "long-enough-1"));

        assertInvalid(refused, "username");
        assertInvalid(refused, "email");
    }

    @Test
    void registering_invalid_input_names_the_field() {
        assertInvalid(
                api().post(
                                "/api/users",
                                null,
                                body("username", "a!", "email", "a@example.com", "password", "long-enough-1")),
                "username");
        assertInvalid(
                api().post(
                                "/api/users",
                                null,
                                body("username", unique("u"), "email", "not-an-email", "password", "long-enough-1")),
                "email");
        assertInvalid(
                api().post(
                                "/api/users",
                                null,
                                body(
                                        "username",
                                        unique("u"),
                                        "email",
                                        unique("e") + "@example.com",
                                        "password",
                                        "short")),
                "password");
        assertInvalid(
                api().post(
                                "/api/users",
                                null,
                                body(
                                        "username",
                                        "x".repeat(31),
                                        "email",
                                        "a@example.com",
                                        "password",
                                        "long-enough-1")),
                "username");
        assertInvalid(
                api().post("/api/users", null, body("email", "a@example.com", "password", "long-enough-1")),
                "username");
    }

    @Test
    void registering_cannot_grant_roles_or_status() {
        String username = unique("mass");
        for (String field : List.of("roles", "status", "id", "version")) {
            Object value = field.equals("roles") ? List.of("ADMIN") : field.equals("version") ? 7 : "DELETED";
            ApiResponse response = api().post(
                            "/api/users",
                            null,
                            body(
                                    "username",
                                    username,
                                    "email",
                                    username + "@example.com",
                                    "password",
                                    "long-enough-1",
                                    field,
                                    value));
            assertInvalid(response, field);
        }
        // nothing was created by the refused attempts
        Session user = newUser("massok");
        assertThat(api().get("/api/users/me", user.token()).json().get("roles").size())
                .isEqualTo(1);
    }

    @Test
    void login_answers_a_bearer_token_with_its_lifetime() {
        Session user = newUser("login");
        ApiResponse response = api().post(
                        "/api/auth/login",
                        null,
                        Map.of("login", user.username(), "password", "password-" + user.username()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("tokenType")).isEqualTo("Bearer");
        assertThat(response.json().get("expiresIn").getLongValue()).isPositive();
        assertThat(response.text("accessToken")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        // by email too
        assertThat(api().post(
                                "/api/auth/login",
                                null,
                                Map.of(
                                        "login",
                                        user.username() + "@example.com",
                                        "password",
                                        "password-" + user.username()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void login_refuses_unknown_users_wrong_passwords_and_deleted_accounts_alike() {
        Session user = newUser("badlogin");
        assertProblem(
                api().post("/api/auth/login", null, Map.of("login", unique("nobody"), "password", "whatever-1")),
                401,
                "invalid_credentials");
        assertProblem(
                api().post("/api/auth/login", null, Map.of("login", user.username(), "password", "wrong-password")),
                401,
                "invalid_credentials");
        // shorter than the policy allows: still a failed login, not a 400 quoting the policy
        assertProblem(
                api().post("/api/auth/login", null, Map.of("login", user.username(), "password", "short")),
                401,
                "invalid_credentials");
        assertThat(api().delete("/api/users/" + user.id(), user.token()).status())
                .isEqualTo(204);
        assertProblem(
                api().post(
                                "/api/auth/login",
                                null,
                                Map.of("login", user.username(), "password", "password-" + user.username())),
                401,
                "invalid_credentials");
    }

    @Test
    void five_failed_logins_lock_the_account_even_for_the_right_password() {
        Session user = newUser("lock");
        for (int i = 0; i < 5; i++) {
            assertProblem(
                    api().post("/api/auth/login", null, Map.of("login", user.username(), "password", "wrong-password")),
                    401,
                    "invalid_credentials");
        }
        assertProblem(
                api().post(
                                "/api/auth/login",
                                null,
                                Map.of("login", user.username(), "password", "password-" + user.username())),
                401,
                "invalid_credentials");
    }

    @Test
    void me_answers_the_callers_account_with_an_etag() {
        Session user = newUser("me");
        ApiResponse me = api().get("/api/users/me", user.token());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("id")).isEqualTo(user.id());
        assertThat(me.text("username")).isEqualTo(user.username());
        assertThat(me.header("ETag")).isPresent();
        assertThat(me.json().get("lastLoginAt").isNull()).isFalse();
    }

    @Test
    void a_user_reads_only_their_own_account_and_an_admin_reads_any() {
        Session alice = newUser("alice");
        Session bob = newUser("bob");

        assertThat(api().get("/api/users/" + alice.id(), alice.token()).status())
                .isEqualTo(200);
        assertProblem(api().get("/api/users/" + alice.id(), bob.token()), 404, "not_found");
        assertThat(api().get("/api/users/" + alice.id(), admin().token()).status())
                .isEqualTo(200);
        assertProblem(api().get("/api/users/" + java.util.UUID.randomUUID(), admin().token()), 404, "not_found");
    }

    @Test
    void patching_the_profile_honours_if_match_and_ignores_nothing_silently() {
        Session user = newUser("patch");
        String path = "/api/users/" + user.id();
        String etag = api().get(path, user.token()).header("ETag").orElseThrow();

        ApiResponse patched =
                api().patch(path, user.token(), Map.of("firstName", "Grace", "bio", "Navy"), Map.of("If-Match", etag));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.text("firstName")).isEqualTo("Grace");
        assertThat(patched.text("bio")).isEqualTo("Navy");
        assertThat(patched.header("ETag")).isPresent().get().isNotEqualTo(etag);

        assertProblem(
                api().patch(path, user.token(), Map.of("lastName", "Hopper"), Map.of("If-Match", etag)),
                412,
                "version_mismatch");
        assertInvalid(api().patch(path, user.token(), Map.of("roles", List.of("ADMIN")), Map.of()), "roles");
        assertInvalid(api().patch(path, user.token(), Map.of("status", "DELETED"), Map.of()), "status");
        assertInvalid(api().patch(path, user.token(), Map.of("bio", "x".repeat(1001)), Map.of()), "bio");

        ApiResponse cleared = api().patch(path, user.token(), Map.of("bio", ""), Map.of());
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("bio") == null
                        || cleared.json().get("bio").isNull())
                .isTrue();
        assertThat(cleared.text("firstName")).isEqualTo("Grace");
    }

    @Test
    void another_user_cannot_patch_or_delete_an_account() {
        Session alice = newUser("victim");
        Session mallory = newUser("mallory");
        assertProblem(
                api().patch("/api/users/" + alice.id(), mallory.token(), Map.of("bio", "pwned"), Map.of()),
                404,
                "not_found");
        assertProblem(api().delete("/api/users/" + alice.id(), mallory.token()), 404, "not_found");
        assertThat(api().get("/api/users/me", alice.token()).text("bio")).isNull();
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        Session user = newUser("pw");
        String path = "/api/users/" + user.id() + "/password";
        assertProblem(
                api().put(
                                path,
                                user.token(),
                                Map.of("currentPassword", "wrong-password", "newPassword", "brand-new-password")),
                401,
                "invalid_credentials");
        assertInvalid(
                api().put(
                                path,
                                user.token(),
                                Map.of("currentPassword", "password-" + user.username(), "newPassword", "short")),
                "newPassword");

        ApiResponse changed = api().put(
                        path,
                        user.token(),
                        Map.of("currentPassword", "password-" + user.username(), "newPassword", "brand-new-password"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(login(user.username(), "brand-new-password")).isNotBlank();
    }

    @Test
    void only_admins_change_roles_and_the_change_shows_in_the_next_token() {
        Session user = newUser("roles");
        Session other = newUser("rolesother");
        String path = "/api/users/" + user.id() + "/roles";

        assertProblem(api().put(path, other.token(), Map.of("roles", List.of("ADMIN"))), 403, "forbidden");
        assertProblem(api().put(path, user.token(), Map.of("roles", List.of("ADMIN"))), 403, "forbidden");

        ApiResponse changed = api().put(path, admin().token(), Map.of("roles", List.of("USER", "MODERATOR")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("roles").size()).isEqualTo(2);
        assertProblem(
                api().put(
                                "/api/users/" + java.util.UUID.randomUUID() + "/roles",
                                admin().token(),
                                Map.of("roles", List.of("USER"))),
                404,
                "not_found");
        assertInvalid(api().put(path, admin().token(), Map.of("roles", List.of())), "roles");
        assertInvalid(api().put(path, admin().token(), Map.of("roles", List.of("SUPERUSER"))), "roles");
    }

    @Test
    void deleting_is_a_soft_delete_by_self_or_admin() {
        Session self = newUser("delself");
        assertThat(api().delete("/api/users/" + self.id(), self.token()).status())
                .isEqualTo(204);
        // the deleted user's own token is refused outright; to everyone else the account is gone
        assertProblem(api().get("/api/users/" + self.id(), self.token()), 401, "unauthenticated");
        assertProblem(api().get("/api/users/" + self.id(), newUser("delother").token()), 404, "not_found");

        Session victim = newUser("deladmin");
        assertThat(api().delete("/api/users/" + victim.id(), admin().token()).status())
                .isEqualTo(204);
        ApiResponse seenByAdmin = api().get("/api/users/" + victim.id(), admin().token());
        assertThat(seenByAdmin.text("status")).isEqualTo("DELETED");
    }

    @Test
    void admins_search_users_with_paging_and_a_whitelisted_sort() {
        String marker = unique("srch");
        for (int i = 0; i < 3; i++) {
            String username = marker + i;
            assertThat(api().post(
                                    "/api/users",
                                    null,
                                    body(
                                            "username",
                                            username,
                                            "email",
                                            username + "@example.com",
                                            "password",
                                            "long-enough-1"))
                            .status())
                    .isEqualTo(201);
        }
        Session admin = admin();
        ApiResponse page =
                api().get("/api/users?q=" + marker.toUpperCase() + "&size=2&sort=username,asc", admin.token());

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonNode json = page.json();
        assertThat(json.get("totalItems").getLongValue()).isEqualTo(3);
        assertThat(json.get("totalPages").getLongValue()).isEqualTo(2);
        assertThat(json.get("size").getIntValue()).isEqualTo(2);
        assertThat(json.get("page").getIntValue()).isZero();
        assertThat(json.get("items").get(0).get("username").getStringValue()).isEqualTo(marker + "0");

        assertInvalid(api().get("/api/users?sort=password,asc", admin.token()), "sort");
        assertInvalid(api().get("/api/users?sort=username,sideways", admin.token()), "sort");
        assertInvalid(api().get("/api/users?size=101", admin.token()), "size");
        assertInvalid(api().get("/api/users?size=0", admin.token()), "size");
        assertInvalid(api().get("/api/users?page=-1", admin.token()), "page");
        assertInvalid(api().get("/api/users?page=abc", admin.token()), "page");
        assertInvalid(api().get("/api/users?status=GONE", admin.token()), "status");
        assertThat(api().get("/api/users?status=deleted", admin.token()).status())
                .isEqualTo(200);

        assertProblem(api().get("/api/users", newUser("notadmin").token()), 403, "forbidden");
    }

    @Test
    void admins_see_user_statistics() {
        newUser("stats");
        ApiResponse stats = api().get("/api/users/stats", admin().token());
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        assertThat(stats.json().get("countsByStatus").get("ACTIVE").getLongValue())
                .isPositive();
        assertThat(stats.json().get("activeInLast30Days").getLongValue()).isPositive();
        assertProblem(api().get("/api/users/stats", newUser("statsuser").token()), 403, "forbidden");
    }

    @Test
    void invalid_uuids_in_paths_are_400() {
        assertInvalid(api().get("/api/users/not-a-uuid", admin().token()), "id");
    }
}
