package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.UsersApiScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class UsersApiTest extends UsersApiScenarios {}
