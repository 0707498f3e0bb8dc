package org.factdiff.reuse;

import org.factdiff.base.InputException;

/** The articles cannot be compared within the tool's limits. */
public final class ReuseException extends InputException {
    private static final long serialVersionUID = 1L;

    public ReuseException(String message) {
        super(message);
    }
}
