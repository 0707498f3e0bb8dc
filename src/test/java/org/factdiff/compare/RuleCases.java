package org.factdiff.compare;

import java.util.List;
import org.factdiff.Articles;

/** Runs the claim stages over two short articles and names what they report, for the rule tests. */
final class RuleCases {
    private RuleCases() {
    }

    /** The kinds of contradiction found ("number", "negation"...) and "quote" per altered quote, space-separated. */
    static String found(String a, String b) throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b)));
        StringBuilder s = new StringBuilder();
        c.contradictions().forEach(x -> s.append(x.kind().id()).append(' '));
        c.alteredQuotes().forEach(x -> s.append("quote "));
        return s.toString().strip();
    }

    /** The topics of the contradictions found that start with {@code prefix}, joined by "; ". */
    static String topics(String a, String b, String prefix) throws Exception {
        return String.join("; ", ClaimsPipeline.compare(List.of(Articles.of("a", a), Articles.of("b", b)))
                .contradictions().stream().map(Contradiction::topic).filter(t -> t.startsWith(prefix)).toList());
    }
}
