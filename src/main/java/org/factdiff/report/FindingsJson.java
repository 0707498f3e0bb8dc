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
        ObjectNode root = json.objectNode();
        root.put("schema", SCHEMA);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", Version.NAME);
        tool.put("version", Version.VERSION);
        root.set("case", caseNode(analysis.source(), date));
        root.set("articles", articles(analysis));
        ObjectNode reuse = root.putObject("reuse");
        reuse.set("pairs", pairs(analysis.reuse().pairs()));
        ArrayNode bounded = reuse.putArray("bounded");
        for (var b : analysis.reuse().bounded()) {
            ObjectNode n = bounded.addObject();
            n.put("a", b.a());
            n.put("b", b.b());
            n.put("aligned_sentence_pairs", b.aligned());
            n.put("candidate_sentence_pairs", b.candidates());
            n.put("note", b.note());
        }
        Comparison c = analysis.comparison();
        root.set("agreements", agreements(c.agreements()));
        root.set("contradictions", contradictions(c.contradictions()));
        root.set("single_source", singleSource(c.singleSource()));
        root.set("single_source_folded", singleSource(c.moreSingle()));
        root.set("altered_quotes", alteredQuotes(c.alteredQuotes()));
        return serialize(root);
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

    private ArrayNode pairs(List<ReusePair> pairs) {
        ArrayNode list = json.arrayNode();
        for (ReusePair p : pairs) {
            ObjectNode n = list.addObject();
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
            }
        }
        return list;
    }

    private ArrayNode agreements(List<Agreement> agreements) {
        ArrayNode list = json.arrayNode();
        for (Agreement a : agreements) {
            ObjectNode n = list.addObject();
            n.put("id", a.id());
            n.put("statement", a.statement());
            ArrayNode facts = n.putArray("facts");
            a.facts().forEach(facts::add);
            n.put("independent_sources", a.independentSources());
            ArrayNode sources = n.putArray("sources");
            a.sources().forEach(e -> sources.add(excerpt(e)));
        }
        return list;
    }

    private ArrayNode contradictions(List<Contradiction> contradictions) {
        ArrayNode list = json.arrayNode();
        for (Contradiction c : contradictions) {
            ObjectNode n = list.addObject();
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
        }
        return list;
    }

    private ArrayNode singleSource(List<SingleSource> claims) {
        ArrayNode list = json.arrayNode();
        for (SingleSource s : claims) {
            ObjectNode n = list.addObject();
            n.put("id", s.id());
            n.setAll(excerpt(s.evidence()));
            // The score as a decimal string: its binary double would print differently across tools.
            n.put("score", String.format(Locale.ROOT, "%.1f", s.score()));
            ArrayNode reasons = n.putArray("reasons");
            s.reasons().forEach(reasons::add);
        }
        return list;
    }

    private ArrayNode alteredQuotes(List<AlteredQuote> quotes) {
        ArrayNode list = json.arrayNode();
        for (AlteredQuote q : quotes) {
            ObjectNode n = list.addObject();
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
        }
        return list;
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

    private static byte[] serialize(ObjectNode root) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indent);
        printer.indentArraysWith(indent);
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mapper.writer(printer).writeValue(out, root);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same bytes as text, for tests and golden files. */
    static String asText(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
