package org.factdiff.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A findings file as stable text without character offsets, for {@code git diff} through a
 * textconv filter: an edit that only moves excerpts leaves the text unchanged, and a change to a
 * finding shows under the finding's id. Blocks separated by a blank line: the file's header; the
 * articles by id, one line each; the reuse pairs by article, one line each (and its review);
 * then one block per finding by {@link Finding#ORDER}: its id and summary, then indented lines
 * for its fields, one per piece of evidence ({@code article: “excerpt”}), and its review.
 */
public final class FindingsText {
    private FindingsText() {
    }

    /**
     * The text of a findings.json tree, ending in one newline.
     *
     * @throws IllegalArgumentException when it is not a findings file {@link Findings#of} can read
     */
    public static String of(JsonNode root) {
        Findings f = Findings.of(root);
        // Articles and pairs are one line each and stand together; each finding is a block.
        List<String> blocks = new ArrayList<>();
        String schema = root.path("schema").asText("");
        blocks.add("findings " + schema + f.caseId().map(c -> ", case " + c).orElse("")
                + f.tool().map(t -> ", factdiff " + t).orElse("") + "\n");
        StringBuilder articles = new StringBuilder();
        for (ArticleVersion a : f.articles()) {
            articles.append("article " + a.id() + ": sha256 " + (a.sha256().isEmpty() ? "none" : a.sha256())
                    + (a.words().isPresent() ? ", " + a.words().getAsLong() + " words" : "")
                    + a.title().map(t -> ", “" + Excerpts.oneLine(t) + "”").orElse("") + "\n");
        }
        blocks.add(articles.toString());
        StringBuilder pairs = new StringBuilder();
        for (CoveragePair p : f.pairs()) {
            StringBuilder s = pairs.append("reuse " + p.articles() + p.id().map(x -> " " + x).orElse("")
                    + ": coverage " + percent(p.coverageA()) + " of " + p.a() + ", " + percent(p.coverageB()) + " of "
                    + p.b() + ", direction " + p.direction() + "\n");
            p.review().ifPresent(r -> s.append(review(r)));
        }
        blocks.add(pairs.toString());
        for (Finding x : f.findings()) {
            StringBuilder s = new StringBuilder(x.line() + "\n");
            // A field findings.json leaves null or empty shows as a line added when it gets a value.
            for (Attribute a : x.attributes().stream().filter(FindingsText::given).toList()) {
                s.append("  ").append(a.name()).append(": ").append(a.shown()).append("\n");
            }
            for (Evidence e : x.evidence()) {
                s.append("  ").append(e.article()).append(": “").append(Excerpts.oneLine(e.text())).append("”");
                List<String> extras = e.extras().stream().filter(FindingsText::given)
                        .map(a -> a.name() + ": " + a.shown()).toList();
                if (!extras.isEmpty()) {
                    s.append(" (").append(String.join("; ", extras)).append(")");
                }
                s.append("\n");
            }
            x.review().ifPresent(r -> s.append(review(r)));
            blocks.add(s.toString());
        }
        return String.join("\n", blocks.stream().filter(b -> !b.isEmpty()).toList());
    }

    private static boolean given(Attribute a) {
        return a.value().filter(v -> !v.isBlank()).isPresent();
    }

    private static String review(Review r) {
        StringBuilder s = new StringBuilder("  review: " + r.shownStatus());
        r.by().ifPresent(x -> s.append(", by ").append(x));
        r.date().ifPresent(x -> s.append(", ").append(x));
        r.rating().ifPresent(x -> s.append(", rating ").append(x));
        r.note().ifPresent(x -> s.append(": ").append(x));
        return s.append("\n").toString();
    }

    /** Exactly as findings.json writes it (four decimals of a share are two of a percentage). */
    private static String percent(BigDecimal share) {
        BigDecimal p = share.movePointRight(2);
        return p.setScale(Math.max(2, p.scale()), RoundingMode.UNNECESSARY).toPlainString() + "%";
    }
}
