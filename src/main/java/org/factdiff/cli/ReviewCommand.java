package org.factdiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.factdiff.base.InputException;
import org.factdiff.casefile.CaseFile;
import org.factdiff.report.OutputFormat;
import org.factdiff.review.Rating;
import org.factdiff.review.Review;
import org.factdiff.review.ReviewFile;
import org.factdiff.review.ReviewStatus;
import org.factdiff.review.Reviews;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code factdiff review <case.yaml> <id> --confirm|--dismiss|--needs-check}: records a decision
 * on a finding in the case's reviews.yaml.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Record a decision on a finding in reviews.yaml beside the case file: confirmed, dismissed "
                + "(the report moves it to an appendix) or needs-check. The next 'make report' shows it.",
                "Fields not given keep what an earlier review of the finding said; the date is today unless given."})
final class ReviewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<case.yaml>", description = "The case file.")
    Path caseFile;

    @Parameters(index = "1", paramLabel = "<id>", description = "The finding's id, as the report and findings.json give it (x-9d6ebf9584).")
    String finding;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Decision decision;

    static final class Decision {
        @Option(names = "--confirm", required = true, description = "The finding holds.")
        boolean confirm;
        @Option(names = "--dismiss", required = true, description = "The finding is wrong or beside the point.")
        boolean dismiss;
        @Option(names = "--needs-check", required = true, description = "Not settled yet.")
        boolean needsCheck;

        ReviewStatus status() {
            return confirm ? ReviewStatus.CONFIRMED : dismiss ? ReviewStatus.DISMISSED : ReviewStatus.NEEDS_CHECK;
        }
    }

    @Option(names = "--note", paramLabel = "<text>", description = "Why, in a sentence or two (\"\" removes an earlier note).")
    String note;

    @Option(names = "--by", paramLabel = "<name>", description = "Who decided.")
    String by;

    @Option(names = "--date", paramLabel = "<yyyy-mm-dd>", description = "When (default: today).")
    String date;

    @Option(names = "--rating", paramLabel = "<rating>", description = "For a claim (a-, s-, q-): true, mostly-true, "
            + "mixed, misleading, mostly-false, false or unproven; it goes into the ClaimReview export.")
    String rating;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>",
            description = "The report folder whose findings.json the id is checked against (default: reports/<case folder name>).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        CaseFile.load(caseFile);
        if (!Review.FINDING_ID.matcher(finding).matches()) {
            throw new InputException("'" + finding + "' is not a finding id (a letter, a dash and ten hex digits, as the "
                    + "report and findings.json give it: x-9d6ebf9584)");
        }
        Path findings = (output != null ? output : ReportCommand.defaultOutput(caseFile)).resolve(OutputFormat.JSON.fileName());
        Optional<Set<String>> known = findingIds(findings);
        if (known.isPresent() && !known.get().contains(finding)) {
            throw new InputException(findings + " has no finding " + finding + " (check the id, or run 'make report' first)");
        }
        Path file = ReviewFile.beside(caseFile);
        Reviews reviews = ReviewFile.load(file, file.toString());
        Optional<Review> before = reviews.of(finding);
        Optional<Rating> rated = rating == null ? before.flatMap(Review::rating) : Optional.of(Rating.of(rating)
                .orElseThrow(() -> new InputException("--rating must be one of " + String.join(", ", Rating.ids())
                        + ", not '" + rating + "'")));
        if (rated.isPresent() && !Review.rateable(finding)) {
            throw new InputException("--rating judges one claim (an agreement a-, a single-source claim s-, an altered "
                    + "quote q-), not a " + Review.kindOf(finding));
        }
        Review review;
        try {
            review = new Review(finding, decision.status(),
                    note == null ? before.flatMap(Review::note) : Optional.of(note),
                    by == null ? before.flatMap(Review::by) : Optional.of(by),
                    Optional.of(date == null ? LocalDate.now() : LocalDate.parse(date)), rated);
        } catch (DateTimeParseException e) {
            throw new InputException("--date must be a date as YYYY-MM-DD, not '" + date + "'");
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        try {
            ReviewFile.write(file, reviews.with(review));
        } catch (IOException e) {
            throw new InputException("cannot write " + file + ": " + e.getMessage());
        }
        if (known.isEmpty()) {
            spec.commandLine().getErr().println("factdiff: warning: " + findings + " does not exist, so " + finding
                    + " was not checked against the report's findings");
            spec.commandLine().getErr().flush();
        }
        spec.commandLine().getOut().println(file + ": " + finding + " " + review.status().id()
                + (before.isPresent() ? " (was " + before.get().status().id() + ")" : ""));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Every finding id findings.json holds, or nothing when there is no such file to check against. */
    static Optional<Set<String>> findingIds(Path findings) throws InputException {
        if (!Files.isRegularFile(findings)) {
            return Optional.empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(findings.toFile());
            if (root instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                o.remove("orphaned_reviews"); // reviews of findings the report no longer has
            }
            Set<String> ids = new HashSet<>();
            for (JsonNode id : root.findValues("id")) {
                if (id.isTextual() && Review.FINDING_ID.matcher(id.asText()).matches()) {
                    ids.add(id.asText());
                }
            }
            return Optional.of(ids);
        } catch (IOException e) {
            throw new InputException(findings + " cannot be read as findings.json: " + e.getMessage());
        }
    }
}
