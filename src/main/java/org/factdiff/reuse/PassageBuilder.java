package org.factdiff.reuse;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdiff.base.Sha256;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Quotes;
import org.factdiff.text.Token;

/**
 * Turns the sentence-level matches of one article pair into passages: merges matches that
 * follow each other in both texts, measures each passage (word diff with java-diff-utils,
 * similarity), labels it by its edit profile and drops what is not evidence of reuse.
 */
final class PassageBuilder {
    private final ReuseOptions options;

    PassageBuilder(ReuseOptions options) {
        this.options = options;
    }

    List<Passage> build(WinnowingReuseDetector.Doc a, WinnowingReuseDetector.Doc b,
                        List<WinnowingReuseDetector.Match> matches) {
        List<int[]> chains = new ArrayList<>();
        for (WinnowingReuseDetector.Match m : matches) {
            boolean placed = false;
            for (int[] c : chains) {
                if (m.aFrom() >= c[0] && m.aTo() <= c[1] && m.bFrom() >= c[2] && m.bTo() <= c[3]) {
                    placed = true; // already inside
                } else if (follows(c[1], m.aFrom()) && follows(c[3], m.bFrom())
                        || overlaps(c[0], c[1], m.aFrom(), m.aTo()) && overlaps(c[2], c[3], m.bFrom(), m.bTo())
                        || quoteAfterFrame(a, c[1], m.aFrom()) && quoteAfterFrame(b, c[3], m.bFrom())) {
                    c[0] = Math.min(c[0], m.aFrom());
                    c[1] = Math.max(c[1], m.aTo());
                    c[2] = Math.min(c[2], m.bFrom());
                    c[3] = Math.max(c[3], m.bTo());
                    placed = true;
                }
                if (placed) {
                    break;
                }
            }
            if (!placed) {
                chains.add(new int[] {m.aFrom(), m.aTo(), m.bFrom(), m.bTo()});
            }
        }
        List<Passage> out = new ArrayList<>();
        for (int[] c : chains) {
            Passage p = evaluate(a, b, c[0], c[1], c[2], c[3]);
            if (p != null) {
                out.add(p);
            }
        }
        List<Passage> kept = withoutFragments(out);
        kept.sort(ORDER);
        return kept;
    }

    static final java.util.Comparator<Passage> ORDER = java.util.Comparator
            .comparingInt((Passage p) -> p.a().start()).thenComparingInt(p -> p.b().start())
            .thenComparingInt(p -> p.a().end()).thenComparingInt(p -> p.b().end());

    /**
     * Drops a passage when most of one of its sides is already part of a much longer passage
     * of the same pair: a phrase that recurs elsewhere in the other text ("the coalition
     * struck the army") is not a second copy of it.
     */
    static List<Passage> withoutFragments(List<Passage> passages) {
        List<Passage> bySize = new ArrayList<>(passages);
        bySize.sort(java.util.Comparator.comparingInt((Passage p) -> -(p.a().length() + p.b().length())).thenComparing(ORDER));
        List<Passage> kept = new ArrayList<>();
        for (Passage p : bySize) {
            boolean fragment = false;
            for (Passage q : kept) {
                boolean muchLonger = q.a().length() + q.b().length() >= FRAGMENT_RATIO * (p.a().length() + p.b().length());
                if (muchLonger && (mostlyInside(p.a(), q.a()) || mostlyInside(p.b(), q.b()))) {
                    fragment = true;
                    break;
                }
            }
            if (!fragment) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** How much longer a passage must be than another to make the other a fragment of it. */
    static final double FRAGMENT_RATIO = 1.5;

    private static boolean mostlyInside(Excerpt inner, Excerpt outer) {
        int overlap = Math.min(inner.end(), outer.end()) - Math.max(inner.start(), outer.start());
        return overlap > 0 && overlap * 2 >= inner.length();
    }

    /**
     * True when a quotation ends at token {@code end} and the next one starts at {@code nextStart}
     * after no more than an attribution ("he said", "the mayor said of the scene"): the same
     * quotations in the same order, each perhaps too short to count alone, are one passage.
     * Reporters who heard the same speaker pick different lines; a copy keeps the sequence.
     */
    private static boolean quoteAfterFrame(WinnowingReuseDetector.Doc d, int end, int nextStart) {
        if (end <= 0 || nextStart < end || nextStart - end > FRAME_TOKENS || nextStart >= d.text.tokens().size()) {
            return false;
        }
        List<Token> tokens = d.text.tokens();
        Token last = tokens.get(end - 1);
        Token next = tokens.get(nextStart);
        return Quotes.inside(d.quotes, last.start(), last.end()) && Quotes.inside(d.quotes, next.start(), next.end())
                && !Quotes.inside(d.quotes, last.start(), next.end());
    }

    /** The longest attribution between two quotations of one passage, in tokens. */
    static final int FRAME_TOKENS = 12;

    private boolean follows(int end, int nextStart) {
        return nextStart >= end && nextStart - end <= options.mergeGap();
    }

    private static boolean overlaps(int s1, int e1, int s2, int e2) {
        return s1 < e2 && s2 < e1;
    }

    /** The passage of tokens [aFrom, aTo) and [bFrom, bTo), or null when it is no evidence of reuse. */
    Passage evaluate(WinnowingReuseDetector.Doc a, WinnowingReuseDetector.Doc b, int aFrom, int aTo, int bFrom, int bTo) {
        List<Token> ta = a.text.tokens().subList(aFrom, aTo);
        List<Token> tb = b.text.tokens().subList(bFrom, bTo);
        int wordsA = ta.stream().mapToInt(Token::words).sum();
        int wordsB = tb.stream().mapToInt(Token::words).sum();
        if (Math.min(wordsA, wordsB) < options.minWords()) {
            return null;
        }
        // Words in common, in order, reading synonyms as the same word.
        Patch<Integer> classDiff = DiffUtils.diff(ids(a, aFrom, aTo), ids(b, bFrom, bTo));
        // Edits, on canonical forms: a synonym swap counts as a change.
        Patch<String> normDiff = DiffUtils.diff(ta.stream().map(Token::norm).toList(), tb.stream().map(Token::norm).toList());
        int equal = 0;
        int equalWords = 0;
        for (int[] e : equalRuns(classDiff, ta.size())) {
            equal += e[1] - e[0];
            for (int i = e[0]; i < e[1]; i++) {
                equalWords += ta.get(i).words();
            }
        }
        if (equalWords < options.minWords()) {
            return null; // too few words in common, whatever surrounds them
        }
        if (plainInCommon(a, aFrom, aTo, b, bFrom, bTo) < MIN_PLAIN_WORDS) {
            // "The union, United Rail and Transit Workers Local 612" against "The protest,
            // organized by United Rail and Transit Workers Local 612": a name and a figure both
            // reports state, not a passage one copied
            return null;
        }
        double inOrder = 2.0 * equal / (ta.size() + tb.size());
        // Regardless of order, on synonym classes: what the two sides say in common.
        double overlap = WinnowingReuseDetector.contentDice(a, aFrom, aTo, b, bFrom, bTo);
        int shared = (int) Math.round(overlap * (contentCount(a, aFrom, aTo) + contentCount(b, bFrom, bTo)) / 2);
        double similarity = Math.max(inOrder, overlap);
        if (shared < options.minContentMatches() || similarity < options.minSimilarity()) {
            return null;
        }
        int aStart = ta.get(0).start();
        int aEnd = ta.get(ta.size() - 1).end();
        int bStart = tb.get(0).start();
        int bEnd = tb.get(tb.size() - 1).end();
        if (Math.min(wordsA, wordsB) < options.shortQuoteWords()
                && Quotes.inside(a.quotes, aStart, aEnd) && Quotes.inside(b.quotes, bStart, bEnd)) {
            return null; // both quote the same speaker briefly: no sign of copying
        }
        return passage(a, b, ta, tb, normDiff, inOrder, similarity);
    }

    /**
     * Two sentences that mean the same, found by {@link MeaningRuns}: a paraphrase passage of the
     * whole sentences, measured like any other, or null when both are one speaker's short quote.
     */
    Passage rewrite(WinnowingReuseDetector.Doc a, WinnowingReuseDetector.Doc b, int aFrom, int aTo, int bFrom, int bTo) {
        List<Token> ta = a.text.tokens().subList(aFrom, aTo);
        List<Token> tb = b.text.tokens().subList(bFrom, bTo);
        if (Quotes.inside(a.quotes, ta.get(0).start(), ta.get(ta.size() - 1).end())
                && Quotes.inside(b.quotes, tb.get(0).start(), tb.get(tb.size() - 1).end())) {
            return null;
        }
        int equal = commonInOrder(a.ids, aFrom, aTo, b.ids, bFrom, bTo);
        double inOrder = 2.0 * equal / (ta.size() + tb.size());
        double similarity = Math.max(inOrder, WinnowingReuseDetector.contentDice(a, aFrom, aTo, b, bFrom, bTo));
        Patch<String> normDiff = DiffUtils.diff(ta.stream().map(Token::norm).toList(), tb.stream().map(Token::norm).toList());
        return passage(a, b, ta, tb, normDiff, inOrder, similarity);
    }

    private Passage passage(WinnowingReuseDetector.Doc a, WinnowingReuseDetector.Doc b, List<Token> ta, List<Token> tb,
                            Patch<String> normDiff, double inOrder, double similarity) {
        Patch<String> exactDiff = DiffUtils.diff(ta.stream().map(Token::exact).toList(), tb.stream().map(Token::exact).toList());
        List<Passage.Change> changes = new ArrayList<>();
        for (AbstractDelta<String> d : exactDiff.getDeltas()) {
            changes.add(new Passage.Change(op(d), side(a, ta, d.getSource().getPosition(), d.getSource().size()),
                    side(b, tb, d.getTarget().getPosition(), d.getTarget().size())));
        }
        Excerpt ea = a.text.excerpt(ta.get(0).start(), ta.get(ta.size() - 1).end());
        Excerpt eb = b.text.excerpt(tb.get(0).start(), tb.get(tb.size() - 1).end());
        return new Passage(id(ea, eb), kind(changes, normDiff, inOrder, ta.size() + tb.size()), round(similarity),
                ea, eb, changes, 2);
    }

    /**
     * The edit profile: verbatim when the words are the same (punctuation, quote style and
     * spacing aside); near-verbatim when the words keep their order with a few edits (case,
     * spelling and name variants count as none); else a paraphrase.
     */
    PassageKind kind(List<Passage.Change> changes, Patch<String> normDiff, double inOrder, int tokens) {
        if (changes.isEmpty()) {
            return PassageKind.VERBATIM;
        }
        int edits = normDiff.getDeltas().size();
        int allowed = Math.max(NEAR_VERBATIM_MIN_EDITS, (int) Math.floor(NEAR_VERBATIM_EDITS_PER_WORD * tokens / 2.0));
        return edits <= allowed && inOrder >= options.nearVerbatim() ? PassageKind.NEAR_VERBATIM : PassageKind.PARAPHRASE;
    }

    /** Words in common besides names and figures that a passage needs: the text around the facts. */
    static final int MIN_PLAIN_WORDS = 3;

    /**
     * The content words of a's side, in any order, that b's side has too (synonyms read as one)
     * and that are neither capitalised (a name) nor figures: the words around the facts.
     */
    private static int plainInCommon(WinnowingReuseDetector.Doc a, int aFrom, int aTo,
                                     WinnowingReuseDetector.Doc b, int bFrom, int bTo) {
        java.util.Set<Integer> inB = new java.util.HashSet<>();
        for (int i = bFrom; i < bTo; i++) {
            if (plain(b.text.tokens().get(i))) {
                inB.add(b.ids[i]);
            }
        }
        int n = 0;
        for (int i = aFrom; i < aTo; i++) {
            if (plain(a.text.tokens().get(i)) && inB.remove(a.ids[i])) {
                n++;
            }
        }
        return n;
    }

    private static boolean plain(Token t) {
        return t.content() && !t.isName() && !t.exact().isEmpty() && Character.isLowerCase(t.exact().charAt(0));
    }

    /** Edits any near-verbatim passage may have. */
    static final int NEAR_VERBATIM_MIN_EDITS = 2;
    /** Further edits allowed per word of a near-verbatim passage. */
    static final double NEAR_VERBATIM_EDITS_PER_WORD = 0.1;

    private static List<Integer> ids(WinnowingReuseDetector.Doc d, int from, int to) {
        List<Integer> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(d.ids[i]);
        }
        return out;
    }

    private static int contentCount(WinnowingReuseDetector.Doc d, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (d.content[i] && !d.stock[i]) {
                n++;
            }
        }
        return n;
    }

    private static String op(AbstractDelta<String> d) {
        return switch (d.getType()) {
            case CHANGE -> "change";
            case DELETE -> "delete";
            case INSERT -> "insert";
            case EQUAL -> "equal";
        };
    }

    /** The words [pos, pos+size) of a passage side as an excerpt; empty at the insertion point when size is 0. */
    private static Excerpt side(WinnowingReuseDetector.Doc doc, List<Token> tokens, int pos, int size) {
        if (size > 0) {
            return doc.text.excerpt(tokens.get(pos).start(), tokens.get(pos + size - 1).end());
        }
        int at = pos < tokens.size() ? tokens.get(pos).start() : tokens.get(tokens.size() - 1).end();
        return doc.text.excerpt(at, at);
    }

    /**
     * How many tokens of {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)} are in common in order:
     * the length of their longest common subsequence, which is the number of equal tokens of
     * any shortest edit script, the Myers diff's among them. Where only that number is read,
     * this row-by-row count takes a few microseconds against the diff's tens (the diff builds
     * a path of objects over boxed ids).
     */
    static int commonInOrder(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int m = bTo - bFrom;
        int[] row = new int[m + 1];
        for (int i = aFrom; i < aTo; i++) {
            int diagonal = 0; // the row before's value one column to the left
            int ai = a[i];
            for (int j = 1; j <= m; j++) {
                int above = row[j];
                row[j] = ai == b[bFrom + j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]);
                diagonal = above;
            }
        }
        return row[m];
    }

    /** Index ranges of the source list that the patch leaves unchanged. */
    static <T> List<int[]> equalRuns(Patch<T> patch, int sourceSize) {
        List<int[]> runs = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<T> d : patch.getDeltas()) {
            int start = d.getSource().getPosition();
            if (start > pos) {
                runs.add(new int[] {pos, start});
            }
            pos = start + d.getSource().size();
        }
        if (pos < sourceSize) {
            runs.add(new int[] {pos, sourceSize});
        }
        return runs;
    }

    /** A stable id from the two sides' text, so it survives edits elsewhere in the articles. */
    static String id(Excerpt a, Excerpt b) {
        String key = a.article() + "\n" + b.article() + "\n" + a.text() + "\n" + b.text();
        return "p-" + Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }

    /** Similarities and shares are rounded where they are made, so that no float noise reaches a report. */
    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
