package org.factdiff.casefile;

import org.factdiff.InputException;

/** A case file that cannot be used as it is; the message names file, line and column. */
public final class CaseFileException extends InputException {
    private static final long serialVersionUID = 1L;

    public CaseFileException(String message) {
        super(message);
    }

    CaseFileException(SourcePosition at, String message) {
        super(at + ": " + message);
    }
}
