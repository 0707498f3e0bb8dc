package org.factdiff.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdiff.report.Analysis;
import org.factdiff.Factdiff;
import org.factdiff.base.InputException;
import org.factdiff.base.Progress;
import org.factdiff.base.Sha256;
import org.factdiff.casefile.ArticleRef;
import org.factdiff.casefile.ArticleType;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.SourcePosition;
import org.factdiff.compare.Contradiction;
import org.factdiff.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import org.factdiff.casefile.Paper;
import org.factdiff.ingest.ArticleChecks;
import org.factdiff.ingest.ArticleReader;
import org.factdiff.ingest.HtmlReader;
import org.factdiff.ingest.Metadata;
import org.factdiff.ingest.MhtmlReader;
import org.factdiff.ingest.PdfReader;
import org.factdiff.report.OutputFormat;
import org.factdiff.report.ReportSettings;
import org.factdiff.report.Reports;
import org.factdiff.report.TemplateException;
import org.factdiff.report.Templates;
import org.factdiff.ingest.MarkdownReader;
import org.factdiff.ingest.PlainTextReader;
import org.factdiff.ingest.TextCleaner;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.text.Excerpt;
import org.factdiff.base.Words;

/**
 * Fuzzes the text pipeline from raw bytes to findings: one to three articles of arbitrary
 * bytes, read as text, Markdown, HTML, MHTML or PDF with their metadata, checked, through every
 * analysis stage to findings.json and report.html. Only an {@link InputException} may escape,
 * every excerpt must be exactly the text at its offsets, and no input may reach the report as
 * markup. (The PDF renderer is left out: at a second a page it would leave the fuzzer a handful
 * of runs; it renders the same HTML.)
 */
class PipelineFuzzTest {
    private static final Reports REPORTS;

    static {
        try {
            REPORTS = new Reports(Templates.of(Optional.empty()));
        } catch (TemplateException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "15s")
    void bytesToFindings(FuzzedDataProvider data) throws Exception {
        int n = data.consumeInt(1, 3);
        List<Article> articles = new ArrayList<>();
        List<ArticleRef> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ArticleType type = data.pickValue(new ArticleType[] {ArticleType.TEXT, ArticleType.MARKDOWN, ArticleType.HTML,
                ArticleType.MHTML, ArticleType.PDF});
            ArticleReader reader = switch (type) {
                case MARKDOWN -> new MarkdownReader();
                case HTML -> new HtmlReader();
                case MHTML -> new MhtmlReader();
                case PDF -> new PdfReader();
                default -> new PlainTextReader();
            };
            byte[] bytes = i == n - 1 ? data.consumeRemainingAsBytes() : data.consumeBytes(data.consumeInt(0, 4000));
            String raw;
            try {
                raw = reader.read(bytes, "a" + i);
            } catch (InputException refused) {
                continue;
            }
            String text = new TextCleaner(List.of()).clean(raw);
            if (text.isEmpty()) {
                continue;
            }
            ArticleRef ref = new ArticleRef("a" + i, Path.of("a" + i + ".txt"), "a" + i + ".txt", type, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), SourcePosition.of("case.yaml"));
            refs.add(ref);
            articles.add(new Article(ref, Metadata.merge(ref, reader.found(bytes, text)), text, Sha256.hex(bytes),
                    Words.count(text)));
        }
        if (articles.isEmpty()) {
            return;
        }
        Case c = new Case(Path.of("case.yaml"), Path.of("."), "fuzz", "fuzz", Optional.empty(), Optional.empty(), "en",
                Optional.empty(), false, refs, List.of(), List.of(), Sha256.hex(new byte[0]));
        try {
            ArticleChecks.warnings(articles);
            Analysis a = Factdiff.analyze(c, articles, Progress.QUIET);
            check(a);
            Map<String, byte[]> files = REPORTS.render(a, new ReportSettings(Optional.empty(), Paper.A4),
                    EnumSet.of(OutputFormat.HTML, OutputFormat.JSON));
            checkInert(new String(files.get("report.html"), StandardCharsets.UTF_8));
        } catch (InputException refused) {
            // a limit was hit, with a message for the user: fine
        }
    }

    /** Input text may appear in the report only as text: no element that runs or loads, no handler, no odd link. */
    private static void checkInert(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        if (!doc.select("script, iframe, object, embed, img, link, base, form, meta[http-equiv=refresh]").isEmpty()) {
            throw new IllegalStateException("input text reached the report as markup");
        }
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            for (org.jsoup.nodes.Attribute attr : e.attributes()) {
                if (attr.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                    throw new IllegalStateException("event handler in the report: " + attr);
                }
            }
            String href = e.attr("href");
            if (!(href.isEmpty() || href.startsWith("#") || href.startsWith("http://") || href.startsWith("https://"))) {
                throw new IllegalStateException("link that is neither internal nor web: " + href);
            }
        }
    }

    private static void check(Analysis a) {
        List<Excerpt> all = new ArrayList<>();
        for (ReusePair p : a.reuse().pairs()) {
            for (Passage s : p.passages()) {
                all.add(s.a());
                all.add(s.b());
            }
        }
        a.comparison().contradictions().forEach(x -> x.values().stream().map(Contradiction.Value::evidence).forEach(all::add));
        a.comparison().agreements().forEach(x -> all.addAll(x.sources()));
        a.comparison().singleSource().forEach(x -> all.add(x.evidence()));
        for (Excerpt e : all) {
            String text = a.articles().stream().filter(x -> x.id().equals(e.article())).findFirst().orElseThrow().text();
            if (!text.substring(e.start(), e.end()).equals(e.text())) {
                throw new IllegalStateException("excerpt does not match its offsets: " + e);
            }
        }
    }
}
