package org.factdiff.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline's layering, as DESIGN.md draws it: each stage reads only earlier stages;
 * shared helpers live in {@code org.factdiff.base}, which reads no stage; no stage reaches back
 * into the facade ({@code org.factdiff}) or the commands; and the report reads the article
 * record from {@code ingest}, never its helpers.
 */
class LayeringTest {
    /** The stages in pipeline order. */
    static final List<String> STAGES = List.of("casefile", "ingest", "text", "reuse", "claims", "align", "compare",
            "review", "report");
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.factdiff");
    }

    static List<String> stages() {
        return STAGES;
    }

    @ParameterizedTest
    @MethodSource("stages")
    void aStageReadsNoLaterStage(String stage) {
        List<String> later = STAGES.subList(STAGES.indexOf(stage) + 1, STAGES.size());
        if (later.isEmpty()) {
            return;
        }
        noClasses().that().resideInAPackage("org.factdiff." + stage)
                .should().dependOnClassesThat().resideInAnyPackage(later.stream().map(p -> "org.factdiff." + p).toArray(String[]::new))
                .because("a stage reads only the stages before it")
                .check(classes);
    }

    @ParameterizedTest
    @MethodSource("stages")
    void noStageReachesBackIntoTheFacadeOrTheCommands(String stage) {
        noClasses().that().resideInAPackage("org.factdiff." + stage)
                .should().dependOnClassesThat().resideInAnyPackage("org.factdiff", "org.factdiff.cli", "org.factdiff.init")
                .because("the facade and the commands call the stages, never the other way round")
                .check(classes);
    }

    @Test
    void sharedHelpersReadNoStage() {
        noClasses().that().resideInAPackage("org.factdiff.base")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdiff", "org.factdiff.casefile..", "org.factdiff.ingest..",
                        "org.factdiff.text..", "org.factdiff.reuse..", "org.factdiff.claims..", "org.factdiff.align..",
                        "org.factdiff.compare..", "org.factdiff.review..", "org.factdiff.report..", "org.factdiff.cli..", "org.factdiff.init..")
                .because("shared helpers live in one base package that every stage may read")
                .check(classes);
    }

    @Test
    void theFacadePackageHoldsOnlyTheFacade() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("org.factdiff")
                .should().haveNameMatching("org\\.factdiff\\.Factdiff(\\$.*)?")
                .because("shared helpers belong in org.factdiff.base, not in the facade's package")
                .check(classes);
    }

    @Test
    void theReportReadsTheArticleRecordNotIngestHelpers() {
        noClasses().that().resideInAPackage("org.factdiff.report")
                .should().dependOnClassesThat(DescribedPredicate.describe("ingest classes other than the article record",
                        (JavaClass c) -> c.getPackageName().equals("org.factdiff.ingest")
                                && !List.of("Article", "Metadata", "Field").contains(c.getSimpleName())))
                .because("the report reads the Article record; font mapping and the like are shared helpers")
                .check(classes);
    }
}
