package org.factdiff.claims;

import java.util.List;

/**
 * Reads the word that makes a sentence uncertain ("reportedly", "unclear") or the phrase
 * that says something is not known ("not immediately clear"), as written; "" when none.
 */
final class HedgeReader implements SlotReader<String> {
    @Override
    public String read(TaggedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (Cues.UNKNOWN.contains(w) || Cues.HEDGES.contains(w) && isHedgeUse(s, i)) {
                return s.word(i);
            }
        }
        return unknownPhrase(s);
    }

    /**
     * "may" and "might" hedge as auxiliaries; "May" the month does not. A hedge right after a
     * preposition qualifies the phrase it opens.
     */
    private static boolean isHedgeUse(TaggedSentence s, int i) {
        String w = s.lower(i);
        if (w.equals("may") || w.equals("might")) {
            return "AUX".equals(s.tag(i)) && Character.isLowerCase(s.word(i).charAt(0));
        }
        // "faces 20 years on probably the most serious count": the word hedges a phrase after a
        // preposition, not whether the sentence holds.
        return !(i >= 1 && i + 1 < s.size() && "ADP".equals(s.tag(i - 1))
                && ("DET".equals(s.tag(i + 1)) || "NUM".equals(s.tag(i + 1)) || "ADJ".equals(s.tag(i + 1))));
    }

    private static String unknownPhrase(TaggedSentence s) {
        for (List<String> phrase : Cues.UNKNOWN_PHRASES) {
            for (int i = 0; i + phrase.size() <= s.size(); i++) {
                if (s.folded().subList(i, i + phrase.size()).equals(phrase)) {
                    return s.span(i, i + phrase.size() - 1);
                }
            }
        }
        return "";
    }
}
