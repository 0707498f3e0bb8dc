package org.factdiff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdiff.base.InputException;
import org.factdiff.changes.DiffRenderer;
import org.factdiff.changes.FindingsDiff;
import org.factdiff.changes.FindingsFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factdiff diff <old> <new>}: what changed between two findings.json files, finding by finding. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Say what changed between two findings.json files: findings added, removed and changed "
                + "(matched by id), reuse coverage that moved by a percentage point or more, articles added, "
                + "removed or edited.",
                "Exits 0 whether or not anything changed (like a report, not like diff(1)); 2 when a file is "
                        + "missing or not a findings file."})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<old>", description = "The older findings.json.")
    Path old;

    @Parameters(index = "1", paramLabel = "<new>", description = "The newer findings.json.")
    Path now;

    @Option(names = "--markdown", description = "Write Markdown, for a pull request or a commit message.")
    boolean markdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        FindingsDiff diff = FindingsDiff.between(FindingsFile.read(old), FindingsFile.read(now));
        PrintWriter out = spec.commandLine().getOut();
        out.print((markdown ? DiffRenderer.MARKDOWN : DiffRenderer.PLAIN).render(diff));
        out.flush();
        return 0;
    }
}
