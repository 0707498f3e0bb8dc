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

    /** Words before a relation that say nothing of what is put in order: "was said after", "to be held before". */
    private static final Set<String> NO_THEME = Set.of("the", "a", "an", "and", "or", "of", "is", "are", "was", "were",
            "has", "have", "had", "been", "be", "for", "to", "in", "on", "at", "by", "with", "it", "its", "that", "this",
            "said", "says", "told", "just", "shortly", "soon", "long", "well", "only", "even", "hours", "days", "weeks",
            "minutes", "months", "years", "moments");
    /** How many words before a relation name what it puts in order. */
    private static final int THEME_WORDS = 3;

    /**
     * One relation in a sentence: its side (before or after), the anchor's words, and the words
     * just before it, which say what is put in order ("show the green card before the ballot").
     */
    record Relation(boolean before, String words, Set<String> anchor, Set<String> theme) {
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
                Set<String> sameTheme = new HashSet<>(x.theme());
                sameTheme.retainAll(y.theme());
                // "a spokesman said after the robbery" puts the saying in order, "the gang watched the
                // shop for weeks before the raid" the watching: two things, each on its side. Letters
                // in quotes ("T" following the code date) name none, and are not told apart.
                boolean otherThemes = !x.theme().isEmpty() && !y.theme().isEmpty() && sameTheme.isEmpty();
                if (x.before() != y.before() && !shared.isEmpty() && !otherThemes) {
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
                out.add(new Relation(BEFORE.contains(relation), words.replaceAll("\\s+", " "), anchor,
                        theme(sentence.substring(0, m.start()))));
            }
        }
        out.sort(Comparator.comparing(Relation::words));
        return out;
    }

    /** The folded words of the last {@link #THEME_WORDS} words before a relation, less names and words that name nothing. */
    private static Set<String> theme(String before) {
        String[] words = before.strip().split("[^\\p{L}\\p{N}'\u2019-]+");
        Set<String> out = new HashSet<>();
        for (int k = Math.max(0, words.length - THEME_WORDS); k < words.length; k++) {
            String w = Lexicon.fold(words[k]);
            // Names are what both sentences are about, not what either puts in order.
            boolean name = !words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0));
            if (w.length() >= 3 && !NO_THEME.contains(w) && !name) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }
}
