package org.factdiff.claims;

/**
 * Reads whom a sentence credits ("Reuters", "a US defense official"): the words after
 * "according to", else the phrase before a reporting verb; "" when it credits nobody.
 */
final class SourceReader implements SlotReader<String> {
    /** Most words read after "according to". */
    static final int AFTER_ACCORDING = 7;
    /** Most words read before a reporting verb. */
    static final int BEFORE_VERB = 6;

    /**
     * Words before a reporting verb that make it passive: "no burns have been reported" credits
     * nobody; "Al-Masdar is reporting" still credits Al-Masdar.
     */
    private static final java.util.Set<String> PASSIVE = java.util.Set.of("been", "was", "were", "is", "are", "be", "being");

    /** Auxiliaries between a source and its reporting verb, left out of the source. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "has", "have",
            "had", "will", "would");

    @Override
    public String read(TaggedSentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (s.lower(k).equals("according") && k + 1 < s.size() && s.lower(k + 1).equals("to")) {
                int end = k + 2;
                while (end + 1 < s.size() && end - k < AFTER_ACCORDING + 1 && s.gap(end + 1).isBlank()) {
                    end++;
                }
                return k + 2 < s.size() ? s.span(k + 2, end) : "";
            }
        }
        for (int k = 1; k < s.size(); k++) {
            if (Cues.REPORTING.contains(s.lower(k)) && "VERB".equals(s.tag(k))
                    && !(PASSIVE.contains(s.lower(k - 1)) && !s.lower(k).endsWith("ing"))) {
                int start = k - 1;
                while (start > 0 && k - start < BEFORE_VERB && s.gap(start).isBlank()
                        && !"VERB".equals(s.tag(start - 1))) {
                    start--;
                }
                int end = k - 1;
                while (end > start && AUXILIARIES.contains(s.lower(end))) {
                    end--; // "Al-Masdar is reporting": the source is Al-Masdar
                }
                return s.span(start, end);
            }
        }
        return "";
    }
}
