package org.factdiff.compare;

/** Where the clause a text ends in begins, for rules that read the words before a cue. */
final class Clauses {
    private Clauses() {
    }

    /**
     * The index just after the last comma or semicolon of {@code lead} that ends a clause, or 0:
     * a figure's thousands comma ("sold for £410,000 at the auction house") ends none.
     */
    static int lastStart(String lead) {
        for (int k = lead.length() - 1; k >= 0; k--) {
            char ch = lead.charAt(k);
            boolean inFigure = ch == ',' && k > 0 && k + 1 < lead.length() && Character.isDigit(lead.charAt(k - 1))
                    && Character.isDigit(lead.charAt(k + 1));
            if ((ch == ',' || ch == ';') && !inFigure) {
                return k + 1;
            }
        }
        return 0;
    }
}
