package org.factdiff.text;

import org.factdiff.base.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a text quotes someone: spans between matching quotation marks (“…”, "…", «…», and
 * ‘…’ when the marks stand apart from letters, so that apostrophes do not count). A
 * quotation never runs past the end of a paragraph: a blank line, or a line break after a
 * full stop (a line break elsewhere is a hard wrap inside the paragraph). A quotation still
 * open where the whole text ends was cut off with the text (a saved page truncated mid-quote):
 * it runs to its last whole word.
 */
public final class Quotes {
    /** The longest quotation looked for, in characters. */
    public static final int MAX_QUOTE_CHARS = 4000;

    private Quotes() {
    }

    /** A quotation: the marks excluded, [start, end) inside them. */
    public record Quote(int start, int end) {
    }

    /** All quotations of {@code text}, in text order, not nested. */
    public static List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = -1;
            if (c == '\u201C') {
                close = closing(text, i + 1, '\u201D', '\u201C');
            } else if (c == '\u00AB') {
                close = closing(text, i + 1, '\u00BB', '\u00AB');
            } else if (c == '"') {
                close = closing(text, i + 1, '"', '\0');
            } else if (c == '\u2018' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                close = closingSingle(text, i + 1);
            }
            if (close == CUT && c != '\u2018' && noOtherMark(text, i + 1)) {
                int end = lastWholeWord(text, i + 1);
                if (Words.count(text.substring(i + 1, Math.max(i + 1, end))) >= MIN_CUT_WORDS) {
                    out.add(new Quote(i + 1, end));
                }
                break;
            }
            if (close > i + 1) {
                out.add(new Quote(i + 1, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** {@link #closing} found the text's end inside the quotation. */
    private static final int CUT = -2;
    /** A quotation cut off by the text's end needs this many words to be read at all. */
    static final int MIN_CUT_WORDS = 6;

    /**
     * Where a quotation cut off by the text's end stops: before its last word, which may be cut
     * ("due to widesp"), and the spaces before that word.
     */
    private static int lastWholeWord(String text, int from) {
        int end = text.length();
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end > from && !Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end > from && (Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }

    /**
     * True when no quotation mark of any style follows: a clean cut. A text that mixes styles
     * (“... said. "Compounded ...) pairs its marks in ways no cut explains.
     */
    private static boolean noOtherMark(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            if ("\"\u201C\u201D\u00AB\u00BB".indexOf(text.charAt(j)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int closing(String text, int from, char close, char reopen) {
        int limit = Math.min(text.length(), from + MAX_QUOTE_CHARS);
        if (limit == text.length() && text.substring(from).strip().isEmpty()) {
            return -1;
        }
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if (c == close) {
                return j;
            }
            if (c == reopen && reopen != '\0') {
                return -1;
            }
            if (c == '\n' && paragraphEnds(text, j) && !text.substring(j).isBlank()) {
                return -1; // a paragraph ended without closing the quotation
            }
        }
        return limit == text.length() ? CUT : -1;
    }

    private static int closingSingle(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_QUOTE_CHARS);
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == '\u2019' && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean paragraphEnds(String text, int newline) {
        if (newline + 1 < text.length() && text.charAt(newline + 1) == '\n') {
            return true;
        }
        int k = newline - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ".!?".indexOf(text.charAt(k)) >= 0;
    }

    /** True when [start, end) lies inside one of {@code quotes}. */
    public static boolean inside(List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) {
            if (q.start() <= start && end <= q.end()) {
                return true;
            }
        }
        return false;
    }
}
