package org.factdiff.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import org.factdiff.casefile.Paper;

/**
 * Choices that shape a report but are not findings.
 *
 * @param date      the report's date, when any source gives one
 * @param paper     page size of the PDF
 * @param command   the arguments that made the report, as the user gave them ("report",
 *                  "inputs/x/case.yaml", "--paper", "letter"); empty when not made from a command
 * @param templates each template file the user's folder gave, as written, to its SHA-256
 * @param fullText  whether the PDF holds every article's full text too (the HTML always does)
 */
public record ReportSettings(Optional<ReportDate> date, Paper paper, List<String> command,
                             Map<String, String> templates, boolean fullText) {
    public static final Paper DEFAULT_PAPER = Paper.A4;

    public ReportSettings {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(paper, "paper");
        command = List.copyOf(command);
        templates = Collections.unmodifiableSortedMap(new TreeMap<>(templates));
    }

    /** Settings of a report not made from a command line, with the built-in templates. */
    public ReportSettings(Optional<ReportDate> date, Paper paper) {
        this(date, paper, List.of(), Map.of(), false);
    }

    /** As given on a command line, the PDF without the articles' full texts. */
    public ReportSettings(Optional<ReportDate> date, Paper paper, List<String> command, Map<String, String> templates) {
        this(date, paper, command, templates, false);
    }
}
