package org.factdiff.hostile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs factdiff (or another main class of the tests) in a JVM of its own. */
final class Forked {
    private Forked() {
    }

    record Result(int exit, String output) {
    }

    static ProcessBuilder builder(List<String> jvmOptions, String mainClass, String... args) {
        return builder(List.of(), jvmOptions, mainClass, args);
    }

    /**
     * The JVM command, with the JVM's own logging off, run through {@code wrapper} (e.g.
     * {@code unshare -rn}) when it is not empty.
     */
    static ProcessBuilder builder(List<String> wrapper, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The JVM's own log warnings go to stdout (a small heap may print "Retried waiting for
        // GCLocker too often"); they are not factdiff's output, which the tests read line by line.
        command.add("-Xlog:disable");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static Result run(List<String> jvmOptions, String mainClass, String... args) throws IOException, InterruptedException {
        return run(List.of(), jvmOptions, mainClass, args);
    }

    /**
     * Runs the command to its end, or fails after five minutes. Output goes to a file, not a
     * pipe, so that a child that hangs cannot block the reading side past the time limit.
     */
    static Result run(List<String> wrapper, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        Path log = java.nio.file.Files.createTempFile("factdiff-forked", ".log");
        try {
            Process p = builder(wrapper, jvmOptions, mainClass, args).redirectOutput(log.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("forked JVM did not finish in 300 s: " + String.join(" ", args));
            }
            return new Result(p.exitValue(), java.nio.file.Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.deleteIfExists(log);
        }
    }

    static String separator() {
        return File.separator;
    }
}
