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
import org.factdiff.report.OutputFormat;
import org.factdiff.review.Review;
import org.factdiff.review.ReviewFile;
import org.factdiff.review.Reviews;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code factdiff check <case.yaml>}: validates the case and reads its articles, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a case file, its reviews.yaml and its articles without writing a report; warn about "
                + "articles that look cut off, too short, a list page, or the same article twice, and about reviews "
                + "of findings the committed report (reports/<case>/findings.json) no longer has.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<case.yaml>", description = "The case file.")
    Path caseFile;

    @picocli.CommandLine.Option(names = {"-o", "--output"}, paramLabel = "<dir>",
            description = "The report folder whose findings.json the reviews are checked against (default: reports/<case folder name>).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        Progress progress = Terminal.progress(spec.commandLine().getErr());
        progress.stage("case", caseFile.toString());
        Case c = CaseFile.load(caseFile);
        Path reviewsFile = ReviewFile.beside(caseFile);
        Reviews reviews = ReviewFile.load(reviewsFile, reviewsFile.toString());
        progress.stage("ingest", c.articles().size() + " articles");
        List<Article> articles = new Ingest().read(c);
        int words = articles.stream().mapToInt(Article::words).sum();
        for (String warning : ArticleChecks.warnings(articles)) {
            spec.commandLine().getErr().println("factdiff: warning: " + warning);
        }
        Path findings = (output != null ? output : ReportCommand.defaultOutput(caseFile)).resolve(OutputFormat.JSON.fileName());
        Optional<Set<String>> known = reviews.isEmpty() ? Optional.empty() : ReviewCommand.findingIds(findings);
        for (Review r : reviews.entries()) {
            if (known.isPresent() && !known.get().contains(r.finding())) {
                spec.commandLine().getErr().println("factdiff: warning: " + reviewsFile + ": the review of " + r.finding()
                        + " (" + r.status().id() + ") matches no finding of " + findings
                        + ": the finding changed or went away; the report lists the review as orphaned");
            }
        }
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().println(caseFile + ": ok, " + articles.size() + " article"
                + (articles.size() == 1 ? "" : "s") + ", " + words + " words");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
