package org.factdiff.text;

/** Shortening text for headings, table cells and one-line summaries. */
public final class Snippets {
    private Snippets() {
    }

    /** {@code s} with spaces collapsed, cut at a word boundary to at most {@code max} characters, "…" marking a cut. */
    public static String shorten(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }
}
