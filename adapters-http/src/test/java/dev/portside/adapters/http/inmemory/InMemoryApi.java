package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.ApiScenarios;

/** The admin the in-memory test context creates at startup (application-test.yml). */
final class InMemoryApi {

    static final ApiScenarios.Credentials ADMIN = new ApiScenarios.Credentials("admin", "admin-password-1");

    private InMemoryApi() {}
}
