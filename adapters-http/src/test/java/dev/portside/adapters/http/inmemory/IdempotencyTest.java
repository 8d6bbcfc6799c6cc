package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.IdempotencyScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class IdempotencyTest extends IdempotencyScenarios {}
