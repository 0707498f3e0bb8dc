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
        if (inReasonClause(s, i)) {
            return false; // "has recalled 84,000 kettles because the handles may become hot": the recall is fact
        }
        if (w.equals("may") || w.equals("might")) {
            return "AUX".equals(s.tag(i)) && Character.isLowerCase(s.word(i).charAt(0));
        }
        // "faces 20 years on probably the most serious count": the word hedges a phrase after a
        // preposition, not whether the sentence holds.
        return !(i >= 1 && i + 1 < s.size() && "ADP".equals(s.tag(i - 1))
                && ("DET".equals(s.tag(i + 1)) || "NUM".equals(s.tag(i + 1)) || "ADJ".equals(s.tag(i + 1))));
    }

    /** Words that open a clause of reason, concession or time inside a sentence. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("because", "although", "though",
            "whereas", "since", "after", "amid", "while");

    /**
     * True when the word at {@code i} stands in a clause of reason, concession or time that
     * follows the sentence's main clause: what that clause guesses leaves the main clause as fact.
     */
    private static boolean inReasonClause(TaggedSentence s, int i) {
        for (int k = i - 1; k >= 1; k--) {
            if (s.gap(k + 1).contains(",") || s.gap(k + 1).contains(";")) {
                return false; // a clause before the hedge's own ends here
            }
            if (SUBORDINATORS.contains(s.lower(k)) && "SCONJ".equals(s.tag(k))) {
                return true;
            }
        }
        return false;
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
