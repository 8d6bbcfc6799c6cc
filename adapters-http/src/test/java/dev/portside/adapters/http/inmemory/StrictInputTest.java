package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.StrictInputScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class StrictInputTest extends StrictInputScenarios {}
