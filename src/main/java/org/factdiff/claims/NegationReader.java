package org.factdiff.claims;

import java.util.Set;

/**
 * Reads whether a sentence denies: a word of {@link Cues#NEGATIONS} ("not", "denied") or one
 * ending in "n't". A negation that only describes someone or something does not deny what the
 * sentence says: one inside a relative clause ("the man, who was not armed, was shot") or "no"
 * after "had" or "with" ("fans who had no tickets", "struck with no warning"), and one in a
 * clause of reason or concession, up to its comma ("beds will close because the board cannot
 * recruit nurses": the beds still close).
 */
final class NegationReader implements SlotReader<Boolean> {
    /** Pronouns that open a relative clause; "that" is left out, as it also opens what was said. */
    static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom");
    /** Words after a relative pronoun a negation may stand in and still be the clause's: "who was not armed". */
    static final int RELATIVE_REACH = 3;
    /** Words after which "no" describes what someone has or how something came: "had no tickets". */
    static final Set<String> HAVING = Set.of("had", "has", "have", "having", "with");
    /** Words that open a clause of reason or concession, which says why, not what happened. */
    static final Set<String> SUBORDINATORS = Set.of("because", "although", "though", "whereas", "unless");

    @Override
    public Boolean read(TaggedSentence s) {
        int relative = -1;
        boolean subordinate = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (i > 0 && (s.gap(i).contains(",") || s.gap(i).contains(";") || s.gap(i).contains("\u2014"))) {
                relative = -1; // the clause ends at a comma: "the man, who was not armed, was shot"
                subordinate = false;
            }
            if (SUBORDINATORS.contains(w)) {
                subordinate = true;
                continue;
            }
            if (RELATIVES.contains(w)) {
                relative = i;
                continue;
            }
            boolean negation = Cues.NEGATIONS.contains(w) || w.endsWith("n't");
            // "people who lived there did not leave": past a few words the main clause is back.
            if (!negation || subordinate || relative >= 0 && i - relative <= RELATIVE_REACH) {
                continue;
            }
            if (w.equals("no") && i > 0 && HAVING.contains(s.lower(i - 1))) {
                continue;
            }
            return true;
        }
        return false;
    }
}
