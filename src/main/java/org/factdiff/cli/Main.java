package org.factdiff.cli;

/** Entry point of {@code java -jar factdiff.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Libraries (PDFBox, openhtmltopdf) log through java.util.logging; a user wants
        // one line per problem from us, not their warnings.
        java.util.logging.LogManager.getLogManager().reset();
        // A helper thread (the encoder's loader, a pool's worker) that runs out of memory or
        // stack leaves it to the main thread to say so in one line: no stack trace from it.
        Thread.UncaughtExceptionHandler fallback = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof OutOfMemoryError || e instanceof StackOverflowError)) {
                if (fallback != null) {
                    fallback.uncaughtException(thread, e);
                } else {
                    // What the JVM prints by default (ThreadGroup would call this handler again).
                    System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                    e.printStackTrace(System.err);
                }
            }
        });
        int exit;
        try {
            exit = FactdiffCommand.commandLine().execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // The safety net: no input within the limits should get here, but if one does, the
            // user gets one line naming the stage and the article, and the report files stay
            // as they were (they are written only once complete).
            exit = exhausted(e);
        }
        // An early exit (a mistake in the input) must not end the JVM while the encoder's model
        // is still loading in native code.
        org.factdiff.text.MiniLmEncoder.settle(MODEL_LOAD_WAIT_MILLIS);
        System.exit(exit);
    }

    /** How long an exiting run waits for the sentence encoder's model to finish loading (it takes about half a second). */
    static final long MODEL_LOAD_WAIT_MILLIS = 20_000;

    /** Prints the one line for a run that ran out of memory or stack; returns the exit status. */
    static int exhausted(Throwable e) {
        String line = org.factdiff.base.Activity.exhausted(e);
        System.err.println(line);
        System.err.flush();
        return FactdiffCommand.EXIT_INTERNAL;
    }
}
