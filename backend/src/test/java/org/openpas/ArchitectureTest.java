package org.openpas;

import static com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType.SET;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The backend's architecture, checked on the compiled classes (docs/architecture.md explains it).
 * Each feature package (org.openpas.patient, .waitlist, ...) owns its tables, entities and repositories;
 * other features reach them only through its services. Resources translate HTTP and call their own
 * feature's services, mappers and access classes. Features depend on each other without cycles, and
 * {@code common} depends on no feature.
 */
class ArchitectureTest {

    static final List<String> FEATURES = List.of("audit", "clinic", "community", "endorsement", "fhir", "identity", "me",
            "notification", "panel", "patient", "provider", "statistics", "waitlist");

    /**
     * What a resource may call in its own feature: the feature's HTTP-free entry points, and its *Paths
     * interfaces. The generator makes one interface per first path segment, so a resource receives paths
     * the contract nests under it that another feature answers (/providers/{id}/panel/**: the panel
     * feature; /patients/{id}/wait-estimate and /history: the waitlist): the resource's feature declares
     * them as an interface (provider.PanelPaths, patient.WaitlistPaths) that the other feature implements.
     */
    static final Set<String> RESOURCE_CALLEES = Set.of("Service", "Mapper", "Access", "Paths");

    /** Feature classes that read the caller's roles for what they report, not to allow or refuse. */
    static final Set<String> ROLE_REPORTERS = Set.of("org.openpas.me.MeService");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openpas");

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("org.openpas.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.openpas.common..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .check(MAIN);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Repository").and().resideInAnyPackage(featurePackages())
                .should(beUsedOnlyInsideTheirFeature())
                .check(MAIN);
    }

    @Test
    void entitiesAreCreatedAndChangedOnlyInsideTheirFeature() {
        classes().that().resideInAnyPackage(featurePackages())
                .should(notCreateOrChangeEntitiesOfOtherFeatures())
                .check(MAIN);
    }

    @Test
    void resourcesCallOnlyTheirOwnFeaturesServicesMappersAndAccess() {
        classes().that(areResources()).should(callOnlyOwnServicesMappersAndAccess()).check(MAIN);
    }

    @Test
    void layersDependDownwards() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .or().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleNameEndingWith("Access")
                .or().haveSimpleNameEndingWith("Mapper")
                .or().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat(areResources())
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Endpoints")
                .check(MAIN);
        noClasses().that().haveSimpleNameEndingWith("Repository").or().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Access")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Mapper")
                .check(MAIN);
    }

    @Test
    void resourcesAreNotTransactional() {
        classes().that(areResources()).should().notBeAnnotatedWith(Transactional.class).check(MAIN);
        methods().that().areDeclaredInClassesThat(areResources())
                .should().notBeAnnotatedWith(Transactional.class).check(MAIN);
    }

    @Test
    void apiBeansStayInTheResourceAndMapperLayer() {
        noClasses().that().resideInAnyPackage(featurePackages())
                .and().haveSimpleNameNotEndingWith("Resource")
                .and().haveSimpleNameNotEndingWith("Mapper")
                .and().haveSimpleNameNotEndingWith("Endpoints")
                .and().haveSimpleNameNotEndingWith("Paths")
                .and().areNotAnnotatedWith(jakarta.ws.rs.ext.Provider.class)
                .and(DescribedPredicate.describe("are not API beans themselves (PanelUpload extends one)",
                        (JavaClass javaClass) -> javaClass.getAllRawSuperclasses().stream()
                                .noneMatch(superclass -> superclass.getPackageName().equals("org.openpas.api.beans"))))
                .should().dependOnClassesThat().resideInAPackage("org.openpas.api.beans..")
                .because("services take and answer with their own records and entities; only the HTTP layer"
                        + " (resources, mappers, *Paths and *Endpoints, the multipart reader) knows the contract's beans")
                .check(MAIN);
    }

    @Test
    void noResultRowsAsObjectArraysLeaveARepository() {
        noClasses().that().resideInAnyPackage(featurePackages())
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().haveFullyQualifiedName(Object[].class.getName())
                .because("a query's row is read once, in its repository, into a named record")
                .check(MAIN);
    }

    @Test
    void roleChecksLiveInAccessClasses() {
        noClasses().that().resideInAnyPackage(featurePackages())
                .and().haveSimpleNameNotEndingWith("Access")
                .and(DescribedPredicate.describe("are not " + ROLE_REPORTERS,
                        (JavaClass javaClass) -> !ROLE_REPORTERS.contains(javaClass.getName())))
                .should().callMethod(org.openpas.common.CurrentUser.class, "has", String.class)
                .orShould().callMethod(org.openpas.common.CurrentUser.class, "isAdmin")
                .because("who may do what is decided in one XAccess class per feature")
                .check(MAIN);
    }

    private static String featurePackage(String feature) {
        return "org.openpas." + feature + "..";
    }

    private static String[] featurePackages() {
        return FEATURES.stream().map(ArchitectureTest::featurePackage).toArray(String[]::new);
    }

    private static String featureOf(JavaClass javaClass) {
        // Only PAS's own packages: HAPI's org.hl7.fhir.* is no feature "fhir".
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length > 2 && javaClass.getPackageName().startsWith("org.openpas.") ? parts[2] : "";
    }

    /** The classes that implement a generated JAX-RS interface (org.openpas.api.*Resource). */
    private static DescribedPredicate<JavaClass> areResources() {
        return DescribedPredicate.describe("are resources", javaClass -> FEATURES.contains(featureOf(javaClass))
                && javaClass.getSimpleName().endsWith("Resource"));
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only inside their feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    if (!featureOf(dependency.getOriginClass()).equals(featureOf(repository))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notCreateOrChangeEntitiesOfOtherFeatures() {
        return new ArchCondition<>("not create or change the entities of other features") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaAccess<?> access : javaClass.getAccessesFromSelf()) {
                    JavaClass owner = access.getTargetOwner();
                    boolean writes = access instanceof JavaFieldAccess field && field.getAccessType() == SET
                            || access instanceof JavaConstructorCall;
                    if (writes && owner.isAnnotatedWith(Entity.class) && !featureOf(owner).equals(featureOf(javaClass))) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> callOnlyOwnServicesMappersAndAccess() {
        return new ArchCondition<>("call only their own feature's services, mappers and access classes") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                for (JavaAccess<?> call : resource.getAccessesFromSelf()) {
                    JavaClass target = call.getTargetOwner();
                    String targetFeature = featureOf(target);
                    if (!FEATURES.contains(targetFeature) || target.equals(resource)) {
                        continue;
                    }
                    String topLevel = target.getName().replaceAll("\\$.*", "");
                    boolean allowed = targetFeature.equals(featureOf(resource))
                            && RESOURCE_CALLEES.stream().anyMatch(topLevel::endsWith);
                    if (!allowed && !(call instanceof JavaFieldAccess)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
