package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.testkit.bank.LedgerContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions("entries_recorded_in_a_unit_that_fails_are_not_kept")
class MongoLedgerTest extends LedgerContract implements OnTestMongo {}
