package org.factdiff.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.factdiff.base.Progress;

/** Progress lines on stderr, only when a person is watching (a terminal); quiet in pipes and CI. */
final class Terminal {
    /** Where Linux tells what standard error is connected to. */
    static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    static Progress progress(PrintWriter err) {
        // Each stage is noted for the one line a run that runs out of memory prints (Main).
        if (!stderrIsTerminal()) {
            return org.factdiff.base.Activity.tracking(Progress.QUIET);
        }
        return org.factdiff.base.Activity.tracking((stage, detail) -> {
            err.println(String.format(Locale.ROOT, "factdiff: %-7s %s", stage, detail));
            err.flush();
        });
    }

    /**
     * True when standard error is a terminal. Java 17 can only ask whether standard input and
     * output are ({@link System#console()}); where Linux shows what file descriptor 2 is, that
     * answers for standard error itself, so "2>log" stays quiet and "| less" still shows progress.
     */
    static boolean stderrIsTerminal() {
        return stderrTarget().map(Terminal::isTerminalDevice).orElse(System.console() != null);
    }

    static Optional<String> stderrTarget() {
        try {
            return Files.isSymbolicLink(STDERR_LINK) ? Optional.of(Files.readSymbolicLink(STDERR_LINK).toString())
                    : Optional.empty();
        } catch (java.io.IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** True for a terminal device: a pseudo-terminal or a console. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
