package org.factdiff.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a text quotes someone: spans between matching quotation marks (“…”, "…", «…», and
 * ‘…’ when the marks stand apart from letters, so that apostrophes do not count). A
 * quotation never runs past the end of a paragraph: a blank line, or a line break after a
 * full stop (a line break elsewhere is a hard wrap inside the paragraph).
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
            if (close > i + 1) {
                out.add(new Quote(i + 1, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int closing(String text, int from, char close, char reopen) {
        int limit = Math.min(text.length(), from + MAX_QUOTE_CHARS);
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if (c == close) {
                return j;
            }
            if (c == reopen && reopen != '\0') {
                return -1;
            }
            if (c == '\n' && paragraphEnds(text, j)) {
                return -1; // a paragraph ended without closing the quotation
            }
        }
        return -1;
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
