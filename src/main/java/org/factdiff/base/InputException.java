package org.factdiff.base;

import java.util.List;

/**
 * A mistake in what the user gave the tool: a case file, an article, a template or an option.
 *
 * <p>The message is one line that names the input (file, and line and column where known) and
 * says what is wrong; the command line prints it as is (or, where one input holds several
 * mistakes, each of {@link #lines()}) and exits with status 2. Each stage has
 * its own subclass. Programming errors are {@link IllegalArgumentException} or
 * {@link IllegalStateException} instead, never this.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(oneLine(message));
    }

    public InputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /**
     * What the command line prints, one line per problem: the message, unless the input holds
     * several independent mistakes that a user fixes in one go (a case file).
     */
    public List<String> lines() {
        return List.of(getMessage());
    }

    /** Folds any line breaks so that the message stays one line on a terminal. */
    protected static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
