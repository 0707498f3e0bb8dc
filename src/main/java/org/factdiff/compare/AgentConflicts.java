package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdiff.base.WordLists;
import org.factdiff.claims.Claim;

/**
 * One act credited to two kinds of doer: "a man ... was shot and wounded by an off-duty police
 * officer" against "a security guard shot and wounded a man", or "coast guard officers
 * arrested the captain" against "customs officers arrested the captain". The doer is read
 * before an active verb in the past or after "by" following a passive one, and is a person
 * ({@code agent-nouns.txt}); two doers conflict only when the words that tell their kind
 * have none in common ("police" against "security guard"; "police officers" and "officers"
 * are one), neither article uses the other's words anywhere, the two sentences share words of
 * what was done besides the doers, and the articles are about one incident.
 */
final class AgentConflicts implements ContradictionRule {
    /** One sentence's doer of one act: the act's verb, the words of the doer's kind, the doer as written. */
    private record Act(Claim claim, String verb, Set<String> kind, String written) {
    }

    /** People who do things ({@code agent-nouns.txt}). */
    static final Set<String> AGENTS = WordLists.set(AgentConflicts.class, "agent-nouns.txt");
    /** Heads that say nothing of which kind of person: "coast guard officers" and "customs officers" differ by their first words. */
    private static final Set<String> GENERIC = Set.of("officer", "officers", "staff", "member", "members", "personnel",
            "man", "men", "woman", "women", "people", "team", "unit", "agent", "agents", "worker", "workers", "rescuer",
            "rescuers", "volunteer", "volunteers", "crew", "crews");
    /** Groups told by whose they are: "the crew of a passing trawler", "the crew of the Gullhaven lifeboat". */
    private static final Set<String> CREWS = Set.of("crew", "crews");
    /** Words before a doer that say nothing of its kind. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "two", "three", "four", "several", "some",
            "other", "local", "armed", "his", "her", "their", "its", "one", "another");
    /** Words that end a doer after "by": "by an off-duty police officer who was shopping nearby". */
    private static final Set<String> PHRASE_ENDS = Set.of("who", "that", "which", "working", "at", "in", "on", "from",
            "of", "with", "for", "after", "near", "outside", "inside", "and", "as", "while", "when", ",", ";", ":", ".",
            "(", ")", "\"", "\u201C", "\u201D");
    /** Words that make the verb after them passive. */
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be", "got");
    /** Verbs in the past without "-ed" that tell an act done to someone. */
    private static final Set<String> IRREGULAR = Set.of("shot", "caught", "hit", "struck", "beat", "beaten", "found",
            "held", "took", "taken", "stopped", "led", "brought", "drove", "driven", "threw", "thrown");
    /** A word, or a mark that ends a phrase. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'\u2019-]+|[,;:.()\"\u201C\u201D]");
    /**
     * Doers of one class that one person may be told as by two reporters ({@code
     * agent-classes.txt}): the police and a trooper; a passer-by and a neighbour.
     */
    private static final Map<String, String> CLASSES = groupHeads("agent-classes.txt");

    /** Each word of a list of groups to the first word of its group. */
    private static Map<String, String> groupHeads(String list) {
        Map<String, String> out = new TreeMap<>();
        for (List<String> group : WordLists.groups(AgentConflicts.class, list)) {
            group.forEach(x -> out.put(x, group.get(0)));
        }
        return Map.copyOf(out);
    }

    /** The classes the words of a doer's kind belong to. */
    private static Set<String> classes(Set<String> kind) {
        Set<String> out = new TreeSet<>();
        kind.forEach(k -> {
            String cl = CLASSES.get(k);
            if (cl != null) {
                out.add(cl);
            }
        });
        return out;
    }

    /** Words of a doer after "by", at most. */
    static final int DOER_WORDS = 4;
    /** Words between a passive verb and its "by", at most. */
    static final int BY_REACH = 10;
    /** Content words the two sentences share besides the doers and the act, at least. */
    static final int SHARED_WORDS = 2;

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, Map<String, Act>> byVerb = new TreeMap<>(); // verb -> article -> first act
        for (Claim c : in.claims()) {
            if (c.furniture() || c.otherOccasion() || c.negated() || !c.hedge().isEmpty()) {
                continue;
            }
            for (Act a : acts(c)) {
                byVerb.computeIfAbsent(a.verb(), k -> new TreeMap<>()).putIfAbsent(c.article(), a);
            }
        }
        Map<String, Set<String>> wordsOf = new TreeMap<>();
        List<Contradiction> out = new ArrayList<>();
        byVerb.forEach((verb, byArticle) -> conflict(verb, List.copyOf(byArticle.values()), in, wordsOf).ifPresent(out::add));
        return out;
    }

    /** The acts a sentence tells with a person as their doer. */
    static List<Act> acts(Claim c) {
        java.util.regex.Matcher m = TOKEN.matcher(c.evidence().text());
        List<String> w = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        while (m.find()) {
            w.add(m.group());
            lower.add(m.group().toLowerCase(Locale.ROOT));
        }
        List<Act> out = new ArrayList<>();
        Act last = null;
        for (int v = 1; v < lower.size(); v++) {
            if (!pastVerb(lower.get(v))) {
                continue;
            }
            Optional<Act> act = PASSIVE.contains(lower.get(v - 1)) ? passiveDoer(c, w, lower, v) : activeDoer(c, w, lower, v);
            if (act.isEmpty() && lower.get(v - 1).equals("and")) {
                // "Firefighter Tomas Reyl waded into the river and pulled the boy out", "a lifeguard
                // swam out and pulled": one doer of two verbs, the one that opens the sentence.
                act = last != null ? Optional.of(new Act(c, verbKey(lower.get(v)), last.kind(), last.written()))
                        : openingDoer(c, lower, verbKey(lower.get(v)));
            }
            act.ifPresent(out::add);
            last = act.orElse(null);
            String stem = lower.get(v).endsWith("ed") ? lower.get(v).substring(0, lower.get(v).length() - 2) : lower.get(v);
            if (SAME_ACT.containsKey(stem)) {
                Optional<Act> done = PASSIVE.contains(lower.get(v - 1)) ? passivePatient(c, lower, v) : activePatient(c, w, lower, v);
                done.ifPresent(out::add);
            }
        }
        return out;
    }

    /** Key prefix of the acts read by whom they were done to, apart from those read by their doers. */
    private static final String DONE_TO = "to ";
    /** Words of a verb's auxiliaries before its passive: "has been arrested", "had been rescued". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "been", "is", "are", "be",
            "being", "later", "also", "then");

    /**
     * "police arrested a cleaner employed at the gallery": the person an act of {@code
     * act-verbs.txt} was done to, a person of a kind right after the verb; a name there ("arrested
     * Ivo Dane") tells no kind.
     */
    private static Optional<Act> activePatient(Claim c, List<String> w, List<String> lower, int v) {
        for (int k = v + 1; k < Math.min(lower.size(), v + 1 + DOER_WORDS); k++) {
            if (PHRASE_ENDS.contains(lower.get(k)) || CLAUSE_MARKS.contains(lower.get(k))
                    || Character.isUpperCase(w.get(k).charAt(0))) {
                return Optional.empty();
            }
            if (AGENTS.contains(lower.get(k))) {
                int end = k + 1;
                while (end < lower.size() && AGENTS.contains(lower.get(end))) {
                    end++;
                }
                return doer(c, lower.subList(v + 1, end), DONE_TO + verbKey(lower.get(v)));
            }
        }
        return Optional.empty();
    }

    /** "a security guard at the gallery has been arrested": the person the act was done to opens the clause. */
    private static Optional<Act> passivePatient(Claim c, List<String> lower, int v) {
        int aux = v - 1;
        while (aux > 0 && AUXILIARIES.contains(lower.get(aux - 1))) {
            aux--;
        }
        int start = aux;
        while (start > 0 && !CLAUSE_MARKS.contains(lower.get(start - 1)) && aux - start < CLAUSE_WORDS) {
            start--;
        }
        if (start > 0 && !CLAUSE_MARKS.contains(lower.get(start - 1))) {
            return Optional.empty();
        }
        int end = start;
        while (end < aux && !PHRASE_ENDS.contains(lower.get(end))) {
            end++;
        }
        if (end < aux && RELATIVES.contains(lower.get(end))
                || lower.subList(end, aux).stream().anyMatch(x -> pastVerb(x) || PASSIVE.contains(x))) {
            return Optional.empty(); // "a man who robbed the bakery was arrested": the clause has another verb
        }
        return doer(c, lower.subList(start, end), DONE_TO + verbKey(lower.get(v)));
    }

    /**
     * "a security guard at the mall shot": the doer opens the verb's clause, up to a preposition
     * of its phrase; a name after the doer's noun ("Firefighter Tomas Reyl waded") is no part of
     * its kind, and a relative clause ("the man who police shot") has no doer here.
     */
    private static Optional<Act> activeDoer(Claim c, List<String> w, List<String> lower, int verb) {
        int v = beforeApposedName(w, lower, verb);
        int start = v;
        while (start > 0 && !CLAUSE_MARKS.contains(lower.get(start - 1)) && v - start < CLAUSE_WORDS) {
            start--;
        }
        if (start > 0 && !CLAUSE_MARKS.contains(lower.get(start - 1))) {
            return Optional.empty(); // the clause runs further back than a doer would
        }
        for (int k = v - 1; k >= start; k--) {
            if (org.factdiff.claims.Cues.REPORTING.contains(lower.get(k))) {
                // "the ambulance service said its crews treated": the doer follows who told it
                start = k + 1 < v && lower.get(k + 1).equals("that") ? k + 2 : k + 1;
                break;
            }
        }
        int end = start;
        while (end < v && !PHRASE_ENDS.contains(lower.get(end))) {
            end++;
        }
        if (end < v && RELATIVES.contains(lower.get(end))) {
            return Optional.empty();
        }
        int ownerEnd = end;
        if (end < v && lower.get(end).equals("of") && end > start && CREWS.contains(lower.get(end - 1))) {
            ownerEnd = end + 1;
            while (ownerEnd < v && !PHRASE_ENDS.contains(lower.get(ownerEnd))) {
                ownerEnd++;
            }
            if (ownerEnd == v && lower.subList(end + 1, v).stream().noneMatch(AgentConflicts::pastVerb)) {
                return crewDoer(c, w, lower, start, end, ownerEnd, verbKey(lower.get(verb)));
            }
        }
        List<String> phrase = new ArrayList<>();
        for (int k = start; k < end; k++) {
            boolean name = k > start && Character.isUpperCase(w.get(k).charAt(0)) && !phrase.isEmpty()
                    && AGENTS.contains(phrase.get(phrase.size() - 1));
            if (name) {
                break; // "Firefighter Tomas Reyl": the doer is a firefighter
            }
            phrase.add(lower.get(k));
        }
        for (int k = end; k < v; k++) {
            if (pastVerb(lower.get(k)) || PASSIVE.contains(lower.get(k))) {
                return Optional.empty(); // another verb between: the doer is that verb's
            }
        }
        return doer(c, phrase, verbKey(lower.get(verb)));
    }

    /** Most words of a name set between commas after the doer: "the owner, Rita Sand, wrestled". */
    private static final int NAME_WORDS = 4;

    /**
     * Where the doer's phrase ends when a name between commas stands before the verb at {@code v}
     * ("the owner, Rita Sand, wrestled": at the first comma); else {@code v} itself.
     */
    private static int beforeApposedName(List<String> w, List<String> lower, int v) {
        if (v < 3 || !lower.get(v - 1).equals(",")) {
            return v;
        }
        int k = v - 2;
        while (k >= 0 && v - 2 - k < NAME_WORDS && Character.isUpperCase(w.get(k).charAt(0))) {
            k--;
        }
        return k >= 1 && k < v - 2 && lower.get(k).equals(",") ? k : v;
    }

    /** Marks and words that open a clause a doer may open. */
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", "\"", "\u201C", "and", "but", "then",
            "when", "as", "after", "before", "while", "until", "because", "since", "where");
    /** Words that open a relative clause. */
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    /** Words of a clause before its verb, at most, for its opening to be read as the doer. */
    static final int CLAUSE_WORDS = 10;

    /** The doer a sentence opens with: "A lifeguard swam out", "Police officers ran". */
    private static Optional<Act> openingDoer(Claim c, List<String> lower, String verb) {
        for (int k = 0; k < Math.min(lower.size(), DOER_WORDS); k++) {
            if (PHRASE_ENDS.contains(lower.get(k))) {
                return Optional.empty();
            }
            if (AGENTS.contains(lower.get(k))) {
                int end = k + 1;
                while (end < lower.size() && AGENTS.contains(lower.get(end))) {
                    end++;
                }
                return doer(c, lower.subList(0, end), verb);
            }
        }
        return Optional.empty();
    }

    /** "was shot and wounded by an off-duty police officer": the doer after "by", a few words on. */
    private static Optional<Act> passiveDoer(Claim c, List<String> w, List<String> lower, int v) {
        for (int b = v + 1; b < Math.min(lower.size(), v + 1 + BY_REACH); b++) {
            if (!lower.get(b).equals("by")) {
                continue;
            }
            int to = b + 1;
            while (to < lower.size() && to - b <= DOER_WORDS && !PHRASE_ENDS.contains(lower.get(to))
                    && !CLAUSE_MARKS.contains(lower.get(to)) && !Character.isUpperCase(w.get(to).charAt(0))) {
                to++;
            }
            if (to < lower.size() && lower.get(to).equals("of") && CREWS.contains(lower.get(to - 1))) {
                int ownerEnd = to + 1;
                while (ownerEnd < lower.size() && ownerEnd - to <= DOER_WORDS && !PHRASE_ENDS.contains(lower.get(ownerEnd))
                        && !CLAUSE_MARKS.contains(lower.get(ownerEnd))) {
                    ownerEnd++;
                }
                return crewDoer(c, w, lower, b + 1, to, ownerEnd, verbKey(lower.get(v)));
            }
            return doer(c, lower.subList(b + 1, to), verbKey(lower.get(v)));
        }
        return Optional.empty();
    }

    /**
     * "the volunteer crew of the Gullhaven lifeboat": a crew ({@code from} to {@code of}) is of
     * the kind of what it crews (after "of", up to {@code to}), its words in lower case that
     * name no vessel by its name; a crew of a named vessel alone tells no kind.
     */
    private static Optional<Act> crewDoer(Claim c, List<String> w, List<String> lower, int from, int of, int to, String verb) {
        Set<String> kind = new TreeSet<>();
        List<String> written = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String x = lower.get(k);
            if (FILLER.contains(x) || k > of && OWNER_FILLER.contains(x)) {
                continue;
            }
            written.add(x);
            if (k != of && !GENERIC.contains(x) && Character.isLowerCase(w.get(k).charAt(0))) {
                kind.add(stem(x));
            }
        }
        return kind.isEmpty() ? Optional.empty() : Optional.of(new Act(c, verb, kind, String.join(" ", written)));
    }

    /** Words of what a crew is of that tell no kind: "a passing trawler". */
    private static final Set<String> OWNER_FILLER = Set.of("passing", "nearby", "local", "private");

    /** The act, when the words end in a person and tell a kind of doer. */
    private static Optional<Act> doer(Claim c, List<String> words, String verb) {
        if (words.isEmpty() || !AGENTS.contains(words.get(words.size() - 1))) {
            return Optional.empty();
        }
        Set<String> kind = new TreeSet<>();
        List<String> written = new ArrayList<>();
        for (String x : words) {
            if (!FILLER.contains(x)) {
                written.add(x);
                if (!GENERIC.contains(x)) {
                    kind.add(stem(x));
                }
            }
        }
        return written.isEmpty() ? Optional.empty() : Optional.of(new Act(c, verb, kind, String.join(" ", written)));
    }

    /** True for a verb in the past: "arrested", "shot". */
    private static boolean pastVerb(String w) {
        return w.length() > 4 && w.endsWith("ed") && !org.factdiff.claims.Cues.REPORTING.contains(w) || IRREGULAR.contains(w);
    }

    /** The act a verb tells, verbs of one act as one ({@code act-verbs.txt}: "rescued", "saved"). */
    private static String verbKey(String w) {
        String stem = w.endsWith("ed") ? w.substring(0, w.length() - 2) : w;
        return SAME_ACT.getOrDefault(stem, stem);
    }

    /** Each verb's stem to the first of its group ({@code act-verbs.txt}). */
    private static final Map<String, String> SAME_ACT = groupHeads("act-verbs.txt");

    /** One word of a doer's kind, plurals as their singular: "guards" as "guard". */
    private static String stem(String w) {
        return w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** One finding for one act's doers, each article's first, if two of them conflict. */
    private static Optional<Contradiction> conflict(String verb, List<Act> all, CaseClaims in, Map<String, Set<String>> wordsOf) {
        Set<Act> kept = new java.util.LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (apart(all.get(i), all.get(j), in, wordsOf)) {
                    kept.add(all.get(i));
                    kept.add(all.get(j));
                }
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        List<Act> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing((Act a) -> a.claim().evidence()));
        List<Contradiction.Value> values = sorted.stream().map(a -> new Contradiction.Value(a.claim().evidence(), a.written()))
                .toList();
        Map<String, List<String>> byDoer = new TreeMap<>();
        sorted.forEach(a -> byDoer.computeIfAbsent(a.written(), k -> new ArrayList<>()).add(a.claim().article()));
        boolean doneTo = verb.startsWith(DONE_TO);
        String listed = String.join(" vs ", byDoer.entrySet().stream()
                .map(e -> "\u201C" + e.getKey() + "\u201D (" + Prose.articleList(e.getValue()) + ")").toList());
        String act = doneTo ? participle(verb.substring(DONE_TO.length())) : "";
        String explanation = doneTo
                ? "Articles name different people as the one " + act + ": " + listed
                        + ". Check who it was with the police or another first-hand source."
                : "Articles credit the act to different people: " + listed
                        + ". Check who did it with the police or another first-hand source.";
        List<String> parts = new ArrayList<>(List.of("agent", verb));
        values.forEach(v -> parts.add(v.evidence().article() + ":" + v.value()));
        return Optional.of(new Contradiction(Ids.of("x", parts), doneTo ? "who was " + act : "who did it",
                ContradictionKind.ENTITY, explanation, values));
    }

    /** The participle of an act's key: "arrest" as "arrested", "shot" as itself. */
    private static String participle(String key) {
        return IRREGULAR.contains(key) ? key : key + "ed";
    }

    /** True when two articles credit one act to doers of different kinds, each unknown to the other article. */
    private static boolean apart(Act a, Act b, CaseClaims in, Map<String, Set<String>> wordsOf) {
        if (a.kind().isEmpty() || b.kind().isEmpty() || !java.util.Collections.disjoint(a.kind(), b.kind())
                || !java.util.Collections.disjoint(classes(a.kind()), classes(b.kind()))) {
            return false; // "a police officer" and "a state trooper", "a passer-by" and "a neighbour" may be one
        }
        Set<String> wa = wordsOf.computeIfAbsent(a.claim().article(), k -> words(in.text(k).text()));
        Set<String> wb = wordsOf.computeIfAbsent(b.claim().article(), k -> words(in.text(k).text()));
        if (mentions(wa, b.kind()) || mentions(wb, a.kind())) {
            return false; // an article that names the other's doer too tells of both
        }
        Set<String> shared = new HashSet<>(a.claim().content());
        shared.retainAll(b.claim().content());
        String act = a.verb().startsWith(DONE_TO) ? a.verb().substring(DONE_TO.length()) : a.verb();
        shared.removeIf(x -> a.kind().contains(stem(x)) || b.kind().contains(stem(x)) || x.startsWith(act)
                || GENERIC.contains(x) || AGENTS.contains(x));
        boolean oneIncident = in.sameIncident(a.claim().article(), b.claim().article());
        return shared.size() >= (oneIncident ? SHARED_WORDS : SHARED_WORDS + 1);
    }

    /** True when the article's words hold every word of a doer's kind. */
    private static boolean mentions(Set<String> articleWords, Set<String> kind) {
        for (String k : kind) {
            if (!articleWords.contains(k) && !articleWords.contains(k + "s")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who a sentence is credited to: ", police said", "according to police", "Police said":
     * the source of a report is no doer the article names.
     */
    private static final java.util.regex.Pattern ATTRIBUTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:according to|told)\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?"
            + "|(?:^|[,;.!?]\\s*)(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:said|says|say|added)\\b");

    /** The words of a text but its attributions, lower case, each also as its singular. */
    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String x : ATTRIBUTION.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT).split("[^\\p{L}'\u2019-]+")) {
            if (!x.isEmpty()) {
                out.add(x);
                out.add(stem(x));
            }
        }
        return out;
    }
}
