package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.HostileInputScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class HostileInputTest extends HostileInputScenarios {}
