package org.factdiff.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.factdiff.Progress;

/** Progress lines on stderr, only when a person is watching (a terminal); quiet in pipes and CI. */
final class Terminal {
    private Terminal() {
    }

    static Progress progress(PrintWriter err) {
        if (System.console() == null) {
            return Progress.QUIET;
        }
        return (stage, detail) -> {
            err.println(String.format(Locale.ROOT, "factdiff: %-7s %s", stage, detail));
            err.flush();
        };
    }
}
