package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names written out and as their initials: "the U.S. Centers for Disease Control and
 * Prevention" and "the CDC" name one body, so neither is another actor nor another speaker.
 */
final class Acronyms {
    /** Small words a written-out name may hold that its initials skip. */
    private static final Set<String> SKIPPED = Set.of("for", "and", "of", "the", "on", "in", "de", "du", "la", "&");

    private Acronyms() {
    }

    /** True when one text is initials (after "the") that the capitalised words of the other spell. */
    static boolean sameName(String x, String y) {
        return spells(initials(x), y) || spells(initials(y), x);
    }

    /** The letters of a text that is only an acronym ("CDC", "the F.B.I."), else "". */
    static String initials(String text) {
        String t = text.strip().replaceFirst("(?i)^the\\s+", "").replace(".", "");
        return t.matches("\\p{Lu}{2,6}") ? t : "";
    }

    /** True when consecutive capitalised words of {@code text} begin with the letters in order. */
    static boolean spells(String letters, String text) {
        if (letters.isEmpty()) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}&]+")) {
            if (!w.isEmpty() && !SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        }
        for (int start = 0; start + letters.length() <= words.size(); start++) {
            boolean all = true;
            for (int k = 0; k < letters.length() && all; k++) {
                String w = words.get(start + k);
                all = Character.isUpperCase(w.charAt(0)) && w.charAt(0) == letters.charAt(k);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
