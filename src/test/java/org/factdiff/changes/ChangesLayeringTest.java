package org.factdiff.changes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The changes package reads findings.json only: it needs no stage of the pipeline (so the report
 * command can call it later without a cycle), and no stage needs it.
 */
class ChangesLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.factdiff");

    @Test
    void readsNoStageAndNoCommand() {
        noClasses().that().resideInAPackage("org.factdiff.changes")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdiff", "org.factdiff.casefile..",
                        "org.factdiff.ingest..", "org.factdiff.text..", "org.factdiff.reuse..", "org.factdiff.claims..",
                        "org.factdiff.align..", "org.factdiff.compare..", "org.factdiff.report..", "org.factdiff.cli..",
                        "org.factdiff.init..")
                .because("a diff of two findings files works on the files alone")
                .check(CLASSES);
    }

    @Test
    void noStageReadsIt() {
        noClasses().that().resideInAnyPackage("org.factdiff.casefile..", "org.factdiff.ingest..", "org.factdiff.text..",
                        "org.factdiff.reuse..", "org.factdiff.claims..", "org.factdiff.align..", "org.factdiff.compare..",
                        "org.factdiff.base..")
                .should().dependOnClassesThat().resideInAPackage("org.factdiff.changes")
                .because("only the commands and the report compare findings files")
                .check(CLASSES);
    }
}
