package org.factdiff.text;

import org.factdiff.base.InputException;

/** An article's text splits into more sentences or words than the text stage analyses; the message names the file. */
public final class TextLimitException extends InputException {
    private static final long serialVersionUID = 1L;

    public TextLimitException(String message) {
        super(message);
    }
}
