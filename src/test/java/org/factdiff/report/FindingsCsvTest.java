package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FindingsCsvTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A findings.json with findings of every section, written by hand. */
    static JsonNode findings() throws IOException {
        return MAPPER.readTree("""
                {
                  "case": {"id": "bridge", "title": "Bridge closure", "incident_date": "2024-03-01", "report_date": "2024-03-04"},
                  "articles": [
                    {"id": "daily", "outlet": "The Daily", "published": "2024-03-02", "title": "Bridge shut", "author": null, "url": null},
                    {"id": "herald", "outlet": "unknown", "published": null, "title": null, "author": null, "url": null}
                  ],
                  "reuse": {"pairs": [
                    {"id": "r-00000000aa", "a": "daily", "b": "herald", "coverage_a": 0.5, "coverage_b": 0.4,
                     "direction": "unknown",
                     "review": {"status": "dismissed", "note": "wire copy", "by": "Ana", "date": "2024-03-05", "rating": null},
                     "passages": [
                       {"id": "p-00000000a1", "kind": "verbatim", "similarity": 1.0,
                        "a_start": 0, "a_end": 15, "a_text": "The bridge shut",
                        "b_start": 4, "b_end": 19, "b_text": "The bridge shut"},
                       {"id": "p-00000000a2", "kind": "paraphrase", "similarity": 0.8,
                        "a_start": 20, "a_end": 30, "a_text": "at dawn, 6",
                        "b_start": 25, "b_end": 33, "b_text": "at six",
                        "review": {"status": "confirmed", "note": null, "by": null, "date": null, "rating": null}}
                     ]}
                  ]},
                  "agreements": [
                    {"id": "a-00000000b1", "statement": "The bridge closed on Friday, \\"officials\\" said.",
                     "independent_sources": 2,
                     "sources": [
                       {"article": "daily", "start": 40, "end": 60, "text": "closed, on Friday"},
                       {"article": "herald", "start": 70, "end": 90, "text": "line one\\nline two"},
                       {"article": "daily", "start": 95, "end": 99, "text": "Fri."}
                     ],
                     "review": {"status": "confirmed", "note": "checked with the city", "by": "Ana", "date": "2024-03-05",
                                "rating": "mostly-true"}}
                  ],
                  "contradictions": [
                    {"id": "x-00000000c1", "topic": "how many lanes", "kind": "number", "explanation": "two against four",
                     "values": [
                       {"article": "daily", "start": 1, "end": 9, "text": "two lanes", "value": "2"},
                       {"article": "herald", "start": 3, "end": 13, "text": "four lanes", "value": "4"}
                     ]}
                  ],
                  "single_source": [
                    {"id": "s-00000000d1", "article": "herald", "start": 100, "end": 120, "text": "=HYPERLINK(1)",
                     "score": "2.0", "reasons": ["a number"]}
                  ],
                  "single_source_folded": [
                    {"id": "s-00000000d2", "article": "daily", "start": 130, "end": 140, "text": "-3 degrees",
                     "score": "1.0", "reasons": ["a number"]}
                  ],
                  "altered_quotes": [
                    {"id": "q-00000000e1", "quote": "We will reopen soon", "change": "wording",
                     "variants": [
                       {"article": "daily", "start": 200, "end": 219, "text": "We will reopen soon", "speaker": "the mayor", "channel": ""},
                       {"article": "herald", "start": 210, "end": 228, "text": "We shall reopen soon", "speaker": "the mayor", "channel": "AFP"}
                     ]}
                  ]
                }
                """);
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void oneRowPerFindingInSectionOrderWithTheHeaderFirst() throws IOException {
        List<CSVRecord> rows = parse(new FindingsCsv().write(findings()));
        assertEquals(FindingsCsv.COLUMNS, rows.get(0).toList());
        assertEquals(List.of("x-00000000c1", "a-00000000b1", "p-00000000a1", "p-00000000a2", "s-00000000d1",
                        "s-00000000d2", "q-00000000e1"),
                rows.stream().skip(1).map(r -> r.get(0)).toList());
        assertEquals(List.of("contradictions", "agreements", "reuse", "reuse", "single_source", "single_source_folded",
                "altered_quotes"), rows.stream().skip(1).map(r -> r.get(1)).toList());
        for (CSVRecord r : rows) {
            assertEquals(FindingsCsv.COLUMNS.size(), r.size(), r.toString());
        }
    }

    @Test
    void cellsOfEachKindOfFinding() throws IOException {
        List<CSVRecord> rows = parse(new FindingsCsv().write(findings()));
        assertEquals(List.of("x-00000000c1", "contradictions", "number", "how many lanes", "daily; herald",
                "daily: two lanes | herald: four lanes", "daily:1-9; herald:3-13", "open", "", "", "", ""),
                rows.get(1).toList());
        assertEquals(List.of("a-00000000b1", "agreements", "agreement",
                        "The bridge closed on Friday, \"officials\" said.", "daily; herald",
                        "daily: closed, on Friday | herald: line one\nline two | daily: Fri.",
                        "daily:40-60; herald:70-90; daily:95-99",
                        "confirmed", "checked with the city", "Ana", "2024-03-05", "mostly-true"),
                rows.get(2).toList(), "an article quoted twice is listed once; every excerpt is kept");
        assertEquals(List.of("p-00000000a1", "reuse", "verbatim", "", "daily; herald",
                        "daily: The bridge shut | herald: The bridge shut", "daily:0-15; herald:4-19",
                        "dismissed", "wire copy", "Ana", "2024-03-05", ""),
                rows.get(3).toList(), "a passage without a review of its own has its pair's");
        assertEquals("confirmed", rows.get(4).get(7), "a passage's own review wins");
        assertEquals(List.of("s-00000000d1", "single_source", "single-source", "'=HYPERLINK(1)", "herald",
                "herald: =HYPERLINK(1)", "herald:100-120", "open", "", "", "", ""), rows.get(5).toList());
        assertEquals("'-3 degrees", rows.get(6).get(3));
        assertEquals(List.of("q-00000000e1", "altered_quotes", "wording", "We will reopen soon", "daily; herald",
                "daily: We will reopen soon | herald: We shall reopen soon", "daily:200-219; herald:210-228",
                "open", "", "", "", ""), rows.get(7).toList());
    }

    @Test
    void rfc4180QuotingWithCrlfRecords() throws IOException {
        String csv = new String(new FindingsCsv().write(findings()), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\"id\",\"section\",\"kind\",\"topic\",\"articles\",\"excerpts\",\"offsets\","
                + "\"review_status\",\"review_note\",\"review_by\",\"review_date\",\"rating\"\r\n"), csv);
        assertTrue(csv.endsWith("\"\"\r\n"), "every record, the last too, ends with CRLF");
        assertTrue(csv.contains("\"The bridge closed on Friday, \"\"officials\"\" said.\""), "comma and doubled quotes");
        assertTrue(csv.contains("herald: line one\nline two"), "a newline stays inside its quoted cell");
        assertFalse(csv.replace("\r\n", "").replace("line one\nline two", "").contains("\n"),
                "no bare line feed ends a record");
        assertFalse(csv.startsWith("\uFEFF"), "no byte order mark");
        assertEquals(8, csv.split("\r\n", -1).length - 1, "a header and seven records");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatWouldStartAFormulaGetsAnApostrophe(String text) throws IOException {
        JsonNode one = MAPPER.readTree("{\"single_source\": [{\"id\": \"s-1\", \"article\": \"daily\", \"start\": 0, "
                + "\"end\": 1, \"text\": " + MAPPER.writeValueAsString(text) + "}]}");
        List<CSVRecord> rows = parse(new FindingsCsv().write(one));
        assertEquals("'" + text, rows.get(1).get(3));
        assertEquals("daily: " + text, rows.get(1).get(5),
                "a cell starting with the article id needs nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1+1", "a=b", " =x", "'quoted", "x-1"})
    void otherCellsStayAsTheyAre(String text) {
        assertEquals(text, FindingsCsv.defuse(text));
    }

    @Test
    void absentSectionsAndReviewsAreTolerated() throws IOException {
        byte[] csv = new FindingsCsv().write(MAPPER.readTree("{\"case\": {\"id\": \"empty\"}}"));
        assertEquals(1, parse(csv).size(), "the header alone");
        JsonNode noIds = MAPPER.readTree("{\"reuse\": {\"pairs\": [{\"a\": \"x\", \"b\": \"y\", \"passages\": []}]}}");
        assertEquals(1, parse(new FindingsCsv().write(noIds)).size(), "a pair without an id (older files) is fine");
    }

    @Test
    void theSameTreeGivesTheSameBytes() throws IOException {
        assertArrayEquals(new FindingsCsv().write(findings()), new FindingsCsv().write(findings()));
    }
}
