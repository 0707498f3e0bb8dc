package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
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
        // Denials by verb, each with the words after its verb that name what the act was done to.
        Map<String, List<Integer>> deniersOf = new TreeMap<>();
        Map<Integer, List<String>> objects = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim denial = claims.get(i);
            Optional<String> verb = deniedVerb(denial);
            if (verb.isPresent() && !denial.otherOccasion()) {
                deniersOf.computeIfAbsent(verb.get(), k -> new ArrayList<>()).add(i);
                objects.put(i, objectWords(denial));
            }
        }
        if (deniersOf.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new HashSet<>(deniersOf.keySet());
        objects.values().forEach(wanted::addAll);
        Map<String, int[]> holding = holding(claims, wanted);
        List<Contradiction> out = new ArrayList<>();
        deniersOf.forEach((verb, deniers) -> out.addAll(conflictsOver(verb, deniers, claims, objects, holding)));
        return out;
    }

    /**
     * The conflicts over one denied verb. A denial and a report of another article conflict when
     * the report holds the verb and a word naming what the denial says it was not done to. Every
     * denial and report meeting under one such word is one dispute over one act, so they are
     * joined and reported as one finding: a case of thousands of articles gives one finding per
     * disputed act, never one per pair of sentences.
     */
    private static List<Contradiction> conflictsOver(String verb, List<Integer> deniers, List<Claim> claims,
                                                     Map<Integer, List<String>> objects, Map<String, int[]> holding) {
        int[] stating = java.util.Arrays.stream(holding.getOrDefault(verb, new int[0]))
                .filter(i -> reports(claims.get(i))).toArray();
        // Deniers by object word, in claim order.
        Map<String, List<Integer>> byObject = new TreeMap<>();
        for (int d : deniers) {
            for (String w : objects.get(d)) {
                byObject.computeIfAbsent(w, k -> new ArrayList<>()).add(d);
            }
        }
        Map<Integer, Integer> parent = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : byObject.entrySet()) {
            List<Integer> denying = e.getValue();
            int[] reporting = intersect(stating, holding.getOrDefault(e.getKey(), new int[0]));
            // One side is linked when the other holds a sentence of another article.
            Set<String> denyingArticles = new HashSet<>();
            denying.forEach(d -> denyingArticles.add(claims.get(d).article()));
            Set<String> reportingArticles = new HashSet<>();
            for (int r : reporting) {
                reportingArticles.add(claims.get(r).article());
            }
            Integer first = null;
            for (int d : denying) {
                if (!Set.of(claims.get(d).article()).containsAll(reportingArticles)) {
                    first = join(parent, first, d);
                }
            }
            for (int r : reporting) {
                if (!Set.of(claims.get(r).article()).containsAll(denyingArticles)) {
                    first = join(parent, first, r);
                }
            }
        }
        Map<Integer, List<Integer>> disputes = new TreeMap<>();
        for (int i : parent.keySet()) {
            disputes.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Contradiction> out = new ArrayList<>();
        for (List<Integer> members : disputes.values()) {
            members.sort(Comparator.naturalOrder());
            List<Claim> denials = members.stream().filter(i -> objects.containsKey(i)).map(claims::get).toList();
            List<Claim> reports = members.stream().filter(i -> !objects.containsKey(i)).map(claims::get).toList();
            out.add(contradiction(denials, reports, verb));
        }
        return out;
    }

    /** Links {@code x} to the dispute of {@code first} (or starts one); returns the dispute's first member. */
    private static int join(Map<Integer, Integer> parent, Integer first, int x) {
        parent.putIfAbsent(x, x);
        if (first == null) {
            return x;
        }
        int a = root(parent, first);
        int b = root(parent, x);
        if (a != b) {
            parent.put(Math.max(a, b), Math.min(a, b));
        }
        return first;
    }

    private static int root(Map<Integer, Integer> parent, int x) {
        int r = x;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        while (parent.get(x) != r) {
            int next = parent.get(x);
            parent.put(x, r);
            x = next;
        }
        return r;
    }

    /** For each wanted word, the ascending indices of the claims whose sentence holds it. */
    private static Map<String, int[]> holding(List<Claim> claims, Set<String> wanted) {
        Map<String, IntStream.Builder> lists = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Set<String> seen = new HashSet<>();
            for (String w : words(claims.get(i))) {
                if (wanted.contains(w) && seen.add(w)) {
                    lists.computeIfAbsent(w, k -> IntStream.builder()).add(i);
                }
            }
        }
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((w, b) -> out.put(w, b.build().toArray()));
        return out;
    }

    /** The common members of two ascending arrays. */
    private static int[] intersect(int[] a, int[] b) {
        IntStream.Builder out = IntStream.builder();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out.add(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return out.build().toArray();
    }

    /** The sentence's words in lower case: runs of letters and digits. */
    private static List<String> words(Claim c) {
        List<String> out = new ArrayList<>();
        for (String w : c.evidence().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The verb a sentence denies, in lower case, if it denies one act. */
    static Optional<String> deniedVerb(Claim c) {
        Matcher m = DENIED.matcher(c.evidence().text());
        if (!m.find()) {
            return Optional.empty();
        }
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        if (BOUND_AFTER.matcher(c.evidence().text()).region(m.end(), c.evidence().text().length()).lookingAt()) {
            return Optional.empty(); // "never recorded more than 0.3 ppm" bounds a figure; something was recorded
        }
        return REPORTING_VERBS.contains(verb) ? Optional.empty() : Optional.of(verb);
    }

    /** A bound right after a denied verb: the denial limits a figure, not the act ("not paid more than $5,000"). */
    private static final Pattern BOUND_AFTER = Pattern.compile(
            "(?i)\\s+(?:(?:more|less|fewer|higher|lower|greater|longer|further)\\s+than|in excess of|upwards of"
                    + "|as (?:many|much|high|low|long|far) as)\\s|\\s+(?:above|below|over|under|beyond)\\s+\\S*\\d");

    /** True when the sentence states an act it holds without denying any. */
    private static boolean reports(Claim c) {
        return !c.negated() && !c.otherOccasion() && deniedVerb(c).isEmpty();
    }

    /**
     * The content words after the denied verb, in order: what the denial says the act was not
     * done to ("not charged the driver"). A report must name one of them to conflict.
     */
    private static List<String> objectWords(Claim denial) {
        Matcher m = DENIED.matcher(denial.evidence().text());
        if (!m.find()) {
            return List.of();
        }
        // The clause of the verb only: in "'... the door was not locked the way it should have
        // been,' said Daniel Voss, Calder Valley's security chief", Calder Valley was not locked.
        String after = denial.evidence().text().substring(m.end()).toLowerCase(Locale.ROOT).split("[,;:\"\u201C\u201D]", 2)[0];
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : after.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && denial.content().stream().anyMatch(c -> c.equals(w) || w.startsWith(c))
                    && !Cues.REPORTING.contains(w) && !Cues.MONTHS.contains(w) && !Cues.WEEKDAYS.contains(w)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    private static Contradiction contradiction(List<Claim> denials, List<Claim> reports, String verb) {
        Map<org.factdiff.text.Excerpt, Contradiction.Value> values = new TreeMap<>();
        denials.forEach(d -> values.putIfAbsent(d.evidence(), new Contradiction.Value(d.evidence(), "not " + verb)));
        reports.forEach(r -> values.putIfAbsent(r.evidence(), new Contradiction.Value(r.evidence(), verb)));
        String explanation = names(denials) + (denials.stream().map(Claim::article).distinct().count() == 1 ? " says" : " say")
                + " it was not " + verb + "; " + names(reports)
                + (reports.stream().map(Claim::article).distinct().count() == 1 ? " says" : " say")
                + " it was. Check when each was written: one may be older news.";
        List<String> parts = values.values().stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return new Contradiction(Ids.of("x", parts), "whether " + subject(denials.get(0), reports.get(0)) + " was " + verb,
                ContradictionKind.NEGATION, explanation, List.copyOf(values.values()));
    }

    /** The articles of some claims, in order and once each: "a", "a and b", "a, b and c" (see {@link Prose#articles}). */
    private static String names(List<Claim> claims) {
        return Prose.articles(claims.stream().map(Claim::article).distinct().sorted().toList());
    }

    /** What the act was done to, for the topic: the first shared content word, in the denial's order. */
    private static String subject(Claim denial, Claim report) {
        Set<String> shared = new HashSet<>(denial.content());
        shared.retainAll(report.content());
        return shared.stream().sorted().filter(w -> !Cues.REPORTING.contains(w)).findFirst().map(w -> "the " + w)
                .orElse("it");
    }
}
