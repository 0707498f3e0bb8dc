package org.factdiff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdiff.base.InputException;
import org.factdiff.base.Version;
import org.factdiff.casefile.ArticleType;
import org.factdiff.report.RecordedInputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code factdiff stale <built> <fresh>}, hidden, for {@code make check-reports}: says in one line
 * why a report folder differs from a fresh build of the same case, from the SHA-256 of the
 * inputs and the tool version each records. Prints nothing when either records nothing.
 */
@Command(name = "stale", hidden = true, mixinStandardHelpOptions = true,
        description = "Say which input changed between a report folder and a fresh build of the same case.")
final class StaleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<built>", description = "The report folder built earlier (committed).")
    Path built;

    @Parameters(index = "1", paramLabel = "<fresh>", description = "A fresh build of the same case.")
    Path fresh;

    @Option(names = "--case", paramLabel = "<case.yaml>",
            description = "The case file both were built from: inputs are then named by their path.")
    Path caseFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        for (Path dir : List.of(built, fresh)) {
            if (!Files.isDirectory(dir)) {
                throw new InputException(dir + ": report folder not found");
            }
        }
        String why = reason(RecordedInputs.read(built), RecordedInputs.read(fresh));
        if (!why.isEmpty()) {
            spec.commandLine().getOut().println(why);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** "inputs/x/articles/a.txt changed since the report was built", or empty when nothing is known. */
    String reason(RecordedInputs then, RecordedInputs now) {
        if (then.isEmpty() || now.isEmpty()) {
            return "";
        }
        Map<RecordedInputs.Kind, List<String>> byKind = new EnumMap<>(RecordedInputs.Kind.class);
        for (RecordedInputs.Change c : then.changesTo(now)) {
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(name(c.input()));
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, names) -> parts.add(list(names) + " " + verb(kind, names.size())));
        boolean bothTools = then.tool().isPresent() && now.tool().isPresent();
        if (bothTools && !then.tool().equals(now.tool())) {
            parts.add("the tool changed from " + Version.NAME + " " + then.tool().get() + " to " + now.tool().get());
        }
        if (!parts.isEmpty()) {
            return String.join("; ", parts) + " since the report was built";
        }
        // The options are part of the command; -o is not, so a check build elsewhere gives the same.
        if (then.command().isPresent() && now.command().isPresent() && !then.command().equals(now.command())) {
            return "no recorded input changed, but the report was built by '" + then.command().get()
                    + "' and the fresh build by '" + now.command().get() + "'";
        }
        // With the case file and every article unchanged, the date can only come from elsewhere.
        if (then.reportDate().isPresent() && now.reportDate().isPresent() && !then.reportDate().equals(now.reportDate())) {
            return "no recorded input changed, but the report date is " + now.reportDate().get() + ", not "
                    + then.reportDate().get() + " (SOURCE_DATE_EPOCH differs from the build's)";
        }
        // The built-in templates and the tool's code are not recorded one by one: say so.
        return "no recorded input changed" + (bothTools ? " and the tool is still " + Version.NAME + " "
                + now.tool().get() : "") + ", so the tool's code or its built-in templates changed since the report was built";
    }

    /** An input by its path when the case file is known; a user's template as the report names it. */
    private String name(String input) {
        if (caseFile == null) {
            return input;
        }
        if (input.equals(RecordedInputs.CASE_FILE)) {
            return slashes(caseFile);
        }
        Path folder = caseFile.getParent();
        // Article files are named relative to the case folder; templates (.ftlh, .css) as given.
        if (ArticleType.ofFileName(input).isPresent() && folder != null) {
            return slashes(folder.resolve(input));
        }
        return input;
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String verb(RecordedInputs.Kind kind, int count) {
        return switch (kind) {
            case CHANGED -> "changed";
            case ADDED -> count == 1 ? "was added" : "were added";
            case REMOVED -> count == 1 ? "was removed" : "were removed";
        };
    }
}
