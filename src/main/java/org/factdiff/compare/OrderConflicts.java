package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.text.Lexicon;

/**
 * Two sentences of one statement that put the same thing on opposite sides in order: "the
 * letters found before the code date" against "the letters following the code date", "the day
 * before the vote" against "the day after the vote". The sentences must be aligned as one
 * statement (by words or by meaning) and the anchor after the two relations must share a word.
 * The rest of the statement may still agree: the letters are the same, their place is not.
 */
final class OrderConflicts implements ContradictionRule {
    private static final Pattern RELATION = Pattern.compile("(?i)\\b(before|prior to|ahead of|preceding|after|following"
            + "|behind|later than)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|this\\s+)?[\"\\u201C\\u2018']?"
            + "([\\p{L}-]+)(?:[\"\\u201D\\u2019']?\\s+([\\p{L}-]+))?");
    private static final Set<String> BEFORE = Set.of("before", "prior to", "ahead of", "preceding");
    /** Words after a relation that anchor nothing: "after all", "before long", "following this". */
    private static final Set<String> NO_ANCHOR = Set.of("all", "long", "that", "this", "it", "them", "him", "her",
            "being", "having", "which", "what", "when", "the", "a", "an", "and", "or", "of", "is", "are", "was", "were",
            "has", "have", "had", "will", "would", "can", "could", "printed", "made");

    /** One relation in a sentence: its side (before or after) and the anchor's words. */
    record Relation(boolean before, String words, Set<String> anchor) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Contradiction> out = new ArrayList<>();
        for (Claim[] pair : in.statementPairs()) {
            Claim a = pair[0];
            Claim b = pair[1];
            opposite(a, b).ifPresent(r -> out.add(TwoSides.of("order relative to \u201C" + r[0].words() + "\u201D",
                    ContradictionKind.NEGATION, new Contradiction.Value(a.evidence(), r[0].words()),
                    new Contradiction.Value(b.evidence(), r[1].words()),
                    "One article puts it on one side, the other on the other: ", " vs ",
                    ". Check which order the source gives.")));
        }
        return out;
    }

    /** The first pair of opposite relations on a shared anchor, as {a's, b's}. */
    static Optional<Relation[]> opposite(Claim a, Claim b) {
        for (Relation x : relations(a.evidence().text())) {
            for (Relation y : relations(b.evidence().text())) {
                Set<String> shared = new HashSet<>(x.anchor());
                shared.retainAll(y.anchor());
                if (x.before() != y.before() && !shared.isEmpty()) {
                    return Optional.of(new Relation[] {x, y});
                }
            }
        }
        return Optional.empty();
    }

    static List<Relation> relations(String sentence) {
        List<Relation> out = new ArrayList<>();
        Matcher m = RELATION.matcher(sentence);
        while (m.find()) {
            String relation = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Set<String> anchor = new HashSet<>();
            int end = -1;
            for (int k = 2; k <= 3; k++) {
                String w = m.group(k) == null ? "" : Lexicon.fold(m.group(k));
                if (w.length() < 3 || NO_ANCHOR.contains(w)) {
                    break;
                }
                anchor.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
                end = m.end(k);
            }
            if (!anchor.isEmpty()) {
                String words = sentence.substring(m.start(), end).replaceAll("[\"\u201C\u201D\u2018\u2019]", "");
                out.add(new Relation(BEFORE.contains(relation), words.replaceAll("\\s+", " "), anchor));
            }
        }
        out.sort(Comparator.comparing(Relation::words));
        return out;
    }
}
