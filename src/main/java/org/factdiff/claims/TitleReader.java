package org.factdiff.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdiff.text.Token;

/**
 * Reads the offices a sentence gives named people ({@link Cues#OFFICES}), in the three ways
 * news text writes them: "Sheriff Quentin Miller", "the local police chief, Quentin Miller",
 * "Michael Nutter, the city's mayor". A former office ("former Mayor X") is not read.
 */
final class TitleReader implements SlotReader<List<Title>> {
    /** Words of a body's name before its possessive and an office: "Tarby Water's vice president". */
    static final int OWNER_WORDS = 3;
    /** Words allowed between "the" and the office after a name: "Nutter, the city's mayor". */
    static final int MODIFIERS = 3;
    /** Words that end an appositive before its office: "a spokesperson for the sheriff". */
    private static final java.util.Set<String> FUNCTION_WORDS = Cues.set("title-function-words.txt");

    @Override
    public List<Title> read(TaggedSentence s) {
        return new Reading(s).read();
    }

    /** One sentence being read, with each token as a word (a lexicon name by its group: "Gov." is "governor"). */
    private static final class Reading {
        private final TaggedSentence tagged;
        private final List<Token> tokens;
        private final List<String> surface;
        /** Each token as a word: lower case, and a lexicon name by its group ("Gov." is "governor"). */
        private final List<String> words = new ArrayList<>();

        Reading(TaggedSentence s) {
            this.tagged = s;
            this.tokens = s.tokens();
            this.surface = s.surface();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                words.add(t.isName() ? t.norm().substring(1).replace('_', ' ') : s.lower(k));
            }
        }

        List<Title> read() {
            List<Title> out = new ArrayList<>();
            for (int k = 0; k < tokens.size(); k++) {
                int end = nameEnd(k);
                if (end < k + 1) {
                    continue; // a name has two words at least
                }
                int[] before = k > 0 && Character.isUpperCase(surface.get(k - 1).charAt(0))
                        ? officeEndingAt(k - 1, gap(k).isBlank() || gap(k).matches("\\.\\s+")) : null; // "Sheriff Quentin Miller"
                if (before == null && k > 0 && gap(k).isBlank()) {
                    // "dismissed head coach Pieter Lanz": an office in lower case, as many styles
                    // write it; not one that is also a word for anyone ("station representative X").
                    before = officeEndingAt(k - 1, true);
                    before = before != null && !NOT_IN_LOWER_CASE.contains(officeName(before[2], before[1])) ? before : null;
                }
                if (before == null && k > 0 && gap(k).strip().equals(",")) {
                    before = officeEndingAt(k - 1, true); // "the local police chief, Quentin Miller"
                    if (before != null) {
                        before[0] = leadingModifiers(before[0]);
                    }
                }
                if (before != null) {
                    out.add(title(before[0], end, k, end, before));
                } else {
                    int[] after = officeAfter(end + 1);
                    if (after == null) {
                        after = officeAs(k, end);
                    }
                    if (after != null) {
                        out.add(title(k, after[1], k, end, after));
                    }
                }
                k = end;
            }
            return out;
        }

        private Title title(int from, int to, int nameFrom, int nameTo, int[] office) {
            String person = words.get(nameFrom) + " " + words.get(nameTo);
            String name = tagged.span(nameFrom, nameTo);
            StringBuilder canonical = new StringBuilder();
            if (office[3] >= 0) {
                canonical.append(Cues.OFFICE_RANKS.get(words.get(office[3]))).append(' ');
            }
            canonical.append(officeName(office[2], office[1]));
            return new Title(tagged.excerpt(from, to), person, name,
                    canonical.toString());
        }

        /** Offices not read before a name in lower case: words for anyone who speaks for others ("station representative X"). */
        private static final Set<String> NOT_IN_LOWER_CASE = Set.of("representative");

        /** The last token of a capitalised name starting at k (two words or more), or k - 1. */
        private int nameEnd(int k) {
            if (!nameWord(k)) {
                return k - 1;
            }
            int e = k;
            while (e + 1 < tokens.size() && nameWord(e + 1) && gap(e + 1).isBlank()) {
                e++;
            }
            return e;
        }

        private boolean nameWord(int k) {
            String w = words.get(k);
            return Character.isUpperCase(surface.get(k).charAt(0)) && !isOfficeWord(w) && !Cues.OFFICE_RANKS.containsKey(w)
                    && !Cues.MONTHS.contains(w) && !Cues.WEEKDAYS.contains(w) && !w.equals("the");
        }

        private static boolean isOfficeWord(String w) {
            for (List<String> o : Cues.OFFICES.keySet()) {
                if (o.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The office whose last word is token e: [first token incl. rank, last token, office's own
         * first token, rank token or -1]; null when none, or when a word says it is a former office.
         */
        private int[] officeEndingAt(int e, boolean joined) {
            if (e < 0 || !joined) {
                return null;
            }
            // OFFICES lists longer offices first, so "Prime Minister X" is a prime minister.
            for (Map.Entry<List<String>, String> o : Cues.OFFICES.entrySet()) {
                int n = o.getKey().size();
                int s = e - n + 1;
                if (s >= 0 && words.subList(s, e + 1).equals(o.getKey())) {
                    return withRank(s, e);
                }
            }
            return null;
        }

        /** ", the city's mayor" after a name ending at token e - 1: the office, or null. */
        private int[] officeAfter(int k) {
            if (k >= tokens.size() || !gap(k).strip().equals(",")) {
                return null;
            }
            int s = k;
            int owned = -1;
            boolean article = words.get(s).equals("the") || words.get(s).equals("a") || words.get(s).equals("an");
            if (article) {
                s++;
            } else {
                // "Ada Voss, Ridgeline's vice president", "Orrin Foods' chief executive": the body's
                // name, up to three capitalised words, stands for "the"
                for (int j = s; j < Math.min(tokens.size() - 1, s + OWNER_WORDS) && Character.isUpperCase(surface.get(j).charAt(0))
                        && (j == s || gap(j).isBlank()); j++) {
                    if (possessive(j) || pluralPossessive(j)) {
                        article = true;
                        s = j + 1;
                        owned = s; // "Foods' chief": the apostrophe stands in the gap before the office
                        break;
                    }
                }
            }
            for (int start = s; start < Math.min(tokens.size(), s + (article ? MODIFIERS : 0) + 1); start++) {
                if (start > k && start != owned && !gap(start).isBlank() || start > s && FUNCTION_WORDS.contains(words.get(start - 1))) {
                    return null; // "a spokesperson for the sheriff's office": the office is not the person's
                }
                for (Map.Entry<List<String>, String> o : Cues.OFFICES.entrySet()) {
                    int n = o.getKey().size();
                    if (start + n <= tokens.size() && words.subList(start, start + n).equals(o.getKey())
                            && !possessive(start + n - 1) && !headOf(start, n) && !modifiesNoun(start, n)) {
                        int[] office = withRank(start, start + n - 1);
                        return office == null ? null : new int[] {k, office[1], office[2], office[3]};
                    }
                }
            }
            return null;
        }

        /** Verbs right before a name that give it the office after "as": "named Tomas Reyl as head coach". */
        private static final Set<String> APPOINTING = Set.of("named", "appointed", "hired", "confirmed", "installed",
                "unveiled", "picked", "chose", "elected", "promoted", "recruited", "poached");
        /** Verbs after a name that give it the office after "as": "Tomas Reyl has joined Harlow Rovers as assistant coach". */
        private static final Set<String> TAKING_UP = Set.of("joined", "joins", "rejoined", "returned", "returns");
        /** Words after such a verb searched for "as": the body joined, in capitals ("Harlow Rovers"). */
        private static final int AS_REACH = 4;

        /**
         * "named Tomas Reyl as head coach", "Tomas Reyl has joined Harlow Rovers as assistant
         * coach", "Tomas Reyl was appointed as head coach": the office taken up, for a name from
         * token k to token end; null when none. A name after "replaced" or "succeeds" is left alone:
         * "replaced Ada Voss as coach" tells of her former office.
         */
        private int[] officeAs(int k, int end) {
            int as = -1;
            if (end + 1 < tokens.size() && words.get(end + 1).equals("as") && k > 0 && APPOINTING.contains(words.get(k - 1))) {
                as = end + 1;
            } else {
                int v = end + 1;
                while (v < tokens.size() && v <= end + 3 && !TAKING_UP.contains(words.get(v))
                        && Set.of("has", "have", "had", "was", "is", "will", "been", "be", "formally", "officially").contains(words.get(v))) {
                    v++;
                }
                if (v < tokens.size() && v > end + 1 && APPOINTING.contains(words.get(v))
                        && Set.of("was", "been", "is", "were").contains(words.get(v - 1)) && v + 1 < tokens.size()
                        && words.get(v + 1).equals("as")) {
                    as = v + 1; // "Tomas Reyl was appointed as head coach"
                } else if (v >= tokens.size() || !TAKING_UP.contains(words.get(v)) || !gap(end + 1).isBlank()) {
                    return null;
                }
                for (int j = v + 1; as < 0 && j < Math.min(tokens.size(), v + 1 + AS_REACH + 1); j++) {
                    if (words.get(j).equals("as")) {
                        as = j;
                        break;
                    }
                    if (!gap(j).isBlank() || !Character.isUpperCase(surface.get(j).charAt(0)) && !words.get(j).equals("the")) {
                        return null; // only the body joined may stand between: "joined Harlow Rovers as"
                    }
                }
            }
            if (as < 0 || as + 1 >= tokens.size() || !gap(as + 1).isBlank()) {
                return null;
            }
            int s = as + 1;
            if (Set.of("the", "a", "an", "its", "their", "his", "her", "new").contains(words.get(s))) {
                s++;
            }
            if (s < tokens.size() && Cues.OFFICE_RANKS.containsKey(words.get(s))) {
                s++; // the rank is read by withRank from the office's first word
            }
            for (Map.Entry<List<String>, String> o : Cues.OFFICES.entrySet()) {
                int n = o.getKey().size();
                if (s + n <= tokens.size() && words.subList(s, s + n).equals(o.getKey()) && !possessive(s + n - 1)
                        && !headOf(s, n)) {
                    int[] office = withRank(s, s + n - 1);
                    return office == null ? null : new int[] {as + 1, office[1], office[2], office[3]};
                }
            }
            return null;
        }

        /**
         * True when a one-word office is an adjective of the noun after it: "the WSE's principal
         * inspector", "the head chef" name no head teacher.
         */
        private boolean modifiesNoun(int start, int n) {
            int next = start + n;
            return n == 1 && next < tokens.size() && gap(next).isBlank() && "NOUN".equals(tagged.tag(next))
                    && Character.isLowerCase(surface.get(next).charAt(0));
        }

        /** Words after "head of" searched for a school's word. */
        private static final int SCHOOL_REACH = 5;
        /** Words that make "head of" the head of a school. */
        private static final Set<String> SCHOOLS = Set.of("school", "academy", "college", "primary", "secondary",
                "high", "grammar", "infant", "junior");

        /**
         * True when the office at {@code start} is "head" alone before "of": "Nadia Orrell, head of
         * Brenna Water" leads a firm, and no school's head teacher is meant.
         */
        private boolean headOf(int start, int n) {
            if (n != 1 || !words.get(start).equals("head") || start + 1 >= tokens.size() || !words.get(start + 1).equals("of")) {
                return false;
            }
            if (start > 0 && Cues.OFFICE_RANKS.containsKey(words.get(start - 1))) {
                return false; // "the deputy head of Tarn Primary School"
            }
            for (int k = start + 2; k < Math.min(tokens.size(), start + 2 + SCHOOL_REACH); k++) {
                if (SCHOOLS.contains(words.get(k))) {
                    return false; // "head of Tarn Primary School" leads a school
                }
            }
            return true;
        }

        /** The first token of "the local" before an office starting at s: its article and up to three modifiers. */
        private int leadingModifiers(int s) {
            for (int k = s - 1; k >= 0 && s - k <= MODIFIERS + 1 && gap(k + 1).isBlank(); k--) {
                String w = words.get(k);
                if (w.equals("the") || w.equals("a") || w.equals("an")) {
                    return k;
                }
                if (FUNCTION_WORDS.contains(w) || Character.isUpperCase(surface.get(k).charAt(0)) && k > 0) {
                    break;
                }
            }
            return s; // no article: the modifiers may be anything ("said police chief")
        }

        /** True when token k is followed by "'s": "the sheriff's office" names the office, not the person. */
        /** True for a plural's possessive: "Orrin Foods' chief executive". */
        private boolean pluralPossessive(int k) {
            String text = tagged.cleanText();
            String after = text.substring(tokens.get(k).end(), Math.min(text.length(), tokens.get(k).end() + 2));
            String word = surface.get(k);
            return word.endsWith("s'") || word.endsWith("s\u2019")
                    || word.endsWith("s") && (after.startsWith("'") || after.startsWith("\u2019")) && !possessive(k);
        }

        private boolean possessive(int k) {
            String text = tagged.cleanText();
            String after = text.substring(tokens.get(k).end(), Math.min(text.length(), tokens.get(k).end() + 2));
            return after.equals("'s") || after.equals("\u2019s") || surface.get(k).endsWith("'s")
                    || surface.get(k).endsWith("\u2019s");
        }

        private int[] withRank(int s, int e) {
            int first = s;
            int rank = -1;
            if (s > 0 && Cues.OFFICE_RANKS.containsKey(words.get(s - 1))
                    && (gap(s).strip().isEmpty() || gap(s).strip().equals("."))) {
                rank = s - 1;
                first = s - 1;
            }
            if (first > 0 && Cues.FORMER.contains(words.get(first - 1))) {
                return null;
            }
            return new int[] {first, e, s, rank};
        }

        private String officeName(int s, int e) {
            return Cues.OFFICES.get(words.subList(s, e + 1));
        }

        private String gap(int k) {
            return tagged.gap(k);
        }
    }
}
