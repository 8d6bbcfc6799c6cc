package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.BankApiScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class BankApiTest extends BankApiScenarios {}
