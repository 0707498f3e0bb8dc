package org.factdiff.text;

import org.factdiff.base.InputException;

/** The sentence encoder cannot run on this machine (its native library or model failed to load). */
public final class EncoderException extends InputException {
    private static final long serialVersionUID = 1L;

    public EncoderException(String message) {
        super(message);
    }
}
