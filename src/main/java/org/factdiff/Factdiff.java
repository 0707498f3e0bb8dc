package org.factdiff;

import org.factdiff.report.Analysis;
import org.factdiff.base.Activity;
import org.factdiff.base.Cache;
import org.factdiff.base.InputException;
import org.factdiff.base.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.SlotClaimAligner;
import org.factdiff.casefile.AliasGroup;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.CaseFile;
import org.factdiff.casefile.Paper;
import org.factdiff.casefile.Timestamp;
import org.factdiff.claims.CachedClaimExtractor;
import org.factdiff.claims.Claim;
import org.factdiff.claims.ClaimExtractor;
import org.factdiff.claims.RuleBasedClaimExtractor;
import org.factdiff.claims.Tagger;
import org.factdiff.compare.Comparison;
import org.factdiff.compare.RuleBasedComparer;
import org.factdiff.ingest.Article;
import org.factdiff.ingest.Ingest;
import org.factdiff.report.OutputException;
import org.factdiff.report.OutputFiles;
import org.factdiff.report.OutputFormat;
import org.factdiff.report.ReportDate;
import org.factdiff.report.ReportSettings;
import org.factdiff.report.Reports;
import org.factdiff.report.Templates;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.reuse.WinnowingReuseDetector;
import org.factdiff.text.Lexicon;
import org.factdiff.review.ReviewFile;
import org.factdiff.review.Reviews;
import org.factdiff.text.Meanings;
import org.factdiff.text.MiniLmEncoder;
import org.factdiff.text.SentenceEncoder;
import org.factdiff.text.ParsedText;
import org.factdiff.text.TextAnalyzer;
import org.factdiff.text.TextLimitException;
import org.factdiff.text.VectorCache;

/**
 * The whole tool in one place: case file in, report files out. Read {@link #analyze} and
 * {@link #report} first; each line is one stage of the pipeline described in DESIGN.md.
 */
public final class Factdiff {
    private Factdiff() {
    }

    /**
     * How to run a report.
     *
     * @param outDir          where the report files go
     * @param templates       a folder of templates overriding the built-in ones
     * @param formats         which files to write
     * @param paper           page size; empty means the case file's, else A4
     * @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} convention, when set
     * @param encoder         the sentence encoder ({@link SentenceEncoder#NONE}: words alone)
     * @param command         the command line that reproduces the report, for its rebuild section
     * @param cache           what earlier runs derived from each article ({@link Cache#NONE}: none)
     * @param fullText        whether the PDF holds every article's full text (the HTML always does)
     */
    public record Options(Path outDir, Optional<Path> templates, Set<OutputFormat> formats,
                          Optional<Paper> paper, OptionalLong sourceDateEpoch, Progress progress,
                          SentenceEncoder encoder, List<String> command, Cache cache, boolean fullText) {
        public Options(Path outDir, Optional<Path> templates, Set<OutputFormat> formats, Optional<Paper> paper,
                       OptionalLong sourceDateEpoch, Progress progress) {
            this(outDir, templates, formats, paper, sourceDateEpoch, progress, new MiniLmEncoder(), List.of(),
                    Cache.NONE, false);
        }

        public Options {
            Objects.requireNonNull(cache, "cache");
            command = List.copyOf(command);
            Objects.requireNonNull(encoder, "encoder");
            Objects.requireNonNull(outDir, "outDir");
            Objects.requireNonNull(templates, "templates");
            formats = Set.copyOf(formats);
            Objects.requireNonNull(paper, "paper");
            Objects.requireNonNull(sourceDateEpoch, "sourceDateEpoch");
            Objects.requireNonNull(progress, "progress");
        }
    }

    /** Runs every analysis stage over a loaded case. */
    public static Analysis analyze(Case c, Progress progress) throws InputException {
        return analyze(c, progress, new MiniLmEncoder());
    }

    /** As above with a given sentence encoder. */
    public static Analysis analyze(Case c, Progress progress, SentenceEncoder encoder) throws InputException {
        return analyze(c, progress, encoder, Cache.NONE);
    }

    /**
     * As above, with what earlier runs derived from each article (clean text, claims, sentence
     * vectors): only new or changed articles are read, encoded and searched for claims.
     */
    public static Analysis analyze(Case c, Progress progress, SentenceEncoder encoder, Cache cache)
            throws InputException {
        encoder.warmUp();
        progress.stage("ingest", c.articles().size() + " articles");
        List<Article> articles = new Ingest(cache).read(c);
        return analyze(c, articles, progress, Tagger.model(), encoder, cache);
    }

    /** Runs the analysis stages after ingestion, over articles already read. */
    public static Analysis analyze(Case c, List<Article> articles, Progress progress) throws InputException {
        return analyze(c, articles, progress, Tagger.model());
    }

    /** As above with another part-of-speech tagger, to measure the model against rules alone. */
    public static Analysis analyze(Case c, List<Article> articles, Progress progress, Tagger tagger)
            throws InputException {
        return analyze(c, articles, progress, tagger, new MiniLmEncoder());
    }

    /** The analysis stages after ingestion with a given tagger and sentence encoder. */
    public static Analysis analyze(Case c, List<Article> articles, Progress progress, Tagger tagger,
                                   SentenceEncoder encoder) throws InputException {
        return analyze(c, articles, progress, tagger, encoder, Cache.NONE);
    }

    /** The analysis stages after ingestion with a given tagger, sentence encoder and cache. */
    public static Analysis analyze(Case c, List<Article> articles, Progress progress, Tagger tagger,
                                   SentenceEncoder encoder, Cache cache) throws InputException {
        progress.stage("text", "sentences and words");
        Lexicon lexicon = lexicon(c);
        TextAnalyzer analyzer = new TextAnalyzer(lexicon, cache);
        // Articles are read on all cores; a parallel stream keeps their order.
        List<ParsedText> texts;
        try {
            texts = articles.parallelStream().map(a -> {
                try (Activity.Handle working = Activity.article(a.id())) {
                    return analyzer.analyzeArticle(a.ref().shownFile(), a.id(), a.text());
                } catch (TextLimitException e) {
                    throw new TextLimitError(e);
                }
            }).toList();
        } catch (TextLimitError e) {
            throw e.limit;
        }
        progress.stage("meaning", "encoding sentences with " + encoder.name());
        Meanings meanings = Meanings.of(texts, encoder, VectorCache.in(cache));
        progress.stage("reuse", "comparing texts");
        ReuseResult reuse = new WinnowingReuseDetector().detect(articles, texts, meanings);
        progress.stage("claims", "extracting claims");
        Optional<LocalDate> reference = referenceDate(c, articles);
        // One extractor per thread, each with its own tagger (a tagger keeps state per sentence).
        ThreadLocal<ClaimExtractor> extractors = ThreadLocal.withInitial(() -> CachedClaimExtractor.of(
                new RuleBasedClaimExtractor(lexicon, reference, tagger.forAnotherThread()), cache));
        List<Claim> claims = java.util.stream.IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> {
                    try (Activity.Handle working = Activity.article(articles.get(i).id())) {
                        return extractors.get().extract(articles.get(i), texts.get(i));
                    }
                })
                .flatMap(List::stream).toList();
        progress.stage("align", "grouping " + claims.size() + " claims");
        List<ClaimGroup> groups = new SlotClaimAligner(meanings).align(claims);
        progress.stage("compare", "comparing " + groups.size() + " groups of claims");
        Map<String, ParsedText> byId = new TreeMap<>();
        texts.forEach(t -> byId.put(t.id(), t));
        Map<String, Timestamp> published = new TreeMap<>();
        articles.forEach(a -> a.published().ifPresent(t -> published.put(a.id(), t)));
        Comparison comparison = new RuleBasedComparer(lexicon, published, meanings).compare(groups, claims, reuse, byId);
        return new Analysis(c, articles, reuse, comparison);
    }

    /** The built-in name variants plus the case's aliases. */
    static Lexicon lexicon(Case c) {
        List<List<String>> names = new ArrayList<>();
        for (AliasGroup g : c.aliases()) {
            List<String> group = new ArrayList<>();
            group.add(g.canonical());
            group.addAll(g.variants());
            names.add(group);
        }
        return Lexicon.withNames(names);
    }

    /** The date the case is about: the incident's, else the earliest publication date, if any. */
    static Optional<LocalDate> referenceDate(Case c, List<Article> articles) {
        if (c.incidentDate().isPresent()) {
            return c.incidentDate();
        }
        return articles.stream().map(a -> a.published()).flatMap(Optional::stream).min(Timestamp::compareTo)
                .map(Timestamp::utcDate);
    }

    /**
     * Loads the case, analyses it and writes the report files; returns the files written, and
     * those of an earlier run it removed because the formats asked for leave them out (so that
     * the output folder depends only on the inputs and the options).
     */
    public static OutputFiles.Written report(Path caseFile, Options options) throws InputException {
        Progress progress = options.progress();
        progress.stage("case", caseFile.toString());
        Case c = CaseFile.load(caseFile);
        Reviews reviews = ReviewFile.forCase(caseFile);
        Templates templates = Templates.of(options.templates());
        Analysis analysis = analyze(c, progress, options.encoder(), options.cache()).withReviews(reviews);
        ReportSettings settings = new ReportSettings(
                ReportDate.resolve(c, analysis.articles(), options.sourceDateEpoch()),
                options.paper().or(c::paper).orElse(ReportSettings.DEFAULT_PAPER), options.command(),
                Templates.overrides(options.templates()), options.fullText() || c.fullText());
        progress.stage("render", String.join(", ", options.formats().stream().map(OutputFormat::fileName).sorted().toList()));
        Map<String, org.factdiff.report.FileContent> files = new Reports(templates).contents(analysis, settings,
                options.formats());
        progress.stage("write", options.outDir().toString());
        List<String> stale = Arrays.stream(OutputFormat.values()).filter(f -> !options.formats().contains(f))
                .map(OutputFormat::fileName).toList();
        try {
            return OutputFiles.writeContents(options.outDir(), files, stale);
        } catch (org.factdiff.report.FileContent.TemplateFailure e) {
            throw e.template(); // nothing was written: the files of an earlier run are as they were
        } catch (IOException e) {
            throw new OutputException("cannot write the report to " + options.outDir() + ": " + e);
        }
    }

    /** Carries a text-stage limit out of the parallel stream, which takes no checked exceptions. */
    private static final class TextLimitError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient TextLimitException limit;

        TextLimitError(TextLimitException limit) {
            super(limit.getMessage(), limit, false, false);
            this.limit = limit;
        }
    }
}
