package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.ShopApiScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest
class ShopApiTest extends ShopApiScenarios {}
