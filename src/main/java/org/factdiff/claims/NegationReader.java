package org.factdiff.claims;

/** Reads whether a sentence denies: a word of {@link Cues#NEGATIONS} ("not", "denied") or one ending in "n't". */
final class NegationReader implements SlotReader<Boolean> {
    @Override
    public Boolean read(TaggedSentence s) {
        for (String w : s.folded()) {
            if (Cues.NEGATIONS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}
