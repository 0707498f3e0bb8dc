package org.factdiff.compare;

import java.util.List;
import org.factdiff.text.Snippets;

/** Plain English for explanations: lists joined with "and", statements cut to a readable length. */
final class Prose {
    /** Longest statement shown for an agreement, in characters. */
    static final int STATEMENT_CHARS = 160;

    private Prose() {
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String shorten(String s) {
        return shorten(s, STATEMENT_CHARS);
    }

    static String shorten(String s, int max) {
        return Snippets.shorten(s, max);
    }
}
