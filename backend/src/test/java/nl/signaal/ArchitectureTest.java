package nl.signaal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

/** The package-by-feature rules of shared/STYLE.md, kept true by the build. */
class ArchitectureTest {
    private static final JavaClasses SIGNAAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.signaal");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        // content reads scenarios into the engine's plain model; the engine is a leaf, not the simulation feature
        slices().matching("nl.signaal.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        resideInAPackage("nl.signaal.content.."), resideInAPackage("nl.signaal.simulation.engine.."))
                .check(SIGNAAL);
    }

    @Test
    void contentIsPlainJavaWithoutFramework() {
        noClasses()
                .that()
                .resideInAPackage("nl.signaal.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.micronaut..",
                        "jakarta..",
                        "nl.signaal.web..",
                        "nl.signaal.identity..",
                        "nl.signaal.learning..",
                        "nl.signaal.progress..",
                        "nl.signaal.simulation",
                        "nl.signaal.live..",
                        "nl.signaal.authoring..")
                .check(SIGNAAL);
    }

    @Test
    void theSimulationEngineIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("nl.signaal.simulation.engine..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "nl.signaal.simulation.engine..")
                .check(SIGNAAL);
    }

    @Test
    void theMemoryModelIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("nl.signaal.refresher.memory..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "nl.signaal.refresher.memory..")
                .check(SIGNAAL);
    }

    @Test
    void identityKnowsNothingOfLearningOrProgress() {
        noClasses()
                .that()
                .resideInAPackage("nl.signaal.identity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("nl.signaal.learning..", "nl.signaal.progress..")
                .check(SIGNAAL);
    }

    @Test
    void nothingDependsOnLiveSessions() {
        // live sits on top: it plays content, the simulation engine and progress; no feature may need it
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.signaal.live..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.signaal.live..")
                .check(SIGNAAL);
    }

    @Test
    void repositoriesEntitiesAndControllersStayInsideTheirFeature() {
        classes()
                .that()
                .areAnnotatedWith(JdbcRepository.class)
                .should()
                .notBePublic()
                .check(SIGNAAL);
        classes()
                .that()
                .areAnnotatedWith(MappedEntity.class)
                .should()
                .notBePublic()
                .check(SIGNAAL);
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .notBePublic()
                .check(SIGNAAL);
    }

    @Test
    void thereAreNoLayerPackages() {
        noClasses()
                .should()
                .resideInAnyPackage("..controller..", "..service..", "..repository..", "..model..", "..dto..")
                .check(SIGNAAL);
    }
}
