package org.factdiff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdiff.base.InputException;
import org.factdiff.init.CaseScaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factdiff init <case-dir> [--from <folder>]}: writes a case file for a folder of saved pages. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write <case-dir>/case.yaml for a folder of saved pages (.html, .htm, .mhtml, .pdf, .txt, .md), "
                + "filling title, outlet, date, author and address from the pages, and copy them into <case-dir>/articles/.")
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<case-dir>", description = "The case folder to create or fill.")
    Path caseDir;

    @Option(names = "--from", paramLabel = "<folder>",
            description = "Folder of saved pages (default: <case-dir>/articles).")
    Path from;

    @Option(names = "--force", description = "Replace an existing case.yaml.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        Path source = from != null ? from : caseDir.resolve("articles");
        if (from == null && !Files.isDirectory(source)) {
            throw new InputException(source + ": folder not found; give the folder of saved pages with --from");
        }
        CaseScaffold.Result r = CaseScaffold.create(caseDir, source, force);
        var out = spec.commandLine().getOut();
        out.println("wrote " + r.caseFile() + " with " + r.entries().size() + " article"
                + (r.entries().size() == 1 ? "" : "s") + "; check the values marked \"# from\" before the report");
        for (String note : r.notes()) {
            out.println("  " + note);
        }
        out.println("next: " + next(caseDir));
        out.flush();
        return 0;
    }

    /** The command that makes the report: "make report CASE=x" for a case under inputs/, else the jar's. */
    static String next(Path caseDir) {
        Path rel = caseDir.normalize();
        if (!rel.isAbsolute() && rel.getNameCount() == 2 && rel.getName(0).toString().equals("inputs")) {
            return "make report CASE=" + rel.getName(1);
        }
        return "java -jar target/factdiff.jar report " + caseDir.resolve("case.yaml");
    }
}
