package org.factdiff.report;

/** The files a report consists of. */
public enum OutputFormat {
    HTML("report.html"),
    PDF("report.pdf"),
    JSON("findings.json");

    private final String fileName;

    OutputFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
