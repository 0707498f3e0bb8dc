package org.factdiff.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.factdiff.Factdiff;
import org.factdiff.base.Progress;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.CaseFile;

/** Runs cases through the pipeline for report tests. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    /** The analysis as {@code factdiff report} makes it: with the reviews beside the case file, if any. */
    static Analysis analyze(Path caseFile) throws Exception {
        Case c = CaseFile.load(caseFile);
        return Factdiff.analyze(c, Progress.QUIET).withReviews(org.factdiff.review.ReviewFile.forCase(caseFile));
    }

    static ReportSettings settings(Analysis a) {
        return new ReportSettings(ReportDate.resolve(a.source(), a.articles(), OptionalLong.empty()),
                a.source().paper().orElse(ReportSettings.DEFAULT_PAPER));
    }

    static Map<String, byte[]> render(Path caseFile, Set<OutputFormat> formats) throws Exception {
        Analysis a = analyze(caseFile);
        return new Reports(Templates.of(Optional.empty())).render(a, settings(a), formats);
    }
}
