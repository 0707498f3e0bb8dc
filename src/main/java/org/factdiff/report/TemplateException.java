package org.factdiff.report;

import org.factdiff.base.InputException;

/** A mistake in a report template or in the template folder given with --templates. */
public final class TemplateException extends InputException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}
