package org.factdiff.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.factdiff.report.FindingNodes.Evidence;
import org.factdiff.report.FindingNodes.Review;

/**
 * Writes findings.csv, one row per finding of a findings.json tree, for reviewing findings in a
 * spreadsheet: RFC 4180 (a header row, CRLF after every record, every cell in double quotes,
 * quotes doubled), UTF-8 without a byte order mark, sections in {@link Section} order and rows in
 * the JSON's order within a section, so the same findings.json always gives the same bytes.
 *
 * <p>No byte order mark: the file is also read by scripts (Python's csv, pandas, R), which would
 * take a BOM for part of the first column's name. Excel opens UTF-8 through Data › From
 * Text/CSV; the README says so.
 *
 * <p>A cell that a spreadsheet would read as a formula (it starts with {@code = + - @}, a tab
 * or a carriage return, OWASP's list for CSV injection) gets a leading apostrophe: excerpts
 * are quoted from articles that anyone could have written. Every cell is quoted, as OWASP also
 * advises, so that a spreadsheet splitting on another separator (";" in many locales) cannot
 * start a new cell, and a formula, inside an excerpt.
 */
public final class FindingsCsv {
    /** The header row. */
    public static final List<String> COLUMNS = List.of("id", "section", "kind", "topic", "articles", "excerpts",
            "offsets", "review_status", "review_note", "review_by", "review_date", "rating");
    /** The review status of a finding that nobody has reviewed yet. */
    public static final String OPEN = "open";
    /** First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n")
            .get();

    /** The findings.csv bytes of a findings.json tree. */
    public byte[] write(JsonNode findings) {
        Objects.requireNonNull(findings, "findings");
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(COLUMNS);
            for (Section section : Section.values()) {
                for (Row row : section.rows(findings)) {
                    printer.printRecord(row.cells().stream().map(FindingsCsv::defuse).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cell as written: with a leading apostrophe when it would start a formula. */
    static String defuse(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The parts of findings.json that give rows, in the order their rows are written. */
    enum Section {
        CONTRADICTIONS("contradictions") {
            @Override
            List<Row> rows(JsonNode findings) {
                return FindingNodes.list(findings, key()).stream().map(x -> new Row(FindingNodes.id(x, key()), this,
                        text(x, "kind"), text(x, "topic"), FindingNodes.evidence(x, "values"), Review.of(x))).toList();
            }
        },
        AGREEMENTS("agreements") {
            @Override
            List<Row> rows(JsonNode findings) {
                return FindingNodes.list(findings, key()).stream().map(a -> new Row(FindingNodes.id(a, key()), this,
                        "agreement", text(a, "statement"), FindingNodes.evidence(a, "sources"), Review.of(a))).toList();
            }
        },
        /** One row per passage: the passage is what a reviewer checks; a pair's review covers its passages. */
        REUSE("reuse") {
            @Override
            List<Row> rows(JsonNode findings) {
                List<Row> rows = new ArrayList<>();
                for (JsonNode pair : FindingNodes.list(findings.path("reuse"), "pairs")) {
                    String a = text(pair, "a");
                    String b = text(pair, "b");
                    Review pairReview = Review.of(pair);
                    for (JsonNode p : FindingNodes.list(pair, "passages")) {
                        Review own = Review.of(p);
                        rows.add(new Row(FindingNodes.id(p, key()), this, text(p, "kind"), "",
                                List.of(new Evidence(a, p.path("a_start").asInt(-1), p.path("a_end").asInt(-1),
                                                text(p, "a_text")),
                                        new Evidence(b, p.path("b_start").asInt(-1), p.path("b_end").asInt(-1),
                                                text(p, "b_text"))),
                                own.equals(Review.NONE) ? pairReview : own));
                    }
                }
                return rows;
            }
        },
        SINGLE_SOURCE("single_source") {
            @Override
            List<Row> rows(JsonNode findings) {
                return singleSource(findings, key(), this);
            }
        },
        SINGLE_SOURCE_FOLDED("single_source_folded") {
            @Override
            List<Row> rows(JsonNode findings) {
                return singleSource(findings, key(), this);
            }
        },
        ALTERED_QUOTES("altered_quotes") {
            @Override
            List<Row> rows(JsonNode findings) {
                return FindingNodes.list(findings, key()).stream().map(q -> new Row(FindingNodes.id(q, key()), this,
                        text(q, "change"), text(q, "quote"), FindingNodes.evidence(q, "variants"), Review.of(q))).toList();
            }
        };

        private final String key;

        Section(String key) {
            this.key = key;
        }

        /** The findings.json key, which is also what the section column says. */
        String key() {
            return key;
        }

        abstract List<Row> rows(JsonNode findings);

        private static List<Row> singleSource(JsonNode findings, String key, Section section) {
            return FindingNodes.list(findings, key).stream().map(s -> new Row(FindingNodes.id(s, key), section,
                    "single-source", text(s, "text"), List.of(Evidence.of(s)), Review.of(s))).toList();
        }

        private static String text(JsonNode node, String field) {
            return FindingNodes.string(node, field).orElse("");
        }
    }

    /** One finding as a row: its evidence in the file's order. */
    record Row(String id, Section section, String kind, String topic, List<Evidence> evidence, Review review) {
        Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(topic, "topic");
            evidence = List.copyOf(evidence);
            Objects.requireNonNull(review, "review");
        }

        /** The cells in {@link #COLUMNS} order, before formula escaping. */
        List<String> cells() {
            // An article quoted twice (two sentences of one agreement) is one article, listed once.
            Set<String> articles = new LinkedHashSet<>();
            evidence.forEach(e -> articles.add(e.article()));
            return List.of(id, section.key(), kind, topic,
                    String.join("; ", articles),
                    evidence.stream().map(e -> e.article() + ": " + e.text()).collect(Collectors.joining(" | ")),
                    evidence.stream().map(e -> String.format(Locale.ROOT, "%s:%d-%d", e.article(), e.start(), e.end()))
                            .collect(Collectors.joining("; ")),
                    review.status().orElse(OPEN), review.note().orElse(""), review.by().orElse(""),
                    review.date().orElse(""), review.rating().orElse(""));
        }
    }
}
