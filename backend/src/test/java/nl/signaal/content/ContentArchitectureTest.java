package nl.signaal.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ContentArchitectureTest {

    @Test
    void usesNoFrameworkOnlyTheJdkAndItsParsers() {
        JavaClasses content = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.signaal.content");
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "nl.signaal.content..",
                        "nl.signaal.simulation.engine..",
                        "org.snakeyaml.engine..",
                        "org.commonmark..",
                        "org.jsoup..")
                .check(content);
    }

    @Test
    void simulationEngineDependsOnlyOnTheJdk() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.signaal.simulation.engine");
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "nl.signaal.simulation.engine..")
                .check(engine);
    }
}
