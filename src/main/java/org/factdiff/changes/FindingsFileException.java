package org.factdiff.changes;

import org.factdiff.base.InputException;

/** A file given as findings.json that is missing, unreadable, not JSON or not a factdiff findings file. */
public final class FindingsFileException extends InputException {
    private static final long serialVersionUID = 1L;

    FindingsFileException(String message) {
        super(message);
    }

    FindingsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
