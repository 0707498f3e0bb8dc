package org.factdiff.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingsDiffTest {
    @Test
    void identicalFilesHaveNoChanges() {
        FindingsDiff diff = FindingsDiff.between(FindingsFixtures.now(), FindingsFixtures.now());
        assertTrue(diff.isEmpty());
        assertEquals("no changes\n", DiffRenderer.PLAIN.render(diff));
        assertEquals("**no changes**\n", DiffRenderer.MARKDOWN.render(diff));
    }

    @Test
    void aReviewStatusChangeIsReported() {
        FindingsDiff diff = FindingsDiff.between(FindingsFixtures.withReview(FindingsFixtures.OLD, "needs-check"),
                FindingsFixtures.withReview(FindingsFixtures.OLD, "confirmed"));
        assertEquals(1, diff.changed().size(), diff.toString());
        assertEquals("x-2000000001", diff.changed().get(0).after().id());
        assertEquals(List.of("review: needs-check → confirmed"), diff.changed().get(0).changes());
        FindingsDiff opened = FindingsDiff.between(FindingsFixtures.old(),
                FindingsFixtures.withReview(FindingsFixtures.OLD, "dismissed"));
        assertEquals(List.of("review: open → dismissed"), opened.changed().get(0).changes());
    }

    @Test
    void offsetsThatOnlyMoveAreReportedAsSuch() {
        JsonNode old = FindingsFixtures.old();
        JsonNode now = old.deepCopy();
        ObjectNode source = (ObjectNode) now.get("agreements").get(1).get("sources").get(0);
        source.put("start", 1010).put("end", 1040);
        FindingsDiff diff = FindingsDiff.between(old, now);
        assertEquals(1, diff.changed().size());
        assertEquals(List.of("evidence moved (offsets only)"), diff.changed().get(0).changes());
        assertTrue(diff.added().isEmpty() && diff.removed().isEmpty() && diff.pairs().isEmpty());
        // ...and the textconv text does not change at all.
        assertEquals(FindingsText.of(old), FindingsText.of(now));
    }

    @Test
    void anEditedExcerptIsNotAMove() {
        JsonNode old = FindingsFixtures.old();
        JsonNode now = old.deepCopy();
        ((ObjectNode) now.get("agreements").get(1).get("sources").get(1)).put("text", "It began at dawn.");
        assertEquals(List.of("excerpt edited: gamma"), FindingsDiff.between(old, now).changed().get(0).changes());
    }

    @ParameterizedTest
    @CsvSource({"0.2, 0.21, true", "0.2, 0.19, true", "0.2, 0.2099, false", "0.2, 0.1901, false", "0.2, 0.2, false"})
    void coverageMovesOfAPercentagePointOrMoreAreReported(String from, String to, boolean reported) {
        JsonNode old = FindingsFixtures.old();
        JsonNode now = old.deepCopy();
        ((ObjectNode) old.get("reuse").get("pairs").get(0)).put("coverage_a", new java.math.BigDecimal(from));
        ((ObjectNode) now.get("reuse").get("pairs").get(0)).put("coverage_a", Double.parseDouble(to));
        assertEquals(reported, !FindingsDiff.between(old, now).pairs().isEmpty());
    }

    @Test
    void theOrderOfTheInputListsDoesNotMatter() {
        JsonNode shuffled = FindingsFixtures.now();
        for (String list : List.of("articles", "agreements", "contradictions")) {
            reverse((ArrayNode) shuffled.get(list));
        }
        reverse((ArrayNode) shuffled.get("reuse").get("pairs"));
        reverse((ArrayNode) shuffled.get("agreements").get(0).get("sources"));
        String expected = DiffRenderer.PLAIN.render(FindingsDiff.between(FindingsFixtures.old(), FindingsFixtures.now()));
        assertEquals(expected, DiffRenderer.PLAIN.render(FindingsDiff.between(FindingsFixtures.old(), shuffled)));
        assertEquals(FindingsText.of(FindingsFixtures.now()), FindingsText.of(shuffled));
    }

    @Test
    void theOutputDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        String expected = DiffRenderer.MARKDOWN.render(FindingsDiff.between(FindingsFixtures.old(), FindingsFixtures.now()));
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(expected, DiffRenderer.MARKDOWN.render(
                    FindingsDiff.between(FindingsFixtures.old(), FindingsFixtures.now())));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aFindingWhoseOnlyChangeIsAFieldNotComparedOneByOneIsStillReported() {
        JsonNode old = FindingsFixtures.old();
        JsonNode now = old.deepCopy();
        ((ObjectNode) now.get("agreements").get(0)).put("facts_version", 2);
        assertEquals(List.of("other fields changed: facts_version"),
                FindingsDiff.between(old, now).changed().get(0).changes());
    }

    @Test
    void aDuplicateIdIsRejected() {
        JsonNode root = FindingsFixtures.old();
        ArrayNode agreements = (ArrayNode) root.get("agreements");
        agreements.add(agreements.get(0).deepCopy());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Findings.of(root));
        assertTrue(e.getMessage().contains("a-1000000001"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "short text|10|short text",
            "a  line\\nbroken|20|a line broken",
            "one two three four five six|12|one two…",
            "abcdefghijklmnopqrstuvwxyz|10|abcdefghi…"})
    void excerptsAreCutAtAFixedLength(String text, int max, String expected) {
        assertEquals(expected, Excerpts.cut(text.replace("\\n", "\n"), max));
        assertTrue(expected.codePointCount(0, expected.length()) <= max);
    }

    @Test
    void markdownEscapesWhatCouldBeMarkup() {
        assertEquals("\\*east\\* \\[old\\] \\<b> a->b U.S.-led \\_x\\_ \\`y\\`",
                DiffRenderer.escape("*east* [old] <b> a->b U.S.-led _x_ `y`"));
        assertEquals("\\- list", DiffRenderer.escape("- list"));
    }

    private static void reverse(ArrayNode list) {
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        list.removeAll();
        for (int i = items.size() - 1; i >= 0; i--) {
            list.add(items.get(i));
        }
    }

    @Test
    void textconvHasNoOffsets() {
        String text = FindingsText.of(FindingsFixtures.now());
        // Offsets of the newer file that no excerpt, count or hash contains.
        for (String offset : List.of("62", "87", "132", "172")) {
            assertFalse(text.contains(offset), "offset " + offset + " in:\n" + text);
        }
    }

    @Test
    void textconvListsFindingsBySectionThenId() {
        String text = FindingsText.of(FindingsFixtures.now());
        List<String> ids = text.lines().filter(l -> l.matches("^[a-z]-\\d{10} .*")).map(l -> l.substring(0, 12)).toList();
        assertEquals(List.of("p-5000000001", "p-5000000002", "a-1000000001", "a-1000000002", "a-1000000003",
                "x-2000000001", "s-3000000001", "s-3000000002", "q-4000000001", "x-2000000002"), ids);
    }
}
