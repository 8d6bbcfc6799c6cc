package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.RateLimitScenarios;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
@Property(name = "portside.rate-limit.auth-capacity", value = "3")
@Property(name = "portside.rate-limit.writes-capacity", value = "5")
@Property(name = "portside.rate-limit.reads-capacity", value = "8")
class RateLimitTest extends RateLimitScenarios {}
