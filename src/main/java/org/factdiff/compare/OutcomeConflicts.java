package org.factdiff.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * One subject given opposite outcomes: "the crane operator died at the scene" against "the
 * crane operator survived with a broken arm", "the council approved the wind farm" against "the
 * council rejected the wind farm". The outcomes are pairs of forms ({@code outcomes.txt}) that
 * follow their subject directly; the subjects must be one (the same head word, one's words among
 * the other's: "the crane operator" and "the 52-year-old crane operator", not "the driver of the
 * car" and "the passenger of the car"), outcomes that take an object must share a word of it,
 * and the articles must be about one incident. A sentence with both outcomes is left alone: "survived
 * the crash but died in hospital" tells a story, not a conflict.
 */
final class OutcomeConflicts implements ContradictionRule {
    /**
     * Outcomes of one subject compared, at most, in text order: pairs are compared one by one,
     * so a subject thousands of sentences speak of is judged by its first ones.
     */
    static final int MAX_BUCKET = 400;

    /** How the topic of every finding of this rule begins. */
    static final String TOPIC = "outcome for ";

    /** One sentence's outcome for one subject. */
    private record Outcome(Claim claim, int pair, int side, List<String> subject, Set<String> object, Set<String> charge,
                           String written) {
        String head() {
            return subject.get(subject.size() - 1);
        }
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Outcome> found = new ArrayList<>();
        for (Claim c : in.claims()) {
            if (!c.otherOccasion() && (!c.negated() || !deniesBeyondVerdict(c))) {
                found.addAll(outcomes(c));
            }
        }
        // Each conflicting pair joins its two outcomes; each connected part is one finding.
        Components joined = new Components(found.size());
        // Only outcomes of one pair for one head word can conflict: compared within those buckets,
        // never all against all, so a case of thousands of articles stays cheap.
        Map<String, List<Integer>> buckets = new TreeMap<>();
        for (int i = 0; i < found.size(); i++) {
            buckets.computeIfAbsent(found.get(i).pair() + "|" + found.get(i).head(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> all : buckets.values()) {
            List<Integer> bucket = all.subList(0, Math.min(all.size(), MAX_BUCKET));
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int i = bucket.get(x);
                    int j = bucket.get(y);
                    if (conflict(found.get(i), found.get(j), in)) {
                        joined.join(i, j);
                    }
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        joined.parts().forEach(p -> out.add(contradiction(p.stream().map(found::get).toList())));
        return out;
    }

    /**
     * The same outcome for one subject given by two or more articles, however the rest is worded:
     * "the rider, a 23-year-old apprentice, died after the fall" and "stewards said the rider
     * died in hospital" agree that the rider died. Subjects and objects are matched as for a
     * conflict; each article counts once.
     */
    static List<Agreement> agreements(CaseClaims in) {
        Map<String, List<Outcome>> buckets = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (!c.negated() && !c.otherOccasion()) {
                for (Outcome o : outcomes(c)) {
                    buckets.computeIfAbsent(o.pair() + "|" + o.side() + "|" + o.head(), k -> new ArrayList<>()).add(o);
                }
            }
        }
        List<Agreement> out = new ArrayList<>();
        buckets.values().forEach(bucket -> {
            Map<String, Outcome> firsts = new TreeMap<>();
            bucket.forEach(o -> firsts.putIfAbsent(o.claim().article(), o));
            List<Outcome> same = firsts.values().stream().limit(MAX_BUCKET).toList();
            List<org.factdiff.text.Excerpt> sources = new ArrayList<>();
            for (Outcome a : same) {
                if (same.stream().anyMatch(b -> b != a && alike(a, b) && in.sameIncident(a.claim().article(), b.claim().article()))) {
                    sources.add(a.claim().evidence());
                }
            }
            if (sources.size() >= 2) {
                sources.sort(java.util.Comparator.naturalOrder());
                Outcome first = same.get(0);
                String statement = "the " + String.join(" ", first.subject()) + " " + first.written().toLowerCase(Locale.ROOT);
                out.add(new Agreement(Ids.agreement(statement, sources), statement, sources, in.independentSources(sources)));
            }
        });
        return out;
    }

    private static boolean conflict(Outcome a, Outcome b, CaseClaims in) {
        return a.side() != b.side() && alike(a, b) && in.sameIncident(a.claim().article(), b.claim().article());
    }

    /** True when two outcomes of one pair, in two articles, are said of one subject (and one object). */
    private static boolean alike(Outcome a, Outcome b) {
        if (a.pair() != b.pair() || a.claim().article().equals(b.claim().article()) || !a.head().equals(b.head())) {
            return false;
        }
        if (SameQuantity.differentDays(a.claim(), b.claim())) {
            return false; // "called off on Saturday" / "went ahead on Sunday": two days, two occasions maybe
        }
        Set<String> sa = new HashSet<>(a.subject());
        Set<String> sb = new HashSet<>(b.subject());
        if (!sa.containsAll(sb) && !sb.containsAll(sa)) {
            return false;
        }
        if (transitive(a.pair())) {
            // "approved the wind farm" / "rejected the Greyfell wind farm"; not "the budget" / "the plan".
            return !a.object().isEmpty() && !b.object().isEmpty()
                    && (a.object().containsAll(b.object()) || b.object().containsAll(a.object()));
        }
        // "cleared of one of two counts of fraud" / "found guilty of fraud": a verdict on some of
        // the counts, the rest may have gone the other way; not against "all charges".
        if (a.charge().contains(SOME) && !b.charge().contains(ALL) || b.charge().contains(SOME) && !a.charge().contains(ALL)) {
            return false;
        }
        Set<String> ca = new HashSet<>(a.charge());
        Set<String> cb = new HashSet<>(b.charge());
        ca.removeAll(MARKS);
        cb.removeAll(MARKS);
        // "cleared of two counts of perjury" / "convicted of five counts of forgery": two charges.
        return ca.isEmpty() || cb.isEmpty() || !java.util.Collections.disjoint(ca, cb);
    }

    /**
     * What an outcome is "of" or "on", without counts: "of two counts of perjury" is {"perjury"},
     * "on all charges" is empty. Empty when the outcome is not followed by "of" or "on".
     */
    private static Set<String> charge(String rest) {
        Matcher m = CHARGE.matcher(rest);
        Set<String> out = new HashSet<>();
        if (!m.find()) {
            return out;
        }
        String[] words = m.group(1).split("[^\\p{L}\\p{N}'-]+");
        boolean counted = false;
        for (int k = 0; k < words.length && k < CHARGE_WORDS; k++) {
            String w = words[k];
            if (CHARGE_ENDS.contains(w) && !out.isEmpty()) {
                break; // "of forgery at Orrin Crown Court": where, not what
            }
            if (w.equals("that") && counted && out.isEmpty()) {
                return out; // "of charges that she siphoned ...": the charge told, not named
            }
            counted |= COUNT_NOUNS.contains(w);
            if ((w.equals("all") || w.equals("every") || w.equals("each")) && k == 0) {
                out.add(ALL);
            }
            if (k + 1 < words.length && words[k + 1].equals("of") && (Character.isDigit(w.isEmpty() ? 'x' : w.charAt(0))
                    || Cues.NUMBER_WORDS.containsKey(w) || w.equals("some") || w.equals("most"))) {
                out.add(SOME); // "one of two money-laundering counts", "five of the seven counts"
            }
            if (Cues.WEEKDAYS.contains(w) || Cues.MONTHS.contains(w)) {
                continue; // "acquitted on Wednesday of ...": when, not what
            }
            if (!w.isEmpty() && !DETERMINERS.contains(w) && !org.factdiff.text.StopWords.contains(w)
                    && !Character.isDigit(w.charAt(0)) && !Cues.NUMBER_WORDS.containsKey(w) && !COUNT_NOUNS.contains(w)) {
                String stem = w.substring(0, Math.min(CHARGE_STEM, w.length())); // "embezzling" and "embezzlement"
                out.add(CHARGES.getOrDefault(stem, stem)); // "stealing" and "theft"
            }
        }
        return out;
    }

    /**
     * "of" or "on" right after an outcome, maybe past when ("earlier this month"), and what
     * follows it up to a mark of punctuation.
     */
    private static final Pattern CHARGE = Pattern.compile("^\\s+(?:(?:(?:earlier|later)\\s+)?(?:this|last)\\s+(?:week|month|year)\\s+"
            + "|yesterday\\s+|today\\s+)?(?:of|on)\\s+([^,;.:]+)");
    /** Marks among a charge's words: a verdict on some of the counts, or on all of them. */
    private static final String SOME = "\u00A7some";
    private static final String ALL = "\u00A7all";
    private static final Set<String> MARKS = Set.of(SOME, ALL);
    /** Each charge's stem by the stem of any word naming it ({@code charges.txt}): "steal" is "theft". */
    private static final java.util.Map<String, String> CHARGES = charges();

    private static java.util.Map<String, String> charges() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (List<String> group : org.factdiff.base.WordLists.groups(OutcomeConflicts.class, "charges.txt")) {
            String key = group.get(0).substring(0, Math.min(CHARGE_STEM, group.get(0).length()));
            group.forEach(w -> out.put(w.substring(0, Math.min(CHARGE_STEM, w.length())), key));
        }
        return java.util.Map.copyOf(out);
    }

    /** Letters that tell a word of a charge: "embezzling" and "embezzlement", "thefts" and "theft". */
    static final int CHARGE_STEM = 5;
    /** Words of a charge searched for what it is. */
    static final int CHARGE_WORDS = 8;
    /** Words that end what a charge is: where, when or by whom it was decided follows. */
    private static final Set<String> CHARGE_ENDS = Set.of("at", "in", "on", "by", "after", "before", "following",
            "when", "last", "this", "over", "from", "with");
    /** Nouns that count charges, not name them. */
    private static final Set<String> COUNT_NOUNS = Set.of("count", "counts", "charge", "charges", "all", "every", "each");

    /**
     * True when a sentence denies something besides a verdict of "not guilty": "was cleared after
     * a jury returned a not-guilty verdict" tells an outcome, it denies none.
     */
    private static boolean deniesBeyondVerdict(Claim c) {
        String rest = NOT_GUILTY.matcher(c.evidence().text().toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (String w : rest.split("[^\\p{L}']+")) {
            if (Cues.NEGATIONS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NOT_GUILTY = Pattern.compile("\\bnot[\\s-]+guilty\\b");

    private static boolean transitive(int pair) {
        return Cues.OUTCOMES.get(pair).get(0).get(0).startsWith("+");
    }

    /** The outcomes a sentence gives, none when it gives both of one pair. */
    static List<Outcome> outcomes(Claim c) {
        // "was on Wednesday acquitted" is read as "was acquitted on Wednesday": the same letters, moved.
        String text = DATED_PASSIVE.matcher(c.evidence().text()).replaceAll("$1 $3 $2");
        String lower = text.toLowerCase(Locale.ROOT);
        List<Outcome> out = new ArrayList<>();
        for (int p = 0; p < Cues.OUTCOMES.size(); p++) {
            List<Outcome> ofPair = new ArrayList<>();
            Set<Integer> sides = new HashSet<>();
            for (int side = 0; side < 2; side++) {
                for (Form form : FORMS.get(p).get(side)) {
                    if (!lower.contains(form.written())) {
                        continue; // cheaper than the pattern, which most sentences do not hold
                    }
                    Matcher m = form.pattern().matcher(lower);
                    while (m.find()) {
                        if (form.inside() && (" " + m.group(1)).endsWith(" not")) {
                            continue; // "found Ana Pell not guilty" is the other form's
                        }
                        sides.add(side);
                        // The subject before the outcome, or inside it: "found Ana Pell, the treasurer, guilty";
                        // and the noun phrase set beside a subject before it: "Gerald Pym, 59, a former treasurer".
                        String lead = form.inside() ? m.group(1) : lower.substring(0, m.start());
                        for (List<String> subject : List.of(subject(lead), apposed(lead))) {
                            if (!subject.isEmpty()) {
                                ofPair.add(new Outcome(c, p, side, subject, object(lower.substring(m.end())),
                                        charge((m.group().endsWith(" of") ? " of" : "") + lower.substring(m.end())),
                                        text.substring(m.start(), m.end())));
                            }
                        }
                    }
                }
            }
            if (sides.size() == 1) {
                out.addAll(ofPair);
            }
        }
        return out;
    }

    /** One form of an outcome, as written and as a pattern of whole words. */
    /**
     * One form of an outcome: the words looked for first (the part before a "*"), and the
     * pattern of whole words. A form with "*" has its subject inside it, where the "*" stands:
     * "found * guilty" reads "found Ana Pell, the treasurer, guilty".
     */
    private record Form(String written, Pattern pattern, boolean inside) {
        static Form of(String listed) {
            String f = listed.startsWith("+") ? listed.substring(1) : listed;
            int star = f.indexOf('*');
            if (star >= 0) {
                String head = f.substring(0, star).strip();
                String tail = f.substring(star + 1).strip();
                return new Form(head, Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(head) + "\\s+([^.;:]{1,120}?)\\s+"
                        + Pattern.quote(tail) + "(?![\\p{L}\\p{N}-])"), true);
            }
            // Not inside a compound: "the Pentagon-backed group" backs nothing.
            return new Form(f, Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}-])"), false);
        }
    }

    /** "was on Wednesday acquitted", "were yesterday cleared": a day between a passive's two words. */
    private static final Pattern DATED_PASSIVE = Pattern.compile(
            "(?i)\\b(was|were)\\s+(on\\s+\\p{L}+day|yesterday|today)\\s+(\\p{L}+ed)\\b");

    /** The forms of {@link Cues#OUTCOMES}, by pair and side. */
    private static final List<List<List<Form>>> FORMS = Cues.OUTCOMES.stream()
            .map(pair -> pair.stream().map(side -> side.stream().map(Form::of).toList()).toList())
            .toList();

    /** A noun phrase and an appositive or relative clause after it: "the crane operator, a 52-year-old man,". */
    private static final Pattern APPOSITIVE = Pattern.compile("^(.*?),[^,]{1,100},\\s*$");
    /** Words between a subject and its outcome: "the pilot later died", "has died". */
    private static final Set<String> BETWEEN = Set.of("later", "also", "reportedly", "then", "has", "have", "had",
            "subsequently", "eventually", "apparently");
    /** Words of a phrase that say which, not what: dropped from subjects and objects. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "that", "these", "those");
    /** Subjects that name no one in particular. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "who", "which", "i", "we", "you",
            "one", "both", "all", "none", "some", "many", "most", "others", "another");
    /** Longest subject, in words: more is a clause, not a noun phrase. */
    static final int MAX_SUBJECT = 8;
    /** Words after a transitive outcome read as its object. */
    static final int OBJECT_WORDS = 5;

    /**
     * The subject right before an outcome, its words in order without determiners; empty when
     * the words before are no noun phrase of one subject (a count, a pronoun, a clause).
     */
    /** An age set after a name: "gerald pym, 59". */
    private static final Pattern AGED = Pattern.compile(",\\s*\\d{1,3}$");
    /** A noun phrase set beside the subject: ", a former treasurer of the council,". */
    private static final Pattern APPOSED = Pattern.compile(",\\s*((?:a|an|the)\\s+[^,]{3,100}),\\s*$");

    /**
     * The noun phrase set beside the subject, as a subject of its own: in "gerald pym, 59, a
     * former treasurer of the council, was acquitted" the treasurer was acquitted too.
     */
    private static List<String> apposed(String lead) {
        Matcher m = APPOSED.matcher(lead);
        return m.find() ? subject(m.group(1)) : List.of();
    }

    /** Words that end a subject's head with where it is: "schools in Tarby". */
    private static final Set<String> WHERE = Set.of("in", "at", "near", "across", "around", "throughout");

    /** Participles not in "-ed" that begin a clause telling which one: "a climber caught in the slide". */
    private static final Set<String> REDUCED_IRREGULAR = Set.of("caught", "swept", "hit", "struck", "thrown", "taken",
            "found", "stuck", "held", "left", "seen");
    /** Words after a participle that make it such a clause: "buried by", "trapped in", "stuck under". */
    private static final Set<String> REDUCED_AFTER = Set.of("by", "in", "under", "beneath", "inside", "on", "at", "near");

    private static List<String> subject(String lead) {
        Matcher ap = APPOSITIVE.matcher(lead);
        String phrase = ap.matches() ? AGED.matcher(ap.group(1)).replaceFirst("") : lead;
        // The phrase starts after the last break of clause: "police said the pilot", "after the crash, the pilot".
        int start = Math.max(Math.max(phrase.lastIndexOf(','), phrase.lastIndexOf(';')), phrase.lastIndexOf(':')) + 1;
        String[] words = phrase.substring(start).strip().split("[^\\p{L}\\p{N}'-]+");
        List<String> kept = new ArrayList<>();
        boolean where = false;
        boolean whole = false;
        int end = words.length;
        while (end > 0 && BETWEEN.contains(words[end - 1])) {
            end--;
        }
        for (int k = 0; k < end; k++) {
            String w = words[k];
            if (w.isEmpty()) {
                continue;
            }
            if (Cues.REPORTING.contains(w) || w.equals("that")) {
                kept.clear(); // "police said the pilot": the subject follows the reporting verb
                where = false;
                continue;
            }
            if (w.equals("who") && !kept.isEmpty()) {
                break; // "a swimmer who got into difficulty off the point died": the clause tells which swimmer
            }
            if (!kept.isEmpty() && k + 1 < end && (w.endsWith("ed") || REDUCED_IRREGULAR.contains(w))
                    && REDUCED_AFTER.contains(words[k + 1])) {
                break; // "a skier buried by an avalanche near the resort was dug out alive": so is this clause
            }
            // "schools in Tarby" are "Tarby's schools": where they are is no part of the head.
            where |= WHERE.contains(w) && !kept.isEmpty();
            if (w.equals("all") && k + 1 < end) {
                whole = true; // "all 14 schools": the whole, not a count
                continue;
            }
            if (!DETERMINERS.contains(w) && !where) {
                kept.add(w);
            }
        }
        if (kept.isEmpty() || kept.size() > MAX_SUBJECT || PRONOUNS.contains(kept.get(kept.size() - 1))) {
            return List.of();
        }
        for (int k = 0; k < kept.size(); k++) {
            String w = kept.get(k);
            // "all 14 schools", "Tarby's 14 schools": the whole, not a count
            boolean all = whole || k > 0 && kept.get(k - 1).endsWith("'s");
            if ((Character.isDigit(w.charAt(0)) || Cues.NUMBER_WORDS.containsKey(w)) && !all || Cues.VERB_FORMS.contains(w)) {
                return List.of(); // "two passengers died": a count, which the figures compare
            }
        }
        return List.copyOf(kept);
    }

    /**
     * The words of the noun phrase after an outcome: up to a mark of punctuation or the first
     * word of function after it ("won the mayoral race in Orby": "mayoral", "race").
     */
    private static Set<String> object(String rest) {
        int stop = rest.length();
        for (char ch : new char[] {',', ';', '.', ':'}) {
            int i = rest.indexOf(ch);
            stop = i >= 0 ? Math.min(stop, i) : stop;
        }
        Set<String> out = new HashSet<>();
        String[] words = rest.substring(0, stop).strip().split("[^\\p{L}\\p{N}'-]+");
        for (int k = 0; k < words.length && k < OBJECT_WORDS; k++) {
            boolean function = DETERMINERS.contains(words[k]) || org.factdiff.text.StopWords.contains(words[k]);
            if (function && !out.isEmpty()) {
                break;
            }
            if (!function && !words[k].isEmpty()) {
                out.add(words[k]);
            }
        }
        return out;
    }

    private static Contradiction contradiction(List<Outcome> part) {
        Map<org.factdiff.text.Excerpt, Contradiction.Value> values = new TreeMap<>();
        Map<String, List<String>> articlesBySide = new TreeMap<>();
        for (Outcome o : part) {
            values.putIfAbsent(o.claim().evidence(), new Contradiction.Value(o.claim().evidence(), o.written()));
        }
        // Each side named by its first form as written, with its articles.
        Map<Integer, String> writtenOf = new TreeMap<>();
        for (Outcome o : part.stream().sorted(java.util.Comparator.comparing((Outcome o) -> o.claim().evidence())).toList()) {
            writtenOf.putIfAbsent(o.side(), o.written());
            List<String> as = articlesBySide.computeIfAbsent(o.side() + "", k -> new ArrayList<>());
            if (!as.contains(o.claim().article())) {
                as.add(o.claim().article());
            }
        }
        Outcome first = part.get(0);
        String subject = named(first);
        String sides = writtenOf.entrySet().stream()
                .map(e -> "\u201c" + e.getValue() + "\u201d (" + Prose.articleList(articlesBySide.get(e.getKey() + "")) + ")")
                .collect(java.util.stream.Collectors.joining(" vs "));
        String explanation = "Articles give opposite outcomes for " + subject + ": " + sides
                + ". Check which is the latest word from those who know.";
        List<String> ids = values.values().stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return new Contradiction(Ids.of("x", ids), TOPIC + subject, ContradictionKind.NEGATION, explanation,
                List.copyOf(values.values()));
    }

    /**
     * The subject as the topic names it: a name as written ("Orla Penner"), other subjects
     * after "the" ("the crane operator").
     */
    private static String named(Outcome o) {
        String words = String.join(" ", o.subject());
        String text = o.claim().evidence().text();
        int at = text.toLowerCase(Locale.ROOT).indexOf(words);
        if (at >= 0) {
            String written = text.substring(at, at + words.length());
            if (java.util.Arrays.stream(written.split(" ")).allMatch(w -> Character.isUpperCase(w.charAt(0)))
                    && (at > 0 || o.subject().size() > 1)) {
                return written;
            }
        }
        return "the " + words;
    }
}
