package org.factdiff.compare;

import java.util.List;
import org.factdiff.text.Snippets;

/** Plain English for explanations: lists joined with "and", statements cut to a readable length. */
final class Prose {
    /** Longest statement shown for an agreement, in characters. */
    static final int STATEMENT_CHARS = 160;

    /**
     * Most articles an explanation names on one side: past it, the first {@link #NAMED_SHOWN} and a
     * count. The finding's values still carry every article's evidence; the sentence has to stay
     * one an editor reads, whatever the number of articles.
     */
    static final int NAMED_MAX = 8;
    /** Articles named before "and N more" when a side has more than {@link #NAMED_MAX}. */
    static final int NAMED_SHOWN = 6;

    private Prose() {
    }

    /** Article ids joined with "and": "a, b and c"; past {@link #NAMED_MAX}, "a, b, … f and 30 more". */
    static String articles(List<String> ids) {
        return ids.size() <= NAMED_MAX ? and(ids) : String.join(", ", ids.subList(0, NAMED_SHOWN)) + " and "
                + (ids.size() - NAMED_SHOWN) + " more";
    }

    /** Article ids joined with commas: "a, b, c"; past {@link #NAMED_MAX}, "a, b, … f and 30 more". */
    static String articleList(List<String> ids) {
        return ids.size() <= NAMED_MAX ? String.join(", ", ids) : articles(ids);
    }

    /**
     * Each value with the articles that give it, in the map's order: "3-2 (a, b) vs 2-1 (c)",
     * as a finding's explanation lists its sides.
     */
    static <K> String sides(java.util.Map<K, List<String>> articlesByValue) {
        return String.join(" vs ", articlesByValue.entrySet().stream()
                .map(e -> e.getKey() + " (" + articleList(e.getValue()) + ")").toList());
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
