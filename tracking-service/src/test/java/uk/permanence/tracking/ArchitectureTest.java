package uk.permanence.tracking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules table is pure date arithmetic: no Spring, HTTP, Kafka or database in it. */
@AnalyzeClasses(packages = "uk.permanence.tracking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule deadlinesAreFreeOfInfrastructure = noClasses()
            .that().resideInAPackage("uk.permanence.tracking.deadlines..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..");
}
