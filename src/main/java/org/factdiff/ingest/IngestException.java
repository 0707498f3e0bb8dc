package org.factdiff.ingest;

import org.factdiff.base.InputException;

/** An article file that cannot be read as an article; the message names the file. */
public final class IngestException extends InputException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }
}
