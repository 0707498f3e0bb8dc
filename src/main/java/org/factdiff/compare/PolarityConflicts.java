package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * One article denies an act another reports, in other words: "police have not charged the
 * driver" against "the driver was charged with reckless driving". The denied verb must be the
 * reported one ("charged" / "charged"), the two sentences must share what it was done to (a
 * content word besides the verb), and both must speak of the incident.
 */
final class PolarityConflicts implements ContradictionRule {
    /** A denial of an act: "not charged", "has not yet been charged", "were never evacuated". */
    private static final Pattern DENIED = Pattern.compile(
            "(?i)\\b(?:not|n't|never|no longer)\\s+(?:(?:yet|been|be|formally|officially|publicly|already)\\s+){0,3}"
                    + "(\\p{Ll}{3,}ed)\\b");
    /** Words between a denial and its verb that make it deny something else: "did not say if ... charged". */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "reported", "confirmed", "stated", "disclosed",
            "revealed", "indicated", "specified", "identified", "released", "named", "explained", "commented");

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Claim> claims = in.claims();
        List<Contradiction> out = new ArrayList<>();
        // Only sentences that hold the denied verb as a word can report the act: an index of
        // the words each sentence holds keeps this near-linear in the claims, never all pairs.
        Map<String, List<Claim>> byWord = null;
        Map<Claim, String> spaced = new java.util.IdentityHashMap<>();
        for (Claim denial : claims) {
            Optional<String> verb = deniedVerb(denial);
            if (verb.isEmpty() || denial.otherOccasion()) {
                continue;
            }
            if (byWord == null) {
                byWord = wordIndex(claims);
            }
            // The verb's pattern once per denial, and each report's words once per case: a verb
            // held by thousands of sentences is then a scan, not thousands of regex compilations.
            Pattern act = actPattern(verb.get());
            for (Claim report : byWord.getOrDefault(verb.get(), List.of())) {
                if (report.article().equals(denial.article()) || report.negated() || report.otherOccasion()
                        || !reports(report, act) || !sameObject(denial, spaced.computeIfAbsent(report, PolarityConflicts::spaced))) {
                    continue;
                }
                out.add(contradiction(denial, report, verb.get()));
            }
        }
        return out;
    }

    /** Each lower-case word to the claims whose sentence holds it, in claim order. */
    private static Map<String, List<Claim>> wordIndex(List<Claim> claims) {
        Map<String, List<Claim>> index = new HashMap<>();
        for (Claim c : claims) {
            java.util.Set<String> words = new java.util.HashSet<>();
            for (String w : c.evidence().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
                if (!w.isEmpty() && words.add(w)) {
                    index.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
                }
            }
        }
        return index;
    }

    /** The verb a sentence denies, in lower case, if it denies one act. */
    static Optional<String> deniedVerb(Claim c) {
        Matcher m = DENIED.matcher(c.evidence().text());
        if (!m.find()) {
            return Optional.empty();
        }
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        return REPORTING_VERBS.contains(verb) ? Optional.empty() : Optional.of(verb);
    }

    /** True when the sentence states the act without denying it. */
    static boolean reports(Claim c, String verb) {
        return reports(c, actPattern(verb));
    }

    private static Pattern actPattern(String verb) {
        return Pattern.compile("(?i)\\b" + Pattern.quote(verb) + "\\b");
    }

    private static boolean reports(Claim c, Pattern act) {
        return act.matcher(c.evidence().text()).find() && deniedVerb(c).isEmpty();
    }

    /** The sentence in lower case with every run of other characters than letters and digits one space, between spaces. */
    private static String spaced(Claim c) {
        return " " + c.evidence().text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    }

    /**
     * True when the report names what the denial says the act was not done to: a content word
     * after the denied verb ("not charged the driver") that the report holds too.
     *
     * @param reported the report as {@link #spaced(Claim)} gives it
     */
    private static boolean sameObject(Claim denial, String reported) {
        Matcher m = DENIED.matcher(denial.evidence().text());
        if (!m.find()) {
            return false;
        }
        String after = denial.evidence().text().substring(m.end()).toLowerCase(Locale.ROOT);
        for (String w : after.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && denial.content().stream().anyMatch(c -> c.equals(w) || w.startsWith(c))
                    && !Cues.REPORTING.contains(w) && !Cues.MONTHS.contains(w) && !Cues.WEEKDAYS.contains(w)
                    && reported.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    private static Contradiction contradiction(Claim denial, Claim report, String verb) {
        List<Contradiction.Value> values = new ArrayList<>(List.of(
                new Contradiction.Value(denial.evidence(), "not " + verb),
                new Contradiction.Value(report.evidence(), verb)));
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        String explanation = denial.article() + " says it was not " + verb + "; " + report.article()
                + " says it was. Check when each was written: one may be older news.";
        List<String> parts = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return new Contradiction(Ids.of("x", parts), "whether " + subject(denial, report) + " was " + verb,
                ContradictionKind.NEGATION, explanation, values);
    }

    /** What the act was done to, for the topic: the first shared content word, in the denial's order. */
    private static String subject(Claim denial, Claim report) {
        Set<String> shared = new HashSet<>(denial.content());
        shared.retainAll(report.content());
        return shared.stream().sorted().filter(w -> !Cues.REPORTING.contains(w)).findFirst().map(w -> "the " + w)
                .orElse("it");
    }
}
