package org.factdiff.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;
import org.factdiff.text.Token;

/**
 * What differs between two sentences that say nearly the same: the word diff of their
 * canonical forms (names, spelling and case already read as the same), each difference typed
 * by what it changes. Only small differences in mostly equal sentences count: a rewrite of
 * half a sentence is a paraphrase, not a changed fact.
 */
final class SentenceDiff {
    /** Share of words two sentences must have in common, in order, for a difference to be a changed fact. */
    static final double MIN_SIMILARITY = 0.6;
    /** The longest difference, in words on either side, still read as one changed value. */
    static final int MAX_CHANGE = 8;
    /** Words either side of a difference looked at for names in the same list ("Russia, Iran and Turkey"). */
    static final int NAME_WINDOW = 2;

    /** One typed difference: the changed words on each side (a side may be empty, at the insertion point). */
    record Difference(ContradictionKind kind, Excerpt a, Excerpt b) {
    }

    private SentenceDiff() {
    }

    /** Below {@link #MIN_SIMILARITY}, only words of opposite meaning in a short change still count. */
    static final double MIN_SIMILARITY_OPPOSITE = 0.35;
    /** The longest change, in words, read as a swap of opposite words in a reworded sentence. */
    static final int MAX_OPPOSITE_CHANGE = 3;

    static List<Difference> between(Claim ca, ParsedText pa, Claim cb, ParsedText pb, Lexicon lexicon) {
        List<Token> ta = tokens(pa, ca);
        List<Token> tb = tokens(pb, cb);
        List<Difference> out = new ArrayList<>();
        if (ta.isEmpty() || tb.isEmpty()) {
            return out;
        }
        // Synonym classes: "deaths" for "fatalities" is a rewording, not a changed fact.
        Patch<String> patch = DiffUtils.diff(ta.stream().map(t -> lexicon.synonymClass(t.norm())).toList(),
                tb.stream().map(t -> lexicon.synonymClass(t.norm())).toList());
        int changed = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            changed += Math.max(d.getSource().size(), d.getTarget().size());
        }
        double similarity = 1.0 - (double) changed / Math.max(ta.size(), tb.size());
        if (similarity < MIN_SIMILARITY) {
            if (similarity >= MIN_SIMILARITY_OPPOSITE) {
                for (AbstractDelta<String> d : patch.getDeltas()) {
                    int as = d.getSource().getPosition();
                    int ae = as + d.getSource().size();
                    int bs = d.getTarget().getPosition();
                    int be = bs + d.getTarget().size();
                    if (d.getType() == DeltaType.CHANGE && ae - as <= MAX_OPPOSITE_CHANGE && be - bs <= MAX_OPPOSITE_CHANGE
                            && opposite(words(pa, ta, as, ae), words(pb, tb, bs, be))
                            && planned(pa, ta, as, ae) == planned(pb, tb, bs, be)) {
                        out.add(new Difference(ContradictionKind.NEGATION, span(pa, ta, as, ae), span(pb, tb, bs, be)));
                    }
                }
            }
            return out;
        }
        Set<String> namesA = names(ca);
        Set<String> namesB = names(cb);
        int datelineA = dateline(pa, ta);
        int datelineB = dateline(pb, tb);
        for (int[] r : regions(patch)) {
            int as = r[0];
            int ae = r[1];
            int bs = r[2];
            int be = r[3];
            if (ae - as > MAX_CHANGE || be - bs > MAX_CHANGE || ae <= datelineA && be <= datelineB) {
                continue; // "BRENNICK, May 17 (UPW) -" / "BRENNICK, Ostvale -": where the copy was filed, no fact
            }
            // An edit that runs on from the dateline is read from the dateline's end: "Wash. (CWS)
            // - A car ferry" against "- The ferry Salish Wren" sets no agency against a ferry.
            as = Math.max(as, Math.min(ae, datelineA));
            bs = Math.max(bs, Math.min(be, datelineB));
            if (as == ae && bs == be) {
                continue;
            }
            DeltaType type = ae > as && be > bs ? DeltaType.CHANGE : ae > as ? DeltaType.DELETE : DeltaType.INSERT;
            ContradictionKind kind = kind(type, pa, ta, as, ae, namesA, pb, tb, bs, be, namesB);
            if (kind == ContradictionKind.ENTITY || kind == ContradictionKind.ATTRIBUTION) {
                // Show the whole list of names: "Egypt, Qatar and Turkey" against "Egypt".
                int[] a = withNeighbourNames(pa, ta, as, ae, namesA);
                int[] b = withNeighbourNames(pb, tb, bs, be, namesB);
                out.add(new Difference(kind, span(pa, ta, a[0], a[1]), span(pb, tb, b[0], b[1])));
            } else if (kind != null) {
                out.add(new Difference(kind, span(pa, ta, as, ae), span(pb, tb, bs, be)));
            }
        }
        return out;
    }

    /** Words that may stand equal between two edits and still leave them one changed value. */
    static final int JOIN_EQUAL = 1;

    /**
     * The patch's edits, those separated by at most {@link #JOIN_EQUAL} equal words joined:
     * "safe zone backed by Russia, Iran and Turkey" against "deconfliction zone with Russia" is
     * one changed value, not three. Each region is [aFrom, aTo, bFrom, bTo).
     */
    static List<int[]> regions(Patch<String> patch) {
        List<int[]> out = new ArrayList<>();
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int as = d.getSource().getPosition();
            int ae = as + d.getSource().size();
            int bs = d.getTarget().getPosition();
            int be = bs + d.getTarget().size();
            if (!out.isEmpty()) {
                int[] last = out.get(out.size() - 1);
                if (as - last[1] <= JOIN_EQUAL && bs - last[3] <= JOIN_EQUAL) {
                    last[1] = ae;
                    last[3] = be;
                    continue;
                }
            }
            out.add(new int[] {as, ae, bs, be});
        }
        return out;
    }

    private static ContradictionKind kind(DeltaType type, ParsedText pa, List<Token> ta, int as, int ae, Set<String> namesA,
                                          ParsedText pb, List<Token> tb, int bs, int be, Set<String> namesB) {
        List<String> wa = words(pa, ta, as, ae);
        List<String> wb = words(pb, tb, bs, be);
        boolean hedgeA = hedged(pa, ta, as, ae);
        boolean hedgeB = hedged(pb, tb, bs, be);
        if (hedgeA != hedgeB) {
            return ContradictionKind.HEDGE;
        }
        if (sameVote(pa, ta, as, wa) && sameVote(pb, tb, bs, wb)) {
            // "who voted no" is "who voted against it"; "voted yes" is not "voted against".
            return VOTE_NO.contains(wa.get(0)) == VOTE_NO.contains(wb.get(0)) ? null : ContradictionKind.NEGATION;
        }
        boolean notA = wa.stream().anyMatch(SentenceDiff::isNegation);
        boolean notB = wb.stream().anyMatch(SentenceDiff::isNegation);
        if (notA != notB) {
            return ContradictionKind.NEGATION;
        }
        if (type == DeltaType.CHANGE && opposite(wa, wb)) {
            // "remained open" against "will be closed from Monday": a plan does not deny a state.
            return planned(pa, ta, as, ae) == planned(pb, tb, bs, be) ? ContradictionKind.NEGATION : null;
        }
        if (type != DeltaType.CHANGE && !namesInDelta(ta, as, ae, namesA) && !namesInDelta(tb, bs, be, namesB)) {
            return null;
        }
        // Dates before numbers: "March 3" against "March 5" is a date, though only a number changed.
        if (type == DeltaType.CHANGE && isDate(pa, ta, as, ae) && isDate(pb, tb, bs, be)
                && !dateWords(wa).equals(dateWords(wb))) {
            // "a statement Tuesday" against "a Tuesday statement" is the same day; "opened in 1958"
            // against "repainted in 1996" dates two things, not one thing twice. "Yesterday" against
            // "on Saturday" is the same day told from another morning: a day counted from when the
            // article was written is never set against a named one.
            if (relativeOnly(dateWords(wa)) != relativeOnly(dateWords(wb))) {
                return null;
            }
            return datedWords(wa).equals(datedWords(wb)) ? ContradictionKind.DATE : null;
        }
        List<String> numA = numbers(wa);
        List<String> numB = numbers(wb);
        if (type == DeltaType.CHANGE && !numA.isEmpty() && !numB.isEmpty() && !numA.equals(numB)) {
            // "cleared of two" against "convicted of five": other words changed with the figures,
            // which count two things; "5" against "7 people" is one count.
            if (as > 0 && Cues.CHANGE_DIRECTIONS.containsKey(String.join("", words(pa, ta, as - 1, as)))
                    && wa.get(0).equals("to") != wb.get(0).equals("to")) {
                return null; // "rose to 3.2 percent" is the level reached, "rose 0.6 percent" the size of the rise
            }
            Set<String> otherA = besideNumbers(wa);
            Set<String> otherB = besideNumbers(wb);
            return otherA.containsAll(otherB) || otherB.containsAll(otherA) ? ContradictionKind.NUMBER : null;
        }
        // Names of the dateline are where the copy was filed, never an actor of the sentence.
        List<List<String>> runsA = runs(pa, ta, Math.max(dateline(pa, ta), as - NAME_WINDOW), Math.min(ta.size(), ae + NAME_WINDOW), namesA);
        List<List<String>> runsB = runs(pb, tb, Math.max(dateline(pb, tb), bs - NAME_WINDOW), Math.min(tb.size(), be + NAME_WINDOW), namesB);
        boolean nameChanged = namesInDelta(ta, as, ae, namesA) || namesInDelta(tb, bs, be, namesB);
        if (!nameChanged || runsA.isEmpty() || runsB.isEmpty()) {
            return null;
        }
        List<List<String>> onlyA = unshared(runsA, runsB);
        List<List<String>> onlyB = unshared(runsB, runsA);
        boolean replaced = !onlyA.isEmpty() && !onlyB.isEmpty() && onlyA.size() == runsA.size() - shared(runsA, runsB);
        boolean listed = onlyA.isEmpty() != onlyB.isEmpty()
                && (onlyA.isEmpty() ? listJoined(pb, tb, bs, be) : listJoined(pa, ta, as, ae));
        if (!replaced && !listed) {
            return null; // a title or descriptor of the same name ("Spokesman Amy Elliot"), not another actor
        }
        if (capitalised(pa, ta, as, ae) && capitalised(pb, tb, bs, be) && describesOneName(pa, ta, ae, pb, tb, be)) {
            // "Faraway's attorney, Gerald Amsel" and "Defense attorney Gerald Amsel": one person
            // described by whose he is; "chief financial officer, Renata Kolb" and "chief
            // compliance officer" stay apart, the change being no name.
            return null;
        }
        boolean reportingA = around(pa, ta, as, ae).stream().anyMatch(Cues.REPORTING::contains);
        boolean reportingB = around(pb, tb, bs, be).stream().anyMatch(Cues.REPORTING::contains);
        if (reportingA != reportingB && (reportingA ? wa : wb).stream().anyMatch(Cues.REPORTING::contains)) {
            // ", Northvale Police said." against " against Dunmore United.": one article names its
            // source where the other goes on with a detail; the names are no two sources.
            return null;
        }
        return reportingA || reportingB ? ContradictionKind.ATTRIBUTION : ContradictionKind.ENTITY;
    }

    /** [from, to) grown over the names next to it that are joined to it by spaces, commas or "and". */
    private static int[] withNeighbourNames(ParsedText p, List<Token> t, int from, int to, Set<String> actorWords) {
        int f = from;
        int e = to;
        while (f > 0 && isName(t.get(f - 1), actorWords) && joinsList(p, t, f - 1, f == e ? Math.min(f, t.size() - 1) : f)) {
            f--;
        }
        while (e < t.size() && isName(t.get(e), actorWords) && joinsList(p, t, Math.max(f, e - 1), e)) {
            e++;
        }
        return new int[] {f, e};
    }

    /** True when only spaces, a comma or "and" stand between tokens i and j. */
    private static boolean joinsList(ParsedText p, List<Token> t, int i, int j) {
        if (i >= j) {
            return true;
        }
        String between = p.text().substring(t.get(i).end(), t.get(j).start()).strip();
        return between.isEmpty() || between.equals(",") || between.equals("and") || between.equals(", and");
    }

    /** Runs of consecutive name tokens (canonical forms) in [from, to), split at commas and "and". */
    private static List<List<String>> runs(ParsedText p, List<Token> t, int from, int to, Set<String> actorWords) {
        List<List<String>> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = from; i < to; i++) {
            boolean joined = i > from && p.text().substring(t.get(i - 1).end(), t.get(i).start()).isBlank();
            if (isName(t.get(i), actorWords)) {
                if (!run.isEmpty() && !joined) {
                    out.add(run);
                    run = new ArrayList<>();
                }
                run.add(t.get(i).norm());
            } else if (!run.isEmpty()) {
                out.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            out.add(run);
        }
        return out;
    }

    /** The runs of {@code a} that share no name with any run of {@code b}. */
    private static List<List<String>> unshared(List<List<String>> a, List<List<String>> b) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : a) {
            boolean shares = b.stream().anyMatch(o -> o.stream().anyMatch(r::contains) && !oneWordSwapped(r, o));
            if (!shares) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * True when two names of as many words differ in one of them, spelled apart: "Santa Cruz" and
     * "Santa Clara", "North Carolina" and "South Carolina" name two places, though they share a
     * word. A name with a word more ("Port Hallam", "Hallam") may be the same, and so may a word
     * spelled two ways ("Mohammed", "Muhammad").
     */
    static boolean oneWordSwapped(List<String> r, List<String> o) {
        if (r.size() != o.size() || r.size() < 2) {
            return false;
        }
        int differ = -1;
        for (int i = 0; i < r.size(); i++) {
            if (!r.get(i).equals(o.get(i))) {
                if (differ >= 0) {
                    return false;
                }
                differ = i;
            }
        }
        if (differ < 0 || differ == r.size() - 1 && streetKind(r.get(differ)) && streetKind(o.get(differ))) {
            return false; // "Millbrook Road" and "Millbrook Highway": one street, its kind reworded
        }
        // The words are stemmed ("moham"): their consonants tell two spellings of one name.
        String x = consonants(r.get(differ));
        String y = consonants(o.get(differ));
        return !x.startsWith(y) && !y.startsWith(x)
                && org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(x, y) > 1;
    }

    /** True when a stemmed word is the start of a street's kind ("road", "highw"), as {@code street-kinds.txt} lists them. */
    private static boolean streetKind(String stem) {
        String w = stem.replace(Lexicon.NAME_PREFIX, "");
        return w.length() >= 2 && STREET_KINDS.stream().anyMatch(k -> k.startsWith(w));
    }

    /** Last words of a street's name, lower case ({@link PlaceConflicts#STREET_KINDS}). */
    private static final List<String> STREET_KINDS = PlaceConflicts.STREET_KINDS.stream()
            .map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList();

    /** The consonants of a word, a doubled one once: "muhammad" is "mhmd". */
    private static String consonants(String word) {
        String c = word.replace(Lexicon.NAME_PREFIX, "").replaceAll("[aeiouy]", "");
        return c.replaceAll("(.)\\1+", "$1");
    }

    private static int shared(List<List<String>> a, List<List<String>> b) {
        return a.size() - unshared(a, b).size();
    }

    /** True when the changed words join names in a list: "Russia, Iran and Turkey". */
    private static boolean listJoined(ParsedText p, List<Token> t, int from, int to) {
        int start = t.get(Math.max(0, from - 1)).start();
        int end = t.get(Math.min(t.size() - 1, Math.max(from, to))).end();
        String s = p.text().substring(start, end);
        if (s.contains(" and ") || s.contains(" or ")) {
            return true;
        }
        // "Riverton, Wyoming, on Monday": one name after another with a comma and no "and" or
        // "or" near is the place a place lies in, not a second actor.
        int wideStart = t.get(Math.max(0, from - LIST_WINDOW)).start();
        int wideEnd = t.get(Math.min(t.size() - 1, to + LIST_WINDOW)).end();
        String wide = " " + p.text().substring(wideStart, wideEnd).toLowerCase(java.util.Locale.ROOT) + " ";
        return s.contains(",") && (wide.contains(" and ") || wide.contains(" or "));
    }

    /** Tokens either side of a changed name searched for the "and" or "or" that makes a list. */
    static final int LIST_WINDOW = 4;

    /**
     * True when tokens [from, to) hold a hedge of the statement; not one right after a
     * preposition that qualifies the phrase it opens: "on probably the most serious count".
     */
    private static boolean hedged(ParsedText p, List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHedge(word(p, t, i))) {
                continue;
            }
            boolean phrase = i >= 1 && i + 1 < t.size() && PREPOSITIONS.contains(word(p, t, i - 1))
                    && PHRASE_OPENERS.contains(word(p, t, i + 1));
            if (!phrase) {
                return true;
            }
        }
        return false;
    }

    /** Words that make what follows a plan or a possibility, not what is or was. */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should",
            "expected", "planned", "plans");
    /** How far before a change a modal still governs it: "will be closed", "is expected to be closed". */
    private static final int MODAL_REACH = 3;

    /** True when a modal stands in the change or just before it ("will be closed"). */
    private static boolean planned(ParsedText p, List<Token> t, int from, int to) {
        for (int i = Math.max(0, from - MODAL_REACH); i < to; i++) {
            if (MODALS.contains(word(p, t, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of the dateline a sentence opens with, or 0: a place in capitals, maybe a region,
     * a date and an agency, then a dash ("MOORE, Okla. (AP) —", "BRENNICK, May 17 (UPW) -").
     */
    static int dateline(ParsedText p, List<Token> t) {
        String first = p.text().substring(t.get(0).start(), t.get(0).end());
        if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))
                || !first.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        for (int i = 1; i < Math.min(t.size(), DATELINE_TOKENS); i++) {
            String gap = p.text().substring(t.get(i - 1).end(), t.get(i).start());
            if (gap.contains("\u2014") || gap.contains("\u2013") || gap.contains(" - ") || gap.contains("--")) {
                return i;
            }
        }
        return 0;
    }

    /** True when the edit at {@code from} is how someone voted: "voted no", "voted against it", "voted in favour". */
    private static boolean sameVote(ParsedText p, List<Token> t, int from, List<String> w) {
        return from > 0 && !w.isEmpty() && VOTED.contains(word(p, t, from - 1))
                && (VOTE_NO.contains(w.get(0)) || VOTE_YES.contains(w.get(0)));
    }

    /** Verbs of voting before how a vote was cast. */
    private static final Set<String> VOTED = Set.of("voted", "vote", "votes", "voting");
    /** First words of a vote against: "no", "against it". */
    private static final Set<String> VOTE_NO = Set.of("no", "against", "nay");
    /** First words of a vote for: "yes", "for it", "in favour". */
    private static final Set<String> VOTE_YES = Set.of("yes", "for", "in", "aye");

    /** Most tokens a dateline takes before its dash. */
    private static final int DATELINE_TOKENS = 12;

    private static String word(ParsedText p, List<Token> t, int i) {
        return Lexicon.fold(p.text().substring(t.get(i).start(), t.get(i).end()));
    }

    /** Prepositions after which a hedge qualifies only the phrase that follows. */
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "of", "at", "for", "with", "by", "to", "from",
            "into", "over", "than");
    /** Words that open a noun phrase after such a hedge. */
    private static final Set<String> PHRASE_OPENERS = Set.of("the", "a", "an", "some", "about", "around", "more",
            "most", "one", "two", "three");

    private static boolean isHedge(String w) {
        return Cues.HEDGES.contains(w) && !w.equals("may") || Cues.UNKNOWN.contains(w);
    }

    /**
     * True for a word that denies: "not", "never", "didn't", "without", which denies the act
     * after it ("said, without naming the business" is "did not name the business"), and words
     * of inability ("was unable to", "failed to").
     */
    private static boolean isNegation(String w) {
        return Cues.NEGATIONS.contains(w) || w.endsWith("n't") || w.equals("without") || INABILITY.contains(w);
    }

    /** Words that deny the act after them as "could not" does: "was unable to match" is "could not match". */
    private static final Set<String> INABILITY = Set.of("unable", "failed", "fails", "incapable");

    /**
     * True when the changed words [from, to) are a date or part of one: a month, weekday or
     * year among them, or a day number next to a month ("March 3", "3 March").
     */
    private static boolean isDate(ParsedText p, List<Token> t, int from, int to) {
        List<String> changed = words(p, t, from, to);
        if (changed.isEmpty()) {
            return false;
        }
        if (changed.stream().anyMatch(SentenceDiff::isDateWord)) {
            return true;
        }
        boolean dayNumbers = changed.stream().allMatch(w -> w.matches("\\d{1,2}(st|nd|rd|th)?"));
        List<String> around = words(p, t, Math.max(0, from - 1), from);
        List<String> after = words(p, t, to, Math.min(t.size(), to + 1));
        return dayNumbers && (around.stream().anyMatch(Cues.MONTHS::contains) || after.stream().anyMatch(Cues.MONTHS::contains));
    }

    /** The date words and day numbers among changed words, as a set. */
    private static Set<String> dateWords(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (isDateWord(w) || w.matches("\\d{1,2}(st|nd|rd|th)?")) {
                out.add(w);
            }
        }
        return out;
    }

    /** The changed words that are neither dates nor words that only join ("in", "on", "which", "was"). */
    private static Set<String> datedWords(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (!isDateWord(w) && !w.matches("\\d.*") && !DATE_JOINERS.contains(w) && w.chars().anyMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words around a date that say nothing of what is dated. */
    private static final Set<String> DATE_JOINERS = Set.of("in", "on", "at", "of", "the", "a", "which", "that", "was",
            "were", "is", "has", "had", "been", "be", "and", "late", "early", "last", "this", "next", "by", "a.m.",
            "p.m.", "am", "pm", "morning", "afternoon", "evening", "night", "st", "nd", "rd", "th");

    /** Days counted from when the article was written. */
    private static final Set<String> RELATIVE_DAYS = Set.of("yesterday", "today", "tonight", "tomorrow");

    /** True when every date word is a day counted from the writing ("yesterday", "today"). */
    private static boolean relativeOnly(Set<String> dateWords) {
        return !dateWords.isEmpty() && RELATIVE_DAYS.containsAll(dateWords);
    }

    private static boolean isDateWord(String w) {
        return Cues.MONTHS.contains(w) || Cues.WEEKDAYS.contains(w) || w.matches("(18|19|20)\\d\\d")
                || RELATIVE_DAYS.contains(w);
    }

    /**
     * True when a word of one side begins as the opposite of a word of the other ("over-" /
     * "under-") and the rest of the change is the same on both sides but for words of function:
     * "the van died" against "the lorry survived" speaks of two subjects, not one given two fates.
     */
    private static boolean opposite(List<String> wa, List<String> wb) {
        for (List<String> pair : Cues.OPPOSITES) {
            for (String x : wa) {
                for (String y : wb) {
                    if ((x.startsWith(pair.get(0)) && y.startsWith(pair.get(1))
                            || x.startsWith(pair.get(1)) && y.startsWith(pair.get(0))) && rest(wa, x).equals(rest(wb, y))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Verbs that only link a state to its subject: "remained open" against "was closed". */
    private static final Set<String> COPULAS = Set.of("remained", "remains", "stayed", "stays", "kept", "became",
            "becomes", "seemed", "appeared", "proved");

    /** The words of a change besides {@code word}, without words of function. */
    private static Set<String> rest(List<String> words, String word) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (!w.equals(word) && !org.factdiff.text.StopWords.contains(w) && !COPULAS.contains(w)
                    && w.chars().anyMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words of a change besides its figures and their bounds ("about", "at least"), without words of function. */
    private static Set<String> besideNumbers(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (w.chars().anyMatch(Character::isLetter) && !Cues.NUMBER_WORDS.containsKey(w) && !BOUNDS.contains(w)
                    && !org.factdiff.text.StopWords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words that bound or round a figure. */
    private static final Set<String> BOUNDS = Set.of("about", "around", "nearly", "almost", "roughly", "approximately",
            "some", "least", "most", "more", "than", "over", "under", "fewer", "less", "up", "estimated", "just", "only",
            "another", "further", "additional", "exactly", "precisely", "initially", "now");

    private static List<String> numbers(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                out.add(w.replace(",", ""));
            } else if (Cues.NUMBER_WORDS.containsKey(w)) {
                out.add(String.valueOf(Cues.NUMBER_WORDS.get(w)));
            }
        }
        return out;
    }

    /** The words of a claim's actors (canonical forms), for telling names in a difference. */
    private static Set<String> names(Claim c) {
        Set<String> out = new HashSet<>();
        for (String actor : c.actors()) {
            for (String w : actor.split(" ")) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * True when both changed spans are followed, a word of office and a comma at most between,
     * by the same name of two words or more: the spans describe that person, whoever else they name.
     */
    private static boolean describesOneName(ParsedText pa, List<Token> ta, int ae, ParsedText pb, List<Token> tb, int be) {
        List<String> a = nameAfter(pa, ta, ae);
        return a.size() >= 2 && a.equals(nameAfter(pb, tb, be));
    }

    /**
     * The capitalised words that follow token {@code from} within {@link #DESCRIBED_REACH} tokens
     * of a title's words and commas, folded: "attorney, Gerald Amsel". A word of function between
     * ("and the Cray River", "near the Cray River") makes the name no part of the description.
     */
    private static List<String> nameAfter(ParsedText p, List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k - from < DESCRIBED_REACH && !Character.isUpperCase(p.text().charAt(t.get(k).start()))) {
            String w = Lexicon.fold(p.text().substring(t.get(k).start(), t.get(k).end()));
            if (org.factdiff.text.StopWords.contains(w)) {
                return List.of();
            }
            k++;
        }
        List<String> out = new ArrayList<>();
        while (k < t.size() && Character.isUpperCase(p.text().charAt(t.get(k).start()))) {
            out.add(Lexicon.fold(p.text().substring(t.get(k).start(), t.get(k).end())));
            k++;
        }
        return out;
    }

    /** True when every token of [from, to) is capitalised (or a possessive "'s"): a name changed, no role. */
    private static boolean capitalised(ParsedText p, List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = p.text().substring(t.get(i).start(), t.get(i).end());
            if (!Character.isUpperCase(w.charAt(0)) && !w.equals("'s") && !w.equals("\u2019s")) {
                return false;
            }
        }
        return to > from;
    }

    /** Tokens after a changed span searched for the name it may describe ("attorney , Gerald"). */
    static final int DESCRIBED_REACH = 3;

    private static boolean isName(Token t, Set<String> actorWords) {
        return t.isName() || actorWords.contains(t.norm());
    }

    private static boolean namesInDelta(List<Token> t, int from, int to, Set<String> actorWords) {
        for (int i = from; i < to; i++) {
            if (isName(t.get(i), actorWords)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(ParsedText p, List<Token> t, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(Lexicon.fold(p.text().substring(t.get(i).start(), t.get(i).end())));
        }
        return out;
    }

    private static List<String> around(ParsedText p, List<Token> t, int from, int to) {
        return words(p, t, Math.max(0, from - 1), Math.min(t.size(), to + 1));
    }

    /** The changed words as an excerpt; an empty side is an empty excerpt where they would be. */
    private static Excerpt span(ParsedText p, List<Token> t, int from, int to) {
        if (to > from) {
            return p.excerpt(t.get(from).start(), t.get(to - 1).end());
        }
        int at = from < t.size() ? t.get(from).start() : t.get(t.size() - 1).end();
        return p.excerpt(at, at);
    }

    static List<Token> tokens(ParsedText p, Claim c) {
        return p.tokens().stream().filter(t -> t.sentence() == c.sentence()).toList();
    }
}
