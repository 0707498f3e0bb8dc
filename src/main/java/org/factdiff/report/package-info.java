/**
 * Renders an {@link org.factdiff.report.Analysis} as report.html (Freemarker), report.pdf (the same
 * templates laid out by openhtmltopdf on PDFBox) and findings.json, and on request findings.csv
 * and claimreview.jsonld (both projections of findings.json), reproducibly, and writes them
 * atomically.
 */
package org.factdiff.report;
