package org.factdiff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdiff.base.InputException;
import org.factdiff.changes.FindingsFile;
import org.factdiff.changes.FindingsText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code factdiff textconv <findings.json>}: the findings as stable text without offsets, for git's
 * textconv, so that {@code git diff} on findings.json shows findings rather than moved offsets.
 */
@Command(name = "textconv", mixinStandardHelpOptions = true,
        description = {"Print a findings.json as sorted text without character offsets, one block per finding, "
                + "for git: with 'reports/*/findings.json diff=factdiff' in .gitattributes and "
                + "git config diff.factdiff.textconv \"java -Dfile.encoding=UTF-8 -jar target/factdiff.jar textconv\", "
                + "git diff and git log -p show what changed in the findings."})
final class TextconvCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<findings.json>", description = "The findings file (git passes a temporary copy).")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        String text = FindingsText.of(FindingsFile.read(file));
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return 0;
    }
}
