package org.factdiff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.factdiff.report.Analysis;
import org.factdiff.Factdiff;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.CaseFile;
import org.factdiff.ingest.Article;
import org.factdiff.report.OutputFormat;
import org.factdiff.report.ReportDate;
import org.factdiff.report.ReportSettings;
import org.factdiff.report.Reports;
import org.factdiff.report.Templates;

/**
 * {@code make bench}: times each stage over repeated in-process runs of one case and prints
 * the median and the fastest run. Figures, not assertions: tests check behaviour, this
 * measures speed.
 */
public final class Bench implements Callable<Integer> {
    private static final int WARMUP = 3;
    private static final int RUNS = 10;
    private final Path caseFile;

    Bench(Path caseFile) {
        this.caseFile = caseFile;
    }

    /** Sizes of the generated cases, in articles; BENCH_SIZES="100,1000" chooses others. */
    static final int[] SIZES = {100, 1000, 10000};
    /** The seed of the generated cases: the same corpora on every run. */
    static final long SEED = 20170518L;
    /** Where the generated cases are written. */
    static final Path CORPORA = Path.of("target", "bench");

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        Path file = Path.of(args.length > 0 ? args[0] : "inputs/at-tanf-2017/case.yaml");
        int status = new Bench(file).call();
        corpora();
        System.exit(status);
    }

    /**
     * Each stage's time and peak heap on generated cases of {@link #SIZES} articles, one run
     * each, with how many of the planted copies the reuse stage found.
     */
    static void corpora() throws Exception {
        System.out.printf(Locale.ROOT, "%nGenerated cases in real-English vocabulary (seed %d, about %d words an article, "
                + "%.0f%% of articles copy passages of an earlier one verbatim, edited or synonym-spun); heap limit %d MB, "
                + "%d cores%n", SEED, BenchCorpus.WORDS, BenchCorpus.COPYING * 100, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%8s %9s  %-10s %10s %14s%n", "articles", "words", "stage", "seconds", "peak heap MB");
        int[] sizes = SIZES;
        String chosen = System.getenv("BENCH_SIZES");
        if (chosen != null && !chosen.isBlank()) {
            sizes = java.util.Arrays.stream(chosen.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        }
        for (int n : sizes) {
            Path dir = CORPORA.resolve(String.valueOf(n));
            deleteTree(dir);
            BenchCorpus.Corpus corpus = new BenchCorpus(SEED).write(dir, n);
            StageMeter meter = new StageMeter();
            meter.stage("case", "");
            Analysis a = Factdiff.analyze(CaseFile.load(corpus.caseFile()), meter);
            meter.stage("", "");
            for (StageMeter.Row r : meter.rows) {
                System.out.printf(Locale.ROOT, "%8d %9d  %-10s %10.2f %14d%n", n, corpus.words(), r.stage(), r.nanos() / 1e9,
                        r.peakBytes() >> 20);
            }
            int found = 0;
            for (BenchCorpus.Planted p : corpus.planted()) {
                String x = p.from().compareTo(p.to()) < 0 ? p.from() : p.to();
                String y = x.equals(p.from()) ? p.to() : p.from();
                found += a.reuse().pairs().stream().anyMatch(q -> q.a().equals(x) && q.b().equals(y)
                        && !q.passages().isEmpty()) ? 1 : 0;
            }
            long shared = a.reuse().pairs().stream().filter(q -> !q.passages().isEmpty()).count();
            System.out.printf(Locale.ROOT, "%8d %9d  planted copies found: %d of %d; pairs with shared passages: %d "
                            + "(%d beyond the planted ones: copies of copies share text too); pairs cut at the per-pair "
                            + "bound: %d%n", n, corpus.words(), found, corpus.planted().size(), shared,
                    shared - found, a.reuse().bounded().size());
            simText(dir.resolve("articles"), n);
        }
    }

    /** sim_text's time on the same files (Debian's similarity-tester), when it is installed. */
    static void simText(Path articles, int n) throws Exception {
        Path tool = null;
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, "sim_text");
            if (java.nio.file.Files.isExecutable(p)) {
                tool = p;
                break;
            }
        }
        if (tool == null) {
            System.out.printf(Locale.ROOT, "%8d %9s  sim_text not installed (Debian: similarity-tester)%n", n, "");
            return;
        }
        List<String> command = new ArrayList<>(List.of(tool.toString(), "-p", "-r", "8"));
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(articles)) {
            files.sorted().forEach(f -> command.add(f.toString()));
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        System.out.printf(Locale.ROOT, "%8d %9s  sim_text -p -r 8 on the same files: %.2f s%n", n, "",
                (System.nanoTime() - t0) / 1e9);
    }

    /** Times each stage the pipeline reports and the peak heap used while it ran. */
    static final class StageMeter implements org.factdiff.base.Progress {
        record Row(String stage, long nanos, long peakBytes) {
        }

        final List<Row> rows = new ArrayList<>();
        private String current;
        private long started;

        @Override
        public void stage(String stage, String detail) {
            long now = System.nanoTime();
            if (current != null) {
                rows.add(new Row(current, now - started, peakHeap()));
            }
            System.gc(); // so that the peak is this stage's, not garbage left by the one before
            java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(
                    java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            current = stage;
            started = System.nanoTime();
        }

        private static long peakHeap() {
            long sum = 0;
            for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == java.lang.management.MemoryType.HEAP && p.getPeakUsage() != null) {
                    sum += p.getPeakUsage().getUsed();
                }
            }
            return sum;
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        int words = 0;
        int articles = 0;
        for (int run = 0; run < WARMUP + RUNS; run++) {
            Map<String, Long> t = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            Case c = CaseFile.load(caseFile);
            long t1 = System.nanoTime();
            Analysis a = Factdiff.analyze(c, (stage, detail) -> t.put(stage, System.nanoTime()));
            long t2 = System.nanoTime();
            ReportSettings settings = new ReportSettings(ReportDate.resolve(c, a.articles(), OptionalLong.empty()),
                    c.paper().orElse(ReportSettings.DEFAULT_PAPER));
            Reports reports = new Reports(Templates.of(Optional.empty()));
            Map<String, Long> render = new LinkedHashMap<>();
            for (OutputFormat f : OutputFormat.values()) {
                long s = System.nanoTime();
                reports.render(a, settings, EnumSet.of(f));
                render.put(f.fileName(), System.nanoTime() - s);
            }
            if (run < WARMUP) {
                continue;
            }
            words = a.articles().stream().mapToInt(Article::words).sum();
            articles = a.articles().size();
            add(times, "case file", t1 - t0);
            List<String> stages = new ArrayList<>(t.keySet());
            for (int i = 0; i < stages.size(); i++) {
                long end = i + 1 < stages.size() ? t.get(stages.get(i + 1)) : t2;
                add(times, stages.get(i), end - t.get(stages.get(i)));
            }
            render.forEach((k, v) -> add(times, "render " + k, v));
            add(times, "total", System.nanoTime() - t0);
        }
        System.out.printf(Locale.ROOT, "factdiff bench: %s, %d articles, %d words, %d runs after %d warm-up%n",
                caseFile, articles, words, RUNS, WARMUP);
        System.out.printf(Locale.ROOT, "%-22s %10s %10s%n", "stage", "median ms", "min ms");
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            List<Long> v = new ArrayList<>(e.getValue());
            Collections.sort(v);
            System.out.printf(Locale.ROOT, "%-22s %10.2f %10.2f%n", e.getKey(), v.get(v.size() / 2) / 1e6, v.get(0) / 1e6);
        }
        // The encoder on its own: sentences a second (model loaded) and its share of the run.
        Case c = CaseFile.load(caseFile);
        List<Article> read = new org.factdiff.ingest.Ingest().read(c);
        org.factdiff.text.TextAnalyzer analyzer = new org.factdiff.text.TextAnalyzer(org.factdiff.text.Lexicon.builtIn());
        List<org.factdiff.text.ParsedText> texts = read.stream().map(x -> analyzer.analyze(x.id(), x.text())).toList();
        long e0 = System.nanoTime();
        org.factdiff.text.Meanings m = org.factdiff.text.Meanings.of(texts, new org.factdiff.text.MiniLmEncoder());
        double seconds = (System.nanoTime() - e0) / 1e9;
        List<Long> meaning = new ArrayList<>(times.getOrDefault("meaning", List.of(0L)));
        List<Long> total = new ArrayList<>(times.getOrDefault("total", List.of(1L)));
        Collections.sort(meaning);
        Collections.sort(total);
        System.out.printf(Locale.ROOT, "encoder: %d sentences in %.2f s, %.0f sentences a second; meaning stage %.0f%% of the run%n",
                m.encoded(), seconds, m.encoded() / Math.max(seconds, 1e-9),
                100.0 * meaning.get(meaning.size() / 2) / total.get(total.size() / 2));
        return 0;
    }

    private static void add(Map<String, List<Long>> times, String key, long nanos) {
        times.computeIfAbsent(key, k -> new ArrayList<>()).add(nanos);
    }
}
