package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.ProblemScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class ProblemTest extends ProblemScenarios {}
