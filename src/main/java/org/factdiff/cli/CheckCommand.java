package org.factdiff.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdiff.base.InputException;
import org.factdiff.base.Progress;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.CaseFile;
import org.factdiff.ingest.Article;
import org.factdiff.ingest.ArticleChecks;
import org.factdiff.ingest.Ingest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code factdiff check <case.yaml>}: validates the case and reads its articles, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a case file and read its articles without writing a report; warn about articles "
                + "that look cut off, too short, a list page, or the same article twice.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<case.yaml>", description = "The case file.")
    Path caseFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        Progress progress = Terminal.progress(spec.commandLine().getErr());
        progress.stage("case", caseFile.toString());
        Case c = CaseFile.load(caseFile);
        progress.stage("ingest", c.articles().size() + " articles");
        List<Article> articles = new Ingest().read(c);
        int words = articles.stream().mapToInt(Article::words).sum();
        for (String warning : ArticleChecks.warnings(articles)) {
            spec.commandLine().getErr().println("factdiff: warning: " + warning);
        }
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().println(caseFile + ": ok, " + articles.size() + " article"
                + (articles.size() == 1 ? "" : "s") + ", " + words + " words");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
