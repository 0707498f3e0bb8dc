package org.factdiff.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Token;

/**
 * Reads who did what to whom from one sentence, by rules over words: attacks ("the
 * coalition struck the army", "air strikes by NATO", "the strike on the army") and support
 * ("US-backed rebels", "advisers train members of ..."). Noun phrases are read from the words
 * and their spacing, not from a parser; part-of-speech tags only break ties, because taggers
 * read headlines and clipped news prose poorly ("struck" tagged as a noun).
 */
final class RoleReader implements SlotReader<List<Role>> {
    /** The longest phrase, in tokens, read as an agent or a patient. */
    static final int MAX_PHRASE = 10;

    private static final Set<String> DETERMINERS = Cues.set("role-determiners.txt");
    /** Words that end a noun phrase: prepositions, conjunctions that start clauses, relative words. */
    private static final Set<String> STOPS = Cues.set("phrase-stops.txt");
    private static final Set<String> AUXILIARIES = Cues.set("auxiliaries.txt");
    private static final Set<String> BE = Cues.set("be.txt");
    private static final Set<String> PRONOUNS = Cues.set("role-pronouns.txt");
    /** Nouns after which "of" continues the phrase: "members of the ...". */
    private static final Set<String> PARTITIVES = Cues.set("partitives.txt");
    /** Nouns of armed groups, kept in a phrase even where a tagger reads them as verbs ("forces"). */
    private static final Set<String> GROUP_NOUNS = Cues.set("group-nouns.txt");
    /** Words that introduce the name of what a phrase describes: "a rebel group called the Maghawir". */
    private static final Set<String> APPOSITIONS = Set.of("called", "named");
    /** Modifiers of an attack noun that are not its agent: "air strikes", "missile strikes". */
    private static final Set<String> WEAPON_MODIFIERS = Cues.set("weapon-modifiers.txt");

    @Override
    public List<Role> read(TaggedSentence s) {
        return new Reading(s).read();
    }

    /** One sentence being read: the rules share its words and whether it is a headline. */
    private static final class Reading {
        private final List<Token> tokens;
        private final List<String> surface;
        private final List<String> low;
        private final String[] tags;
        private final boolean titleCase;
        private final TaggedSentence s;

        Reading(TaggedSentence s) {
            this.s = s;
            this.tokens = s.tokens();
            this.surface = s.surface();
            this.low = s.folded();
            this.tags = s.tags().toArray(new String[0]);
            this.titleCase = titleCase();
        }

        List<Role> read() {
            List<Role> out = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String w = low.get(i);
                if (Cues.SUPPORT_VERBS.containsKey(w) && i > 0 && hyphen(i) && w.endsWith("ed")) {
                    // "US-backed rebels", "Pentagon-backed rebel group called the Maghawir al Thwra"
                    int a = i - 1;
                    while (a > 0 && (hyphen(a) || blank(a) && capitalized(a) && capitalized(a - 1)
                            && !DETERMINERS.contains(low.get(a - 1)))) {
                        a--; // "Free Valley Army-backed": the whole name backs
                    }
                    int[] patient = forward(i + 1);
                    add(out, Role.Relation.SUPPORT, Cues.SUPPORT_VERBS.get(w), i, new int[] {a, i - 1}, patient);
                    continue;
                }
                if (i + 1 < tokens.size() && hyphen(i + 1)) {
                    continue; // the first half of a compound: "strike-eagles", "attack-helicopter"
                }
                if (capitalized(i) && !titleCase && (i + 1 < tokens.size() && capitalized(i + 1) && blank(i + 1)
                        || i > 0 && capitalized(i - 1) && blank(i))) {
                    continue; // part of a name: "F-15E Strike Eagles"
                }
                boolean verb = verbUse(i);
                if (titleCase && !verb && i + 1 < tokens.size() && capitalized(i + 1) && !Cues.ATTACK_VERBS.containsKey(
                        low.get(i + 1))) {
                    continue; // a capitalised noun before another in a headline is part of a name: "Strike Eagles"
                }
                if (Cues.ATTACK_NOUNS.containsKey(w) && !verb) {
                    nounFrame(out, i);
                } else if (Cues.ATTACK_VERBS.containsKey(w) && verb) {
                    verbFrame(out, Role.Relation.ATTACK, Cues.ATTACK_VERBS.get(w), i);
                } else if (Cues.SUPPORT_VERBS.containsKey(w) && verb) {
                    verbFrame(out, Role.Relation.SUPPORT, Cues.SUPPORT_VERBS.get(w), i);
                }
            }
            return out;
        }

        /** True when the word at i acts as a verb here: "coalition strikes hit the army" has one verb, "hit". */
        private boolean verbUse(int i) {
            String w = low.get(i);
            if (!Cues.ATTACK_VERBS.containsKey(w) && !Cues.SUPPORT_VERBS.containsKey(w)) {
                return false;
            }
            if (i > 0 && DETERMINERS.contains(low.get(i - 1))) {
                return false; // "the strike", "the attacked village"
            }
            if (Cues.VERB_FORMS.contains(w)) {
                return true;
            }
            int before = i - 1;
            while (before >= 0 && isAdverb(before)) {
                before--;
            }
            if (before >= 0 && (AUXILIARIES.contains(low.get(before)) || low.get(before).equals("to"))) {
                return true; // "were hit", "to strike"
            }
            if (i == 0 || i + 1 >= tokens.size()) {
                return false;
            }
            String next = low.get(i + 1);
            if (Cues.ATTACK_VERBS.containsKey(next) && !Cues.ATTACK_NOUNS.containsKey(next) || next.equals("hit")
                    || next.equals("hits")) {
                return false; // "Strikes Hit Syrian Army": the noun before the verb
            }
            String prev = low.get(i - 1);
            String prevTag = tags[i - 1];
            boolean prevOk = !STOPS.contains(prev) && !DETERMINERS.contains(prev) && !prev.equals("and")
                    && !Set.of("ADP", "DET", "ADV", "CCONJ", "SCONJ", "ADJ", "NUM", "PART").contains(prevTag)
                    || nounish(i - 1) || PRONOUNS.contains(prev);
            boolean nextOk = !STOPS.contains(next) && !AUXILIARIES.contains(next) && !isNumber(i + 1)
                    && (DETERMINERS.contains(next) || next.equals("pro") || nounish(i + 1) || "ADJ".equals(tags[i + 1]));
            if (Cues.SUPPORT_VERBS.containsKey(w)) {
                // "train", "back", "support" are nouns more often than verbs: "advisers train members of"
                // reads as a verb, "a passenger train derailment" does not.
                nextOk &= !titleCase && !"VERB".equals(tags[i + 1]) && (DETERMINERS.contains(next)
                        || next.endsWith("s") && !next.endsWith("ss") || capitalized(i + 1));
                prevOk = PRONOUNS.contains(prev) || prev.endsWith("s") && !prev.endsWith("ss") && !capitalized(i - 1);
            }
            return prevOk && nextOk && blank(i) && blank(i + 1);
        }

        /** "U.S. air strikes by X on Y", "the strike on Syrian army", "coalition strikes". */
        private void nounFrame(List<Role> out, int i) {
            String cue = Cues.ATTACK_NOUNS.get(low.get(i));
            int[] agent = null;
            int k = i + 1;
            if (k < tokens.size() && low.get(k).equals("by") && blank(k + 1)) {
                int[] by = forward(k + 1);
                if (by != null) {
                    agent = by;
                    k = by[1] + 1;
                }
            }
            if (agent == null) {
                agent = prefix(i);
            }
            int[] patient = null;
            if (k < tokens.size() && (low.get(k).equals("in") || low.get(k).equals("near") || low.get(k).equals("at"))) {
                int[] place = forward(k + 1);
                if (place != null) {
                    k = place[1] + 1; // "strikes in southern Syria against ..."
                }
            }
            if (k < tokens.size() && (low.get(k).equals("on") || low.get(k).equals("against"))) {
                patient = forward(k + 1);
            }
            if (agent != null || patient != null) {
                add(out, Role.Relation.ATTACK, cue, i, agent, patient);
            }
        }

        /** "the coalition struck the army", "a tank was hit", "advisers train members of ...". */
        private void verbFrame(List<Role> out, Role.Relation relation, String cue, int i) {
            int before = i - 1;
            while (before >= 0 && isAdverb(before)) {
                before--;
            }
            if (before >= 0 && low.get(before).equals("to")) {
                return; // "intended to target": an aim, not an act
            }
            boolean passive = false;
            while (before >= 0 && (AUXILIARIES.contains(low.get(before)) || low.get(before).equals("not")
                    || low.get(before).endsWith("n't"))) {
                passive |= BE.contains(low.get(before)) && !low.get(i).endsWith("ing");
                before--;
            }
            if (i + 1 < tokens.size() && BE.contains(low.get(i + 1))) {
                return; // "the group attacked was a militia group": a participle describing the subject
            }
            if (low.get(i).endsWith("ed") && i + 1 < tokens.size() && low.get(i + 1).equals("by")) {
                passive = true; // "a zone backed by Russia", "Syria's military supported by Russia"
            }
            int[] left = before >= 0 && blank(before + 1) ? backward(before) : null;
            if (passive) {
                int[] agent = null;
                if (i + 1 < tokens.size() && low.get(i + 1).equals("by")) {
                    agent = forward(i + 2);
                }
                add(out, relation, cue, i, agent, left);
                return;
            }
            int[] agent = left;
            // "coalition strikes in southern Syria struck ...": the agent stands before the place.
            for (int jump = 0; jump < 2 && agent != null && agent[0] >= 2 && STOPS.contains(low.get(agent[0] - 1))
                    && !low.get(agent[0] - 1).equals("that") && blank(agent[0] - 1); jump++) {
                agent = backward(agent[0] - 2);
            }
            if (agent != null && Cues.ATTACK_NOUNS.containsKey(low.get(agent[1]))) {
                agent = agent[1] > agent[0] ? trimWeapon(agent[0], agent[1] - 1) : null; // "U.S. air strikes" -> "U.S."
            }
            int[] patient = i + 1 < tokens.size() && blank(i + 1) ? forward(i + 1) : null;
            add(out, relation, cue, i, agent, patient);
        }

        /** The phrase right before an attack noun that says whose it is: "coalition strikes", "U.S. air strikes". */
        private int[] prefix(int i) {
            if (i == 0 || !blank(i) && !gap(i).equals("-")) {
                return null;
            }
            int[] p = backward(i - 1);
            if (p == null) {
                return null;
            }
            return trimWeapon(p[0], p[1]);
        }

        /** [from, to] without a leading determiner and trailing weapon words ("air"), or null if nothing is left. */
        private int[] trimWeapon(int from, int to) {
            while (to >= from && WEAPON_MODIFIERS.contains(low.get(to))) {
                to--;
            }
            while (from <= to && DETERMINERS.contains(low.get(from))) {
                from++;
            }
            for (int k = from; k <= to; k++) {
                if (Cues.WEEKDAYS.contains(low.get(k)) || low.get(k).endsWith("day's") || Cues.MONTHS.contains(low.get(k))) {
                    return null; // "Thursday's attack" says when, not who
                }
            }
            return from <= to ? new int[] {from, to} : null;
        }

        /** The noun phrase ending at token e, read backwards, or null. */
        private int[] backward(int e) {
            if (e < 0 || !phraseWord(e)) {
                return null;
            }
            int k = e;
            while (k > 0 && e - k < MAX_PHRASE) {
                int prev = k - 1;
                if (!joined(k)) {
                    break;
                }
                String w = low.get(prev);
                if (DETERMINERS.contains(w)) {
                    k = prev;
                    break;
                }
                if (w.equals("and") && prev > 0 && phraseWord(prev - 1) && joined(prev) && !isVerbLike(prev - 1)) {
                    k = prev - 1;
                    continue;
                }
                if (!phraseWord(prev) || isVerbLike(prev) && !hyphen(k) && !hyphen(prev)) {
                    break; // "US-led coalition" keeps "led", joined by its hyphen
                }
                k = prev;
            }
            return new int[] {k, e};
        }

        /** The noun phrase starting at token s (after any determiner), read forwards, or null. */
        private int[] forward(int s) {
            int k = s;
            while (k < tokens.size() && DETERMINERS.contains(low.get(k))) {
                k++;
            }
            if (k >= tokens.size() || !phraseWord(k) || isVerbLike(k) && !hyphenAfter(k) && !modifier(k)) {
                return null;
            }
            int start = k;
            int end = k;
            for (k = start + 1; k < tokens.size() && k - start < MAX_PHRASE; k++) {
                if (!joined(k)) {
                    break;
                }
                String w = low.get(k);
                if (w.equals("and") && k + 1 < tokens.size() && joined(k + 1) && phraseWord(k + 1) && !isVerbLike(k + 1)) {
                    k++;
                    end = k;
                    continue;
                }
                if (w.equals("of") && PARTITIVES.contains(low.get(end)) && k + 1 < tokens.size()) {
                    int n = k + 1;
                    while (n < tokens.size() && DETERMINERS.contains(low.get(n))) {
                        n++;
                    }
                    if (n < tokens.size() && phraseWord(n) && joined(n)) {
                        k = n;
                        end = n;
                        continue;
                    }
                    break;
                }
                if (APPOSITIONS.contains(w) && k + 1 < tokens.size()) {
                    int n = k + 1;
                    while (n < tokens.size() && DETERMINERS.contains(low.get(n))) {
                        n++;
                    }
                    if (n < tokens.size() && (tokens.get(n).isName() || capitalized(n))) {
                        k = n;
                        end = n;
                        continue;
                    }
                    break;
                }
                if (!phraseWord(k) || isVerbLike(k) && !hyphen(k) && !hyphenAfter(k) && !modifier(k)) {
                    break;
                }
                end = k;
            }
            return new int[] {start, end};
        }

        /** A word that can stand inside a noun phrase. */
        private boolean phraseWord(int k) {
            String w = low.get(k);
            if (STOPS.contains(w) || AUXILIARIES.contains(w) || Cues.REPORTING.contains(w) || w.equals("and")
                    || w.equals("not") || DETERMINERS.contains(w)) {
                return false;
            }
            if ((w.equals("close") || w.equals("next") || w.equals("due")) && k + 1 < tokens.size()
                    && low.get(k + 1).equals("to")) {
                return false; // "militias close to the town"
            }
            if (tokens.get(k).isName() || GROUP_NOUNS.contains(w) || capitalized(k) || isNumber(k)
                    || Cues.ATTACK_NOUNS.containsKey(w) || modifier(k)) {
                return true;
            }
            String tag = tags[k];
            return "NOUN".equals(tag) || "PROPN".equals(tag) || "ADJ".equals(tag) || "NUM".equals(tag)
                    || "PRON".equals(tag) && PRONOUNS.contains(w) || hyphen(k) || hyphenAfter(k);
        }

        /** A participle before a group noun describes it: "armed forces", "advancing convoy". */
        private boolean modifier(int k) {
            String w = low.get(k);
            return (w.endsWith("ed") || w.endsWith("ing")) && k + 1 < tokens.size() && blank(k + 1)
                    && GROUP_NOUNS.contains(low.get(k + 1));
        }

        /** A verb that ends a noun phrase; group nouns and capitalised words are never read as verbs. */
        private boolean isVerbLike(int k) {
            String w = low.get(k);
            if (GROUP_NOUNS.contains(w) || tokens.get(k).isName() || capitalized(k) && !titleCase
                    || Cues.ATTACK_NOUNS.containsKey(w) && !Cues.VERB_FORMS.contains(w) && !w.startsWith("hit")) {
                return false;
            }
            return "VERB".equals(tags[k]) || Cues.VERB_FORMS.contains(w) || Cues.ATTACK_VERBS.containsKey(w)
                    && !Cues.ATTACK_NOUNS.containsKey(w) || w.equals("hit") || w.equals("hits");
        }

        private boolean isAdverb(int k) {
            String w = low.get(k);
            return w.endsWith("ly") && !tokens.get(k).isName() && !capitalized(k) || "ADV".equals(tags[k]) && !isNumber(k)
                    || (w.equals("or") || w.equals("and")) && k > 0 && low.get(k - 1).endsWith("ly");
        }

        private boolean isNumber(int k) {
            String w = low.get(k);
            return !w.isEmpty() && Character.isDigit(w.charAt(0));
        }

        private boolean nounish(int k) {
            String tag = tags[k];
            return tokens.get(k).isName() || GROUP_NOUNS.contains(low.get(k)) || capitalized(k) || "NOUN".equals(tag)
                    || "PROPN".equals(tag);
        }

        private boolean capitalized(int k) {
            return Character.isUpperCase(surface.get(k).charAt(0));
        }

        /** True when tokens k-1 and k belong to one phrase: a space, a hyphen, an abbreviation's stop, a possessive. */
        private boolean joined(int k) {
            String g = gap(k);
            if (g.isBlank() || hyphen(k)) {
                return true;
            }
            String prev = surface.get(k - 1);
            boolean abbreviation = prev.contains(".") || prev.length() <= 4 && Character.isUpperCase(prev.charAt(0));
            return abbreviation && g.matches("\\.[\\s-]?") || g.matches("['\u2019]\\s");
        }

        private boolean hyphenAfter(int k) {
            return k + 1 < tokens.size() && hyphen(k + 1);
        }

        /** True when a hyphen joins token k to the one before: "US-led", also mistyped "US -led". */
        private boolean hyphen(int k) {
            String g = gap(k);
            return g.equals("-") || g.equals(" -") || g.equals("- ") || g.equals(".-");
        }

        private boolean blank(int k) {
            return k >= tokens.size() || gap(k).isBlank();
        }

        private void add(List<Role> out, Role.Relation relation, String cue, int i, int[] agent, int[] patient) {
            if (agent == null && patient == null) {
                return;
            }
            if (agent != null && agent[0] == agent[1] && PRONOUNS.contains(low.get(agent[0]))) {
                agent = null;
            }
            if (patient != null && patient[0] == patient[1] && PRONOUNS.contains(low.get(patient[0]))) {
                patient = null;
            }
            Set<String> agentNames = agent == null ? Set.of() : names(agent);
            Map<String, String> groups = patient == null ? Map.of() : groups(patient);
            ActorKind kind = patient == null ? ActorKind.NONE : kind(patient);
            out.add(new Role(relation, cue, excerpt(i, i), Optional.ofNullable(agent).map(a -> excerpt(a[0], a[1])),
                    Optional.ofNullable(patient).map(p -> excerpt(p[0], p[1])), agentNames, groups, kind));
        }

        private ActorKind kind(int[] p) {
            List<String> words = new ArrayList<>();
            for (int k = p[0]; k <= p[1]; k++) {
                words.add(low.get(k));
            }
            boolean pro = low.get(p[0]).equals("pro") && hyphenAfter(p[0]);
            if (p[0] > 0 && low.get(p[0] - 1).equals("pro") && hyphen(p[0])) {
                pro = true;
            }
            return ActorKind.of(words, pro);
        }

        /** Canonical forms of the names in [from, to]. */
        private Set<String> names(int[] span) {
            Set<String> out = new LinkedHashSet<>();
            for (int k = span[0]; k <= span[1]; k++) {
                Token t = tokens.get(k);
                if (t.isName()) {
                    out.add(t.norm());
                } else if (capitalized(k) && !titleCase && (k > 0 || "PROPN".equals(tags[k])) && !GROUP_NOUNS.contains(low.get(k))) {
                    out.add(low.get(k));
                }
            }
            return out;
        }

        /** Named groups in [from, to]: lexicon names of several words, runs of two or more capitalised words. */
        private Map<String, String> groups(int[] span) {
            Map<String, String> out = new LinkedHashMap<>();
            int runStart = -1;
            for (int k = span[0]; k <= span[1] + 1; k++) {
                boolean inRun = k <= span[1] && !titleCase && capitalized(k) && !tokens.get(k).isName()
                        && (runStart < 0 || gap(k).isBlank());
                if (inRun) {
                    runStart = runStart < 0 ? k : runStart;
                    continue;
                }
                if (runStart >= 0 && k - runStart >= 2) {
                    List<String> words = low.subList(runStart, k);
                    out.put(String.join(" ", words), excerpt(runStart, k - 1).text());
                }
                runStart = -1;
                if (k <= span[1] && tokens.get(k).isName() && tokens.get(k).words() >= 2) {
                    out.put(tokens.get(k).norm(), surface.get(k));
                }
            }
            return out;
        }

        /** True when most longer words begin with a capital: a headline, whose capitals say nothing. */
        private boolean titleCase() {
            int words = 0;
            int capitals = 0;
            for (int k = 0; k < surface.size(); k++) {
                if (surface.get(k).length() > 3 && Character.isLetter(surface.get(k).charAt(0))) {
                    words++;
                    capitals += capitalized(k) ? 1 : 0;
                }
            }
            return words >= 3 && capitals * 10 >= words * 7;
        }

        private Excerpt excerpt(int from, int to) {
            return s.excerpt(from, to);
        }

        /** The characters between token k-1 and token k (or before token 0 in its sentence). */
        private String gap(int k) {
            return s.gap(k);
        }
    }
}
