package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.base.WordLists;
import org.factdiff.base.Words;

/**
 * How much a claim is worth checking, from general signs only: a figure, a named source, a
 * cause or an accusation count for it; a caption, a headline, boilerplate, a feeling or a
 * condolence, an unnamed witness count against it. Each sign that counts is named, so the
 * report can say why a claim ranks where it does.
 */
final class CheckWorthiness {
    /** A claim is shown only at this score or above. */
    static final double FLOOR = 0;
    /** The first sentence of an article (its lede) restates the incident itself. */
    static final int LEDE_SENTENCES = 1;
    /** Sentences between these lengths, in words, state one checkable fact. */
    static final int SHORT_WORDS = 8;
    static final int LONG_WORDS = 45;
    static final int FULL_WORDS = 12;
    /** At most this many named actors add to the score. */
    static final int MAX_ACTORS = 2;

    private static final List<String> CAUSAL = WordLists.lines(CheckWorthiness.class, "causal-cues.txt");
    private static final Set<String> OPINION = WordLists.set(CheckWorthiness.class, "opinion-cues.txt");
    private static final List<String> BOILERPLATE = WordLists.lines(CheckWorthiness.class, "boilerplate-cues.txt");
    private static final Set<String> WITNESSES = WordLists.set(CheckWorthiness.class, "witness-nouns.txt");
    private static final Pattern CAPTION = Pattern.compile("(?i)^\\W*(?:(?:this|a|the|an)\\s+)?(?:\\w+\\s+){0,2}?"
            + "(?:photo|photograph|image|picture|video|screenshot|screen grab)\\b.{0,120}?\\b(?:shows?|taken|released"
            + "|provided|courtesy)\\b|\\u00A9|\\((?:AP|Reuters|AFP) Photo");
    /** First-person plural outside quotations ("we", "our"; not the country "US"): the publisher speaking, not the report. */
    private static final Pattern WE = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"\\u201C][^\"\\u201D]*[\"\\u201D]?");

    private CheckWorthiness() {
    }

    /** The score of a claim and the signs that made it, those for it first. */
    record Score(double value, List<String> reasons) {
        Score {
            reasons = List.copyOf(reasons);
        }
    }

    static Score of(Claim c) {
        String text = c.evidence().text();
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = Words.list(lower);
        String unquoted = QUOTED.matcher(text).replaceAll(" ");
        double score = 0;
        List<String> reasons = new ArrayList<>();
        if (!c.quantities().isEmpty()) {
            score += 3;
            reasons.add("a figure");
        }
        if (!c.times().isEmpty()) {
            score += 1;
            reasons.add("a time or date");
        }
        if (named(c.source())) {
            score += 2;
            reasons.add("a named source");
        }
        if (c.quotes().stream().anyMatch(q -> q.named() && Words.count(q.evidence().text()) >= 5)) {
            score += 1;
            reasons.add("a quotation");
        }
        if (words.stream().anyMatch(w -> CAUSAL.stream().anyMatch(w::startsWith))) {
            score += 1.5;
            reasons.add("a cause or an accusation");
        }
        if (c.roles().stream().anyMatch(r -> r.patient().isPresent())) {
            score += 1;
            reasons.add("an act done to someone");
        }
        long actors = c.actors().stream().filter(a -> !a.startsWith("\u00A7")).count();
        score += 0.5 * Math.min(MAX_ACTORS, actors);
        int n = words.size();
        if (n >= FULL_WORDS && n <= LONG_WORDS) {
            score += 0.5;
        } else if (n < SHORT_WORDS) {
            score -= 1;
        }
        if (c.sentence() < LEDE_SENTENCES) {
            score -= 1.5;
        }
        if (!c.hedge().isEmpty()) {
            score -= 0.5;
        }
        if (witness(c.source())) {
            score -= 1;
            reasons.add("an unnamed witness");
        }
        boolean quoteOnly = text.strip().startsWith("\"") || text.strip().startsWith("\u201C");
        if (quoteOnly && c.quantities().isEmpty()) {
            score -= 1;
        }
        if (words.stream().anyMatch(OPINION::contains) || text.strip().endsWith("?")) {
            score -= 2;
            reasons.add("a feeling, a hope or advice");
        }
        if (c.furniture()) {
            score -= 3;
            reasons.add("a headline");
        }
        if (BOILERPLATE.stream().anyMatch(lower::contains) || WE.matcher(unquoted).find()) {
            score -= 3;
            reasons.add("boilerplate");
        }
        if (CAPTION.matcher(text).find()) {
            score -= 6;
            reasons.add("a caption");
        }
        return new Score(score, reasons);
    }

    /** True when a source names someone: a capitalised word or an acronym beyond the first word. */
    private static boolean named(String source) {
        if (source.isBlank()) {
            return false;
        }
        Matcher m = Words.WORD.matcher(source);
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.codePointAt(0)) && !Set.of("The", "A", "An", "He", "She", "They", "It", "We", "I")
                    .contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the source is an unnamed witness: "a resident", "passengers". */
    private static boolean witness(String source) {
        return !source.isBlank() && !named(source)
                && Words.list(source.toLowerCase(Locale.ROOT)).stream().anyMatch(WITNESSES::contains);
    }
}
