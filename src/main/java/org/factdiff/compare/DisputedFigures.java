package org.factdiff.compare;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;

/**
 * Two figures a sentence itself gives as two parties' claims: "a crowd estimated by police at
 * around 3,500 - the union said over 8,000 - marched", "organisers said 10,000 attended, while
 * police put the figure at 4,000". The case then tells that the second figure is one party's
 * claim set against the count: an article giving it ("more than 8,000, according to the union")
 * contradicts no article giving another's.
 */
final class DisputedFigures {
    private DisputedFigures() {
    }

    /**
     * A second party's figure set off by a dash, a semicolon, a bracket or "while": "- the union
     * said over 8,000", ", while police put the figure at 4,000". Group 1 is the figure.
     */
    private static final Pattern ASIDE = Pattern.compile("(?i)(?:[\u2014\u2013;(]|\\s-{1,2}\\s|,\\s+(?:while|whereas|but))\\s*"
            + "(?:while\\s+|whereas\\s+|but\\s+)?(?:the\\s+|its\\s+)?\\p{L}+(?:\\s+\\p{L}+)?\\s+"
            + "(?:said|says|put\\s+(?:it|the\\s+\\p{L}+)\\s+at|estimated(?:\\s+(?:it|the\\s+\\p{L}+)\\s+at)?|claimed|counted|reported)\\s+"
            + "(?:(?:about|around|over|more\\s+than|nearly|almost|some|up\\s+to|at\\s+least|as\\s+many\\s+as|roughly)\\s+)?"
            + "(\\d[\\d,]*(?:\\.\\d+)?)\\b");

    /** The numbers a case gives as a second party's, beside another figure of the same sentence. */
    static Set<Double> of(List<Claim> claims) {
        Set<Double> out = new TreeSet<>();
        for (Claim c : claims) {
            Matcher m = ASIDE.matcher(c.evidence().text());
            while (m.find()) {
                double aside = Double.parseDouble(m.group(1).replace(",", ""));
                int asideAt = c.evidence().start() + m.start(1);
                for (Quantity q : c.quantities()) {
                    if (q.evidence().start() < asideAt && q.evidence().end() <= c.evidence().start() + m.start() && q.value() != aside) {
                        out.add(aside);
                    }
                }
            }
        }
        return out;
    }

    /** True when either figure is one the case gives as a second party's claim. */
    static boolean between(Set<Double> disputed, Quantity x, Quantity y) {
        return !disputed.isEmpty() && !x.clock() && !y.clock() && (disputed.contains(x.value()) || disputed.contains(y.value()));
    }
}
