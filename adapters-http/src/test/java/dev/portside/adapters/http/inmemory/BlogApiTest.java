package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.BlogApiScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class BlogApiTest extends BlogApiScenarios {}
