package org.factdiff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdiff.base.Version;
import org.factdiff.casefile.Case;
import org.factdiff.compare.Agreement;
import org.factdiff.compare.AlteredQuote;
import org.factdiff.compare.Comparison;
import org.factdiff.compare.Contradiction;
import org.factdiff.compare.SingleSource;
import org.factdiff.ingest.Article;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.review.Rating;
import org.factdiff.review.Review;
import org.factdiff.review.Reviews;
import org.factdiff.text.Excerpt;

/**
 * Writes findings.json, the contract of DESIGN.md: keys in a fixed order (the order of the
 * code below), lists sorted, numbers in a fixed format, two-space indent, {@code \n} line
 * ends, a final newline. Other tools and {@code git diff} rely on this file, so any change
 * here is a change of contract.
 */
public final class FindingsJson {
    public static final String SCHEMA = "factdiff/findings/v1";
    /** Decimal places of shares and similarities. */
    static final int SCALE = 4;

    private final JsonNodeFactory json = JsonNodeFactory.withExactBigDecimals(true);

    public byte[] write(Analysis analysis, Optional<ReportDate> date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(analysis, date, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The same bytes, written to a stream as they are made: each finding is a small tree of its
     * own, so a case of 10,000 articles (a file of hundreds of megabytes) never holds the whole
     * document in memory, as a tree or as bytes.
     */
    public void write(Analysis analysis, Optional<ReportDate> date, OutputStream out) throws IOException {
        ObjectMapper mapper = mapper();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(printer());
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            ObjectNode tool = json.objectNode();
            tool.put("name", Version.NAME);
            tool.put("version", Version.VERSION);
            tree(mapper, g, "tool", tool);
            tree(mapper, g, "case", caseNode(analysis.source(), date));
            tree(mapper, g, "articles", articles(analysis));
            g.writeFieldName("reuse");
            g.writeStartObject();
            Reviews reviews = analysis.reviews();
            array(mapper, g, "pairs", analysis.reuse().pairs(), p -> pair(p, reviews));
            array(mapper, g, "bounded", analysis.reuse().bounded(), b -> {
                ObjectNode n = json.objectNode();
                n.put("a", b.a());
                n.put("b", b.b());
                n.put("aligned_sentence_pairs", b.aligned());
                n.put("candidate_sentence_pairs", b.candidates());
                n.put("note", b.note());
                return n;
            });
            g.writeEndObject();
            Comparison c = analysis.comparison();
            array(mapper, g, "agreements", c.agreements(), x -> reviewed(agreement(x), reviews));
            array(mapper, g, "contradictions", c.contradictions(), x -> reviewed(contradiction(x), reviews));
            array(mapper, g, "single_source", c.singleSource(), x -> reviewed(singleSource(x), reviews));
            array(mapper, g, "single_source_folded", c.moreSingle(), x -> reviewed(singleSource(x), reviews));
            array(mapper, g, "altered_quotes", c.alteredQuotes(), x -> reviewed(alteredQuote(x), reviews));
            array(mapper, g, "orphaned_reviews", analysis.orphanedReviews(), r -> {
                ObjectNode n = json.objectNode();
                n.put("id", r.finding());
                n.setAll(review(r));
                return n;
            });
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void tree(ObjectMapper mapper, JsonGenerator g, String field, com.fasterxml.jackson.databind.JsonNode node)
            throws IOException {
        g.writeFieldName(field);
        mapper.writeTree(g, node);
    }

    private static <T> void array(ObjectMapper mapper, JsonGenerator g, String field, List<T> items,
                                  java.util.function.Function<T, ObjectNode> node) throws IOException {
        g.writeFieldName(field);
        g.writeStartArray();
        for (T item : items) {
            mapper.writeTree(g, node.apply(item));
        }
        g.writeEndArray();
    }

    private ObjectNode caseNode(Case c, Optional<ReportDate> date) {
        ObjectNode n = json.objectNode();
        n.put("id", c.id());
        n.put("title", c.title());
        n.put("incident_date", c.incidentDate().map(Object::toString).orElse(null));
        n.put("report_date", date.map(d -> d.date().toString()).orElse(null));
        n.put("language", c.language());
        return n;
    }

    private ArrayNode articles(Analysis analysis) {
        ArrayNode list = json.arrayNode();
        List<Article> sorted = analysis.articles().stream().sorted(Comparator.comparing(Article::id)).toList();
        for (Article a : sorted) {
            ObjectNode n = list.addObject();
            n.put("id", a.id());
            n.put("outlet", a.outlet().orElse("unknown"));
            n.put("published", a.published().map(Object::toString).orElse(null));
            n.put("file", a.ref().file());
            n.put("sha256", a.sha256());
            n.put("words", a.words());
            n.set("original_share", number(analysis.reuse().originalShare().getOrDefault(a.id(), 1.0)));
            n.put("title", a.title().orElse(null));
            n.put("author", a.author().orElse(null));
            n.put("url", a.url().orElse(null));
            ObjectNode from = n.putObject("metadata_from");
            from.put("title", a.metadata().title().provenance());
            from.put("author", a.metadata().author().provenance());
            from.put("outlet", a.metadata().outlet().provenance());
            from.put("published", a.metadata().published().provenance());
            from.put("url", a.metadata().url().provenance());
        }
        return list;
    }

    /** The finding with its review, when it has one (no field at all when it has none, to keep diffs short). */
    private ObjectNode reviewed(ObjectNode finding, Reviews reviews) {
        reviews.of(finding.path("id").asText()).ifPresent(r -> finding.set("review", review(r)));
        return finding;
    }

    private ObjectNode review(Review r) {
        ObjectNode n = json.objectNode();
        n.put("status", r.status().id());
        n.put("note", r.note().orElse(null));
        n.put("by", r.by().orElse(null));
        n.put("date", r.date().map(Object::toString).orElse(null));
        n.put("rating", r.rating().map(Rating::id).orElse(null));
        return n;
    }

    private ObjectNode pair(ReusePair p, Reviews reviews) {
        ObjectNode n = json.objectNode();
        n.put("id", p.id());
        n.put("a", p.a());
        n.put("b", p.b());
        n.set("coverage_a", number(p.coverageA()));
        n.set("coverage_b", number(p.coverageB()));
        n.put("direction", p.direction().id());
        n.put("direction_reason", p.reason());
        n.put("containment", p.containment().id());
        ArrayNode passages = n.putArray("passages");
        for (Passage s : p.passages()) {
            ObjectNode pn = passages.addObject();
            pn.put("id", s.id());
            pn.put("kind", s.kind().id());
            pn.set("similarity", number(s.similarity()));
            pn.put("a_start", s.a().start());
            pn.put("a_end", s.a().end());
            pn.put("a_text", s.a().text());
            pn.put("b_start", s.b().start());
            pn.put("b_end", s.b().end());
            pn.put("b_text", s.b().text());
            pn.put("shared_by", s.sharedBy());
            ArrayNode changes = pn.putArray("changes");
            for (Passage.Change c : s.changes()) {
                ObjectNode cn = changes.addObject();
                cn.put("op", c.op());
                cn.put("a_text", c.a().text());
                cn.put("b_text", c.b().text());
            }
            reviews.of(s.id()).ifPresent(r -> pn.set("review", review(r)));
        }
        return reviewed(n, reviews);
    }

    private ObjectNode agreement(Agreement a) {
        ObjectNode n = json.objectNode();
        n.put("id", a.id());
        n.put("statement", a.statement());
        ArrayNode facts = n.putArray("facts");
        a.facts().forEach(facts::add);
        n.put("independent_sources", a.independentSources());
        ArrayNode sources = n.putArray("sources");
        a.sources().forEach(e -> sources.add(excerpt(e)));
        return n;
    }

    private ObjectNode contradiction(Contradiction c) {
        ObjectNode n = json.objectNode();
        n.put("id", c.id());
        n.put("topic", c.topic());
        n.put("kind", c.kind().id());
        n.put("explanation", c.explanation());
        if (c.cause().isPresent()) {
            ObjectNode cause = n.putObject("cause");
            cause.put("kind", c.cause().get().kind().id());
            cause.put("explanation", c.cause().get().explanation());
        } else {
            n.putNull("cause");
        }
        ArrayNode values = n.putArray("values");
        for (Contradiction.Value v : c.values()) {
            ObjectNode vn = excerpt(v.evidence());
            vn.put("value", v.value());
            values.add(vn);
        }
        return n;
    }

    private ObjectNode singleSource(SingleSource s) {
        ObjectNode n = json.objectNode();
        n.put("id", s.id());
        n.setAll(excerpt(s.evidence()));
        // The score as a decimal string: its binary double would print differently across tools.
        n.put("score", String.format(Locale.ROOT, "%.1f", s.score()));
        ArrayNode reasons = n.putArray("reasons");
        s.reasons().forEach(reasons::add);
        return n;
    }

    private ObjectNode alteredQuote(AlteredQuote q) {
        ObjectNode n = json.objectNode();
        n.put("id", q.id());
        n.put("quote", q.quote());
        n.put("change", q.change());
        ArrayNode variants = n.putArray("variants");
        for (AlteredQuote.Variant v : q.variants()) {
            ObjectNode vn = excerpt(v.evidence());
            vn.put("speaker", v.speaker());
            vn.put("channel", v.channel());
            variants.add(vn);
        }
        return n;
    }

    private ObjectNode excerpt(Excerpt e) {
        ObjectNode n = json.objectNode();
        n.put("article", e.article());
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("text", e.text());
        return n;
    }

    /** A share or similarity, rounded half-even to {@link #SCALE} places, without trailing zeros. */
    private com.fasterxml.jackson.databind.JsonNode number(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            d = BigDecimal.ZERO;
        }
        return json.numberNode(d);
    }

    /** The layout of findings.json, which the exports made from it share: two-space indents, "key": value. */
    static DefaultPrettyPrinter printer() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indent);
        printer.indentArraysWith(indent);
        return printer;
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // The caller's stream stays open: the final newline comes after the document.
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return mapper;
    }

    /** The same bytes as text, for tests and golden files. */
    static String asText(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
