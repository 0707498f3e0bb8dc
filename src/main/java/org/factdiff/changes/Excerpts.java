package org.factdiff.changes;

/** Folds text onto one line and cuts it to a fixed length, so that every summary stays one short line. */
final class Excerpts {
    private static final String ELLIPSIS = "…";
    /** A cut looks back this far for a space, so that it does not split a word. */
    private static final int WORD_SLACK = 15;

    private Excerpts() {
    }

    /** {@code text} on one line, with runs of white space as one space. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * {@code text} on one line and at most {@code max} code points long: when longer, cut at a
     * space near the limit (or at the limit) and ended with an ellipsis, which counts.
     */
    static String cut(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2, was " + max);
        }
        String line = oneLine(text);
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        int end = line.offsetByCodePoints(0, max - 1);
        int space = line.lastIndexOf(' ', end);
        if (space > 0 && line.codePointCount(space, end) <= WORD_SLACK) {
            end = space;
        }
        return line.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
