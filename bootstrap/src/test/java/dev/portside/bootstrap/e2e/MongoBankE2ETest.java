package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.BankApiScenarios;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link BankApiScenarios} over HTTP against the real service on the {@code mongo} configuration. */
@MicronautTest(environments = "mongo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// concurrent transfers prove atomicity only where the server has transactions (docs/architecture.md, "Libraries and
// pins": never treat
// the in-process server as evidence of transactional behaviour)
@NeedsTransactions("concurrent_transfers_never_overdraw_and_conserve_money")
class MongoBankE2ETest extends BankApiScenarios implements OnRealServiceWithMongo {}
