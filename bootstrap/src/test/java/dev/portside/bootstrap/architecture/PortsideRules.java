package dev.portside.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency rules of docs/architecture.md, "Modules", parameterised by the root package so that the
 * same rules can be pointed at a deliberately broken fixture and shown to fail.
 */
final class PortsideRules {

    static final List<String> ADAPTERS = List.of("postgres", "mongo", "redis", "crypto", "http");

    /**
     * The one library the inner modules may name: {@code jakarta.annotation.Nullable}, an annotation with no
     * code behind it, which marks where a value may be absent for NullAway (ADR 19).
     */
    static final String NULLNESS_ANNOTATIONS = "jakarta.annotation..";

    private PortsideRules() {}

    static ArchRule domainUsesOnlyTheJdk(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", NULLNESS_ANNOTATIONS, root + ".domain..")
                .as("domain uses only java.. (and the nullness annotations) and itself");
    }

    static ArchRule applicationUsesOnlyDomainAndTheJdk(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".application..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", NULLNESS_ANNOTATIONS, root + ".domain..", root + ".application..")
                .as("application uses only domain, java.. (and the nullness annotations) and itself");
    }

    /**
     * The domain speaks the domain: idempotency (a transport concern, an application port) and the unit
     * of work's retry machinery (storage adapter code) live elsewhere (ADR 15).
     */
    static ArchRule domainHoldsNoTransportOrStorageMachinery(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .haveSimpleNameContaining("Idempotency")
                .orShould()
                .haveSimpleNameStartingWith("Retrying")
                .as("the domain holds no idempotency or retry machinery");
    }

    /** The storage adapter base sits beside the domain, under every storage adapter: it sees only the domain. */
    static ArchRule storageBaseUsesOnlyDomainAndTheJdk(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".adapters.storage..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", NULLNESS_ANNOTATIONS, root + ".domain..", root + ".adapters.storage..")
                .as("the storage adapter base uses only domain, java.. (and the nullness annotations) and itself");
    }

    /** Only storage adapters (and testkit's in-memory one) build on the storage adapter base. */
    static ArchRule storageBaseServesOnlyStorageAdapters(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".adapters.storage..")
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage(
                        root + ".adapters.storage..",
                        root + ".adapters.postgres..",
                        root + ".adapters.mongo..",
                        root + ".testkit..",
                        root + ".bootstrap..")
                .as("only storage adapters use the storage adapter base");
    }

    static ArchRule adapterDoesNotUseOtherAdapters(String root, String adapter) {
        String[] others = ADAPTERS.stream()
                .filter(other -> !other.equals(adapter))
                .map(other -> root + ".adapters." + other + "..")
                .toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(root + ".adapters." + adapter + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .as("adapter " + adapter + " never uses another adapter")
                // an adapter module may still be empty until its issue lands
                .allowEmptyShould(true);
    }

    static ArchRule mainCodeDoesNotUseTestkit(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + ".testkit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".testkit..")
                .as("main code never uses testkit");
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().as("no package cycles under " + root);
    }

    static ArchRule onion(String root) {
        var onion = onionArchitecture()
                .domainModels(root + ".domain..")
                .applicationServices(root + ".application..")
                .withOptionalLayers(true);
        for (String adapter : ADAPTERS) {
            onion = onion.adapter(adapter, root + ".adapters." + adapter + "..");
        }
        // bootstrap is the wiring module and testkit is test-only: both may see every layer. The storage
        // adapter base is no onion layer (the storage adapters build on it): its own two rules above place it
        return onion.ignoreDependency(
                        resideInAnyPackage(root + ".bootstrap..", root + ".testkit.."), DescribedPredicate.alwaysTrue())
                .ignoreDependency(
                        resideInAnyPackage(root + ".adapters.storage.."), resideInAnyPackage(root + ".domain.."))
                .ignoreDependency(
                        resideInAnyPackage(root + ".adapters.postgres..", root + ".adapters.mongo.."),
                        resideInAnyPackage(root + ".adapters.storage.."));
    }
}
