package dev.portside.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The dependency rules, checked against the production classes of every module. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private static final String ROOT = "dev.portside";

    private JavaClasses production;

    @BeforeAll
    void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // test code shared as a Maven test-jar (postgres test support) is test code too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
        // the rules are only meaningful if the modules' classes are really on the classpath
        assertThat(production.containPackage(ROOT + ".domain.shared")).isTrue();
        assertThat(production.containPackage(ROOT + ".application.shared")).isTrue();
        assertThat(production.containPackage(ROOT + ".testkit.shared")).isTrue();
        assertThat(production.containPackage(ROOT + ".adapters.storage")).isTrue();
    }

    @Test
    void domain_uses_only_the_jdk() {
        PortsideRules.domainUsesOnlyTheJdk(ROOT).check(production);
    }

    @Test
    void application_uses_only_domain_and_the_jdk() {
        PortsideRules.applicationUsesOnlyDomainAndTheJdk(ROOT).check(production);
    }

    @Test
    void domain_holds_no_transport_or_storage_machinery() {
        PortsideRules.domainHoldsNoTransportOrStorageMachinery(ROOT).check(production);
    }

    @Test
    void storage_base_uses_only_domain_and_the_jdk() {
        PortsideRules.storageBaseUsesOnlyDomainAndTheJdk(ROOT).check(production);
    }

    @Test
    void storage_base_serves_only_storage_adapters() {
        PortsideRules.storageBaseServesOnlyStorageAdapters(ROOT).check(production);
    }

    @ParameterizedTest(name = "adapter {0} never uses another adapter")
    @FieldSource("dev.portside.bootstrap.architecture.PortsideRules#ADAPTERS")
    void adapters_never_use_each_other(String adapter) {
        PortsideRules.adapterDoesNotUseOtherAdapters(ROOT, adapter).check(production);
    }

    @Test
    void main_code_never_uses_testkit() {
        PortsideRules.mainCodeDoesNotUseTestkit(ROOT).check(production);
    }

    @Test
    void packages_are_free_of_cycles() {
        PortsideRules.noPackageCycles(ROOT).check(production);
    }

    @Test
    void onion_architecture_holds() {
        PortsideRules.onion(ROOT).check(production);
    }
}
