package org.factdiff.report;

import org.factdiff.base.InputException;

/** The report cannot be written where the user asked (missing permission, no space, a file in the way). */
public final class OutputException extends InputException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }
}
