package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.factdiff.Golden;
import org.factdiff.TestFiles;
import org.factdiff.ingest.Article;
import org.junit.jupiter.api.Test;

/** Golden files of the example case: findings.json and the report model the templates see. */
class FindingsJsonGoldenTest {
    @Test
    void exampleFindingsJson() throws Exception {
        Analysis a = ReportFixtures.analyze(TestFiles.exampleCase());
        byte[] json = new FindingsJson().write(a, ReportFixtures.settings(a).date());
        Golden.check("at-tanf-2017/findings.json", new String(json, StandardCharsets.UTF_8));
    }

    @Test
    void exampleReportModel() throws Exception {
        Analysis a = ReportFixtures.analyze(TestFiles.exampleCase());
        ReportModel model = ReportModel.of(a, ReportFixtures.settings(a));
        ObjectMapper mapper = JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        Golden.check("at-tanf-2017/report-model.json", mapper.writeValueAsString(model).replace("\r\n", "\n") + "\n");
    }

    @Test
    void followsTheContract() throws Exception {
        Analysis a = ReportFixtures.analyze(TestFiles.exampleCase());
        JsonNode root = new ObjectMapper().readTree(new FindingsJson().write(a, ReportFixtures.settings(a).date()));
        assertEquals(List.of("schema", "tool", "case", "articles", "reuse", "agreements", "contradictions",
                "single_source", "single_source_folded", "altered_quotes", "orphaned_reviews"), names(root));
        for (JsonNode x : root.get("contradictions")) {
            assertTrue(x.has("cause"), "every contradiction says what explains it, or null");
        }
        Map<String, Integer> shown = new java.util.TreeMap<>();
        for (JsonNode s : root.get("single_source")) {
            assertTrue(s.has("score") && s.get("reasons").isArray(), s.toString());
            shown.merge(s.get("article").asText(), 1, Integer::sum);
        }
        assertTrue(shown.values().stream().allMatch(n -> n <= org.factdiff.compare.SingleSource.SHOWN_PER_ARTICLE), shown.toString());
        assertEquals("factdiff/findings/v1", root.get("schema").asText());
        assertEquals(List.of("id", "title", "incident_date", "report_date", "language"), names(root.get("case")));
        JsonNode first = root.get("articles").get(0);
        assertTrue(names(first).containsAll(List.of("id", "outlet", "published", "file", "sha256", "words", "original_share")));
        // Sorted by id, every hash and word count as ingested.
        List<String> ids = a.articles().stream().map(Article::id).sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode n = root.get("articles").get(i);
            assertEquals(ids.get(i), n.get("id").asText());
            Article art = a.articles().stream().filter(x -> x.id().equals(n.get("id").asText())).findFirst().orElseThrow();
            assertEquals(art.sha256(), n.get("sha256").asText());
            assertEquals(art.words(), n.get("words").asInt());
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            out.add(it.next().getKey());
        }
        return out;
    }
}
