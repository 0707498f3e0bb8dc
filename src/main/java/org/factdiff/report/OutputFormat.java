package org.factdiff.report;

import java.util.Arrays;
import java.util.EnumSet;

/** The files a report consists of. */
public enum OutputFormat {
    HTML("report.html", true),
    PDF("report.pdf", true),
    JSON("findings.json", true),
    /** findings.json as a table, one row per finding (written on request only). */
    CSV("findings.csv", false),
    /** The rated findings as schema.org ClaimReview JSON-LD (written on request only). */
    CLAIMREVIEW("claimreview.jsonld", false);

    private final String fileName;
    private final boolean byDefault;

    OutputFormat(String fileName, boolean byDefault) {
        this.fileName = fileName;
        this.byDefault = byDefault;
    }

    public String fileName() {
        return fileName;
    }

    /** The formats written when none are asked for: html, pdf and json. */
    public static EnumSet<OutputFormat> defaults() {
        EnumSet<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
        Arrays.stream(values()).filter(f -> f.byDefault).forEach(set::add);
        return set;
    }
}
