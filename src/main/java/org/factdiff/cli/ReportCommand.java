package org.factdiff.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import org.factdiff.Factdiff;
import org.factdiff.changes.DiffRenderer;
import org.factdiff.changes.FindingsDiff;
import org.factdiff.changes.FindingsFile;
import org.factdiff.base.Cache;
import org.factdiff.base.Version;
import org.factdiff.base.InputException;
import org.factdiff.casefile.Paper;
import org.factdiff.report.OutputFiles;
import org.factdiff.report.OutputFormat;
import org.factdiff.text.MiniLmEncoder;
import org.factdiff.text.SentenceEncoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code factdiff report <case.yaml>}: writes report.html, report.pdf and findings.json, and on
 * request findings.csv and claimreview.jsonld.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Analyse a case and write its report (report.html, report.pdf, findings.json).")
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<case.yaml>", description = "The case file.")
    Path caseFile;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>",
            description = "Output folder (default: reports/<case folder name>).")
    Path output;

    @Option(names = "--templates", paramLabel = "<dir>",
            description = "Use the templates in this folder instead of the built-in ones (missing files fall back).")
    Path templates;

    @Option(names = "--format", split = ",", paramLabel = "<format>",
            description = "Which files to write: html (report.html), pdf (report.pdf), json (findings.json), "
                    + "csv (findings.csv, one row per finding), claimreview (claimreview.jsonld, the rated findings as "
                    + "schema.org ClaimReview) (default: html,pdf,json). The output folder then holds exactly these: "
                    + "files of the other formats left in it by an earlier run are removed, since they would no "
                    + "longer match (so a plain run removes an earlier findings.csv; ask for all five to keep them).")
    List<OutputFormat> formats;

    @Option(names = "--paper", paramLabel = "<paper>",
            description = "Page size of the PDF: a4 or letter (default: the case file's paper, else a4).")
    Paper paper;

    @Option(names = "--meaning", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Match claims and rewritten passages by meaning with the built-in sentence encoder "
                    + "(default: on; --no-meaning compares by words alone).")
    boolean meaning;

    @Option(names = "--encoder-threads", paramLabel = "<n>",
            description = "Threads that encode sentences (default: ${DEFAULT-VALUE}); the report is the same for any number.",
            defaultValue = "2")
    int encoderThreads;

    @Option(names = "--cache-dir", paramLabel = "<dir>", defaultValue = ".factdiff-cache",
            description = "Where what earlier runs derived from each article is kept (clean text, claims, sentence "
                    + "vectors), so that a run reads, encodes and extracts only new or changed articles (default: "
                    + "${DEFAULT-VALUE}; delete it at will). The report is the same bytes with or without it.")
    Path cacheDir;

    @Option(names = "--full-text", description = "Put every article's full text in the PDF too (the HTML always "
            + "holds them; by default the PDF quotes the evidence only, so that it stays short at any size).")
    boolean fullText;

    @Option(names = "--no-cache", description = "Read, encode and extract every article again and keep nothing "
            + "for the next run.")
    boolean noCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        Path out = output != null ? output : defaultOutput(caseFile);
        EnumSet<OutputFormat> wanted = formats == null || formats.isEmpty()
                ? OutputFormat.defaults() : EnumSet.copyOf(formats);
        if (encoderThreads < 1) {
            throw new InputException("--encoder-threads must be at least 1, not " + encoderThreads);
        }
        Factdiff.Options options = new Factdiff.Options(out, Optional.ofNullable(templates), wanted,
                Optional.ofNullable(paper), sourceDateEpoch(), Terminal.progress(spec.commandLine().getErr()),
                meaning ? new MiniLmEncoder(encoderThreads) : SentenceEncoder.NONE, rebuild(),
                noCache ? Cache.NONE : Version.build().map(b -> Cache.in(cacheDir, b)).orElse(Cache.NONE), fullText);
        Path findings = out.resolve(OutputFormat.JSON.fileName());
        Optional<JsonNode> before = wanted.contains(OutputFormat.JSON) ? previous(findings) : Optional.empty();
        OutputFiles.Written result = Factdiff.report(caseFile, options);
        for (Path p : result.written()) {
            spec.commandLine().getOut().println(p);
        }
        spec.commandLine().getOut().flush();
        if (!result.removed().isEmpty()) {
            // Said on stderr, even in pipes: the user should know files of theirs went away.
            spec.commandLine().getErr().println("factdiff: removed stale " + String.join(", ",
                    result.removed().stream().map(p -> p.getFileName().toString()).toList())
                    + (formats == null || formats.isEmpty() ? " (not written by default; ask with --format)"
                            : " (not written with --format " + formatList() + ")"));
            spec.commandLine().getErr().flush();
        }
        if (before.isPresent()) {
            changesSince(before.get(), findings);
        }
        return 0;
    }

    /** Lines of the summary of changes printed after a run; the rest is one 'factdiff diff' away. */
    static final int CHANGES_SHOWN = 40;

    /** The findings.json this run is about to replace, when there is one that reads as such. */
    private static Optional<JsonNode> previous(Path findings) {
        if (!java.nio.file.Files.isRegularFile(findings)) {
            return Optional.empty();
        }
        try {
            return Optional.of(FindingsFile.read(findings));
        } catch (InputException e) {
            return Optional.empty(); // not a report of ours, or damaged: nothing to compare with
        }
    }

    /**
     * Says on the terminal what changed since the findings.json this run replaced, finding by
     * finding; the report files themselves stay a function of the inputs alone.
     */
    private void changesSince(JsonNode before, Path findings) throws InputException {
        FindingsDiff diff = FindingsDiff.between(before, FindingsFile.read(findings));
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (diff.isEmpty()) {
            err.println("factdiff: the findings are the same as in the report this run replaced");
        } else {
            err.println("factdiff: changes since the findings.json this run replaced:");
            List<String> lines = DiffRenderer.PLAIN.render(diff).lines().toList();
            lines.stream().limit(CHANGES_SHOWN).forEach(l -> err.println(l.isBlank() ? "" : "  " + l));
            if (lines.size() > CHANGES_SHOWN) {
                err.println("  … and " + (lines.size() - CHANGES_SHOWN) + " more lines: 'git diff' of findings.json "
                        + "shows them all with 'make textconv' set up, or 'factdiff diff OLD NEW' between two copies");
            }
        }
        err.flush();
    }

    /** The formats as given, each once, lower case: "json", "html,json". */
    private String formatList() {
        return String.join(",", formats.stream().distinct().map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * The arguments that make these files again, as the user gave them: the case path, and every
     * option that changes what is written. Where the files go (-o) and the encoder's threads
     * change nothing in them and are left out, so that a check build elsewhere is byte-identical.
     */
    List<String> rebuild() {
        List<String> args = new java.util.ArrayList<>(List.of("report", caseFile.toString()));
        if (templates != null) {
            args.addAll(List.of("--templates", templates.toString()));
        }
        if (formats != null && !formats.isEmpty()) {
            args.addAll(List.of("--format", formatList()));
        }
        if (paper != null) {
            args.addAll(List.of("--paper", paper.name().toLowerCase(Locale.ROOT)));
        }
        if (!meaning) {
            args.add("--no-meaning");
        }
        if (fullText) {
            args.add("--full-text");
        }
        return args;
    }

    /** reports/&lt;name of the folder holding the case file&gt;, relative to the working folder. */
    static Path defaultOutput(Path caseFile) {
        Path folder = caseFile.toAbsolutePath().normalize().getParent();
        String name = folder == null || folder.getFileName() == null ? "case" : folder.getFileName().toString();
        return Path.of("reports", name);
    }

    static OptionalLong sourceDateEpoch() throws InputException {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new InputException("SOURCE_DATE_EPOCH='" + value + "' is not a number of seconds since 1970");
        }
    }
}
