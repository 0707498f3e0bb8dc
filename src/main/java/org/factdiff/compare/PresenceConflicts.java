package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * One person placed and not placed somewhere: "the captain of the trawler was on the bridge when
 * it ran aground" against "the inquiry heard that the captain was not on the bridge". The subject
 * is the noun before "was" (before its "of" phrase: "the captain of the trawler" is the
 * captain), the place the noun after the preposition; both must be the same, one sentence must
 * deny what the other states, and the articles must be about one incident. A hedged sentence
 * ("may not have been") is left alone.
 */
final class PresenceConflicts implements ContradictionRule {
    /** "was on the bridge", "were not aboard the ferry", "was never in the building". */
    private static final Pattern PLACED = Pattern.compile(
            "\\b(was|were)\\s+(not\\s+|never\\s+)?(on|in|at|aboard|inside|behind)\\s+(?:the\\s+|a\\s+|an\\s+)?(\\p{Ll}[\\p{L}-]+)?\\b");
    /** Words the subject phrase is cut at, the head being the noun before: "the captain of the trawler". */
    private static final Set<String> CUTS = Set.of("of", "aboard", "on", "in", "at", "from", "who", "which", "that");
    /** Words before "was" that end the subject's phrase: "heard that the captain", "said the driver". */
    private static final Set<String> OPENERS = Set.of("that", "said", "says", "heard", "told", "found", "when", "after",
            "and", "but", "as", "because", "while", "whether");
    /** Words of the sentence before "was" read for its subject. */
    static final int SUBJECT_WORDS = 8;

    /** One sentence's placing of a subject: the subject's head, the place, and whether it is denied. */
    private record Placed(Claim claim, String subject, String place, boolean denied, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Placed>> byKey = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || !c.hedge().isEmpty()) {
                continue;
            }
            String text = c.evidence().text();
            Matcher m = PLACED.matcher(text);
            while (m.find()) {
                String subject = subject(text.substring(0, m.start()));
                if (!subject.isEmpty()) {
                    // "was aboard when it sank" and "was never aboard the boat": aboard is a place of its own.
                    String place = m.group(3).equals("aboard") ? "aboard"
                            : m.group(4) == null ? "" : m.group(3) + " " + m.group(4).toLowerCase(Locale.ROOT);
                    if (place.isEmpty()) {
                        continue;
                    }
                    byKey.computeIfAbsent(subject + "|" + place, k -> new ArrayList<>())
                            .add(new Placed(c, subject, place, m.group(2) != null, m.group().strip()));
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byKey.forEach((key, all) -> {
            for (Placed a : all) {
                for (Placed b : all) {
                    if (a.denied() || !b.denied() || a.claim().article().equals(b.claim().article())
                            || !in.sameIncident(a.claim().article(), b.claim().article())
                            || denies(all, a.claim().article()) || states(all, b.claim().article())) {
                        continue;
                    }
                    out.add(TwoSides.of("whether the " + a.subject() + " was " + a.place(), ContradictionKind.NEGATION,
                            new Contradiction.Value(a.claim().evidence(), a.written()),
                            new Contradiction.Value(b.claim().evidence(), b.written()),
                            "One article places the " + a.subject() + " " + a.place() + ", another says not: ", " vs ",
                            ". Check with the inquiry or the first-hand source."));
                    return; // one finding per subject and place
                }
            }
        });
        return out;
    }

    /** True when the article denies the placing in some sentence. */
    private static boolean denies(List<Placed> all, String article) {
        return all.stream().anyMatch(p -> p.denied() && p.claim().article().equals(article));
    }

    /** True when the article states the placing in some sentence. */
    private static boolean states(List<Placed> all, String article) {
        return all.stream().anyMatch(p -> !p.denied() && p.claim().article().equals(article));
    }

    /** The head noun of the subject before "was", lower case, or "" when it is no plain noun phrase. */
    static String subject(String lead) {
        // The clause the verb is in: "... at first; later the skipper was".
        String clause = lead.substring(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
        String[] words = clause.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+");
        int from = Math.max(0, words.length - SUBJECT_WORDS);
        for (int k = words.length - 1; k >= from; k--) {
            if (OPENERS.contains(words[k])) {
                from = k + 1;
                break;
            }
        }
        while (from < words.length && !words[from].equals("the") && words.length - from > 1) {
            from++; // "later the skipper"
        }
        if (from >= words.length || !words[from].equals("the")) {
            return ""; // "the captain", not "he", "a man" or a name, which another sentence may mean otherwise
        }
        String head = "";
        for (int k = from + 1; k < words.length; k++) {
            if (CUTS.contains(words[k])) {
                break;
            }
            head = words[k];
        }
        return head.length() < 3 || org.factdiff.text.StopWords.contains(head) ? "" : head;
    }
}
