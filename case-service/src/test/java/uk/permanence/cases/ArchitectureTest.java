package uk.permanence.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The case domain (aggregate, commands, rules) knows nothing of Spring, HTTP, Kafka or the database. */
@AnalyzeClasses(packages = "uk.permanence", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfInfrastructure = noClasses()
            .that().resideInAnyPackage("uk.permanence.cases.casefile..", "uk.permanence.journey..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "jakarta.persistence..", "org.hibernate..", "java.sql..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoTheApi = noClasses()
            .that().resideInAPackage("uk.permanence.cases.casefile..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.permanence.cases.api..",
                    "uk.permanence.cases.publishing..", "uk.permanence.cases.problems..");
}
