package org.factdiff.changes;

/** Whether something is new, gone or different in the newer file; carries its line marker. */
public enum ChangeKind {
    ADDED('+'), REMOVED('-'), CHANGED('~');

    private final char marker;

    ChangeKind(char marker) {
        this.marker = marker;
    }

    /** The first character of a plain-text line: '+', '-' or '~'. */
    public char marker() {
        return marker;
    }
}
