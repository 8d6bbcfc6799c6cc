package dev.portside.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Proves every rule in {@link PortsideRules} can fail: pointed at the deliberately broken fixture in
 * {@code dev.portside.archfixture.violating}, each one reports the class that breaks it. Without this
 * a rule with a typo in its package pattern would pass forever.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureRulesCanFailTest {

    private static final String FIXTURE = "dev.portside.archfixture.violating";

    private JavaClasses fixture;

    @BeforeAll
    void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertThat(fixture.stream().map(c -> c.getSimpleName()))
                .contains(
                        "LeakyMoney",
                        "PricingService",
                        "SqlPriceTable",
                        "MongoPriceCollection",
                        "PriceMother",
                        "PriceIdempotencyKeys",
                        "RetryingPriceUnit",
                        "HttpPriceRetries");
    }

    private void assertReports(ArchRule rule, String offendingClass) {
        assertThat(rule.evaluate(fixture).hasViolation())
                .as(rule.getDescription())
                .isTrue();
        assertThatThrownBy(() -> rule.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offendingClass);
    }

    @Test
    void domain_rule_reports_a_domain_class_using_application() {
        assertReports(PortsideRules.domainUsesOnlyTheJdk(FIXTURE), "LeakyMoney");
    }

    @Test
    void application_rule_reports_application_using_an_adapter() {
        assertReports(PortsideRules.applicationUsesOnlyDomainAndTheJdk(FIXTURE), "PricingService");
    }

    @Test
    void domain_machinery_rule_reports_an_idempotency_class_in_the_domain() {
        assertReports(PortsideRules.domainHoldsNoTransportOrStorageMachinery(FIXTURE), "PriceIdempotencyKeys");
    }

    @Test
    void storage_base_rule_reports_the_base_using_application() {
        assertReports(PortsideRules.storageBaseUsesOnlyDomainAndTheJdk(FIXTURE), "RetryingPriceUnit");
    }

    @Test
    void storage_base_access_rule_reports_a_driving_adapter_using_it() {
        assertReports(PortsideRules.storageBaseServesOnlyStorageAdapters(FIXTURE), "HttpPriceRetries");
    }

    @Test
    void adapter_rule_reports_one_adapter_using_another() {
        assertReports(PortsideRules.adapterDoesNotUseOtherAdapters(FIXTURE, "postgres"), "SqlPriceTable");
    }

    @Test
    void testkit_rule_reports_main_code_using_testkit() {
        assertReports(PortsideRules.mainCodeDoesNotUseTestkit(FIXTURE), "MongoPriceCollection");
    }

    @Test
    void cycle_rule_reports_the_package_cycle() {
        assertReports(PortsideRules.noPackageCycles(FIXTURE), "Cycle detected");
    }

    @Test
    void onion_rule_reports_the_inward_dependency_violations() {
        assertReports(PortsideRules.onion(FIXTURE), "LeakyMoney");
    }
}
