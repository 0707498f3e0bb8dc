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
import org.factdiff.Analysis;
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

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        Path file = Path.of(args.length > 0 ? args[0] : "inputs/at-tanf-2017/case.yaml");
        System.exit(new Bench(file).call());
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
        return 0;
    }

    private static void add(Map<String, List<Long>> times, String key, long nanos) {
        times.computeIfAbsent(key, k -> new ArrayList<>()).add(nanos);
    }
}
