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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static Result run(List<String> jvmOptions, String mainClass, String... args) throws IOException, InterruptedException {
        Process p = builder(jvmOptions, mainClass, args).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("forked JVM did not finish: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), out);
    }

    static String separator() {
        return File.separator;
    }
}
