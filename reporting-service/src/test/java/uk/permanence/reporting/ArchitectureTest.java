package uk.permanence.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The measures are arithmetic over journeys: the statistics and the scorecard's calculation know nothing of Spring,
 * HTTP, Kafka, JSON or the database, so a test can call them without any of those.
 */
@AnalyzeClasses(packages = "uk.permanence.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] INFRASTRUCTURE = {"org.springframework..", "org.apache.kafka..", "java.sql..",
            "tools.jackson.."};

    @ArchTest
    static final ArchRule statisticsAreFreeOfInfrastructure = noClasses()
            .that().resideInAPackage("uk.permanence.reporting.statistics..")
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule scorecardCalculationIsFreeOfInfrastructure = noClasses()
            .that().resideInAPackage("uk.permanence.reporting.scorecard..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().doNotHaveSimpleName("AdoptionJourneys")
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE);
}
