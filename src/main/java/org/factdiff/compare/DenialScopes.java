package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.text.Lexicon;
import org.factdiff.base.Words;

/**
 * Two sentences of one statement that deny the same act of different things: "not sold in
 * shops, and shipped to hospitals" against "not sold in shops and hospitals". A word both
 * sentences give after the denied verb that one lists among the denied things ("and hospitals")
 * and the other puts after the denial, in a clause of its own, is said of opposite things. The denial ends at "but", "instead", a
 * semicolon, or an "and" that begins a clause of its own ("and is shipped"); a comma does not
 * end it ("made at Broken Arrow, Okla., facility").
 */
final class DenialScopes implements ContradictionRule {
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:not|never|n't)\\s+(?:(?:being|been|be|yet|"
            + "currently|normally)\\s+)*([\\p{L}]+)");
    private static final Pattern END = Pattern.compile("(?i);|\\bbut\\b|\\binstead\\b"
            + "|\\band\\s+(?:is|are|was|were|has|have|had|will|can|could|would|it|they)\\b");
    /** Words too common to say what is denied. */
    private static final Set<String> COMMON = Set.of("the", "and", "for", "with", "from", "into", "such", "than",
            "this", "these", "those", "their", "there", "other", "some", "also", "only", "more", "most", "less", "said");
    /** A word joined to the denied ones by "and", "or", "nor": "in shops and hospitals". */
    private static final Pattern LISTED = Pattern.compile("(?i)\\b(?:and|or|nor)\\s+(?:the\\s+|a\\s+|an\\s+)?([\\p{L}-]+)");
    /** A word must be this long to count. */
    static final int MIN_LETTERS = 4;

    /** A denial in a sentence: the denied verb, the words it covers, the words after it. */
    record Denial(String verb, int start, int end, Set<String> inside, Set<String> after, Set<String> listed) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // One finding per denied verb and word, with every article's side.
        Map<String, Map<String, Contradiction.Value>> sides = new TreeMap<>();
        for (Claim[] pair : in.statementPairs()) {
            shifted(pair[0], pair[1], sides);
        }
        List<Contradiction> out = new ArrayList<>();
        sides.forEach((key, byArticle) -> {
            List<Contradiction.Value> values = new ArrayList<>(byArticle.values());
            values.sort(Comparator.comparing(Contradiction.Value::evidence));
            String verb = key.substring(0, key.indexOf('|'));
            String explanation = "Both deny that it was " + verb + ", but not of the same things: " + values.stream()
                    .map(v -> v.evidence().article() + ": " + v.value()).collect(Collectors.joining("; "))
                    + ". Check what the source denies.";
            out.add(new Contradiction(Ids.contradiction("negation-scope", values), "what is not " + verb,
                    ContradictionKind.NEGATION, explanation, values));
        });
        return out;
    }

    private static void shifted(Claim a, Claim b, Map<String, Map<String, Contradiction.Value>> sides) {
        Optional<Denial> da = denial(a.evidence().text());
        Optional<Denial> db = denial(b.evidence().text());
        if (da.isEmpty() || db.isEmpty() || !da.get().verb().equals(db.get().verb())) {
            return;
        }
        Set<String> both = new TreeSet<>(da.get().after());
        both.retainAll(db.get().after());
        for (String w : both) {
            boolean inA = da.get().inside().contains(w);
            boolean inB = db.get().inside().contains(w);
            // The denied side lists the word with what it denies ("in shops and hospitals"): a
            // place or time that only qualifies the denial ("in four counties") shifts nothing.
            boolean listed = inA ? da.get().listed().contains(w) : db.get().listed().contains(w);
            if (inA != inB && listed) {
                Map<String, Contradiction.Value> side = sides.computeIfAbsent(da.get().verb() + "|" + w, k -> new TreeMap<>());
                side.putIfAbsent(a.article(), new Contradiction.Value(a.evidence(), side(a, da.get(), w, inA)));
                side.putIfAbsent(b.article(), new Contradiction.Value(b.evidence(), side(b, db.get(), w, inB)));
                return;
            }
        }
    }

    private static String side(Claim c, Denial d, String word, boolean inside) {
        String denied = c.evidence().text().substring(d.start(), d.end()).strip();
        return inside ? "denied of " + word + " (\u201C" + denied + "\u201D)" : word + " outside the denial (\u201C" + denied
                + "\u201D)";
    }

    /** The sentence's first denial of a verb, with the words inside it and all words after it. */
    static Optional<Denial> denial(String sentence) {
        Matcher m = DENIAL.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String verb = Lexicon.fold(m.group(1));
        int from = m.start();
        Matcher e = END.matcher(sentence).region(m.end(), sentence.length());
        int end = e.find() ? e.start() : sentence.length();
        String scope = sentence.substring(m.end(), end);
        Set<String> listed = new TreeSet<>();
        Matcher and = LISTED.matcher(scope);
        while (and.find()) {
            listed.addAll(words(and.group(1)));
        }
        return Optional.of(new Denial(verb, from, end, words(scope), words(sentence.substring(m.end())), listed));
    }

    private static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        for (String w : Words.list(text.toLowerCase(Locale.ROOT))) {
            String f = Lexicon.fold(w);
            if (f.length() >= MIN_LETTERS && !COMMON.contains(f)) {
                out.add(f.endsWith("s") ? f.substring(0, f.length() - 1) : f);
            }
        }
        return out;
    }
}
