package org.factdiff.report;

import java.util.Objects;
import java.util.Optional;
import org.factdiff.casefile.Paper;

/**
 * Choices that shape a report but are not findings.
 *
 * @param date  the report's date, when any source gives one
 * @param paper page size of the PDF
 */
public record ReportSettings(Optional<ReportDate> date, Paper paper) {
    public static final Paper DEFAULT_PAPER = Paper.A4;

    public ReportSettings {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(paper, "paper");
    }
}
