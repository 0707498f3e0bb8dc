package org.factdiff.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdiff.Analysis;
import org.factdiff.Factdiff;
import org.factdiff.InputException;
import org.factdiff.Progress;
import org.factdiff.Sha256;
import org.factdiff.casefile.ArticleRef;
import org.factdiff.casefile.ArticleType;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.SourcePosition;
import org.factdiff.compare.Contradiction;
import org.factdiff.ingest.Article;
import org.factdiff.ingest.HtmlReader;
import org.factdiff.ingest.MarkdownReader;
import org.factdiff.ingest.PlainTextReader;
import org.factdiff.ingest.TextCleaner;
import org.factdiff.report.FindingsJson;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Words;

/**
 * Fuzzes the text pipeline from raw bytes to findings: two or three articles of arbitrary
 * bytes, read as text, Markdown or HTML, through every analysis stage to findings.json. Only
 * an {@link InputException} may escape, and every excerpt must be exactly the text at its
 * offsets.
 */
class PipelineFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void bytesToFindings(FuzzedDataProvider data) throws Exception {
        int n = data.consumeInt(1, 3);
        List<Article> articles = new ArrayList<>();
        List<ArticleRef> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ArticleType type = data.pickValue(new ArticleType[] {ArticleType.TEXT, ArticleType.MARKDOWN, ArticleType.HTML});
            byte[] bytes = i == n - 1 ? data.consumeRemainingAsBytes() : data.consumeBytes(data.consumeInt(0, 4000));
            String raw;
            try {
                raw = switch (type) {
                    case MARKDOWN -> new MarkdownReader().read(bytes, "a" + i);
                    case HTML -> new HtmlReader().read(bytes, "a" + i);
                    default -> new PlainTextReader().read(bytes, "a" + i);
                };
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
            articles.add(new Article(ref, text, Sha256.hex(bytes), Words.count(text)));
        }
        if (articles.isEmpty()) {
            return;
        }
        Case c = new Case(Path.of("case.yaml"), Path.of("."), "fuzz", "fuzz", Optional.empty(), Optional.empty(), "en",
                Optional.empty(), refs, List.of(), List.of(), Sha256.hex(new byte[0]));
        try {
            Analysis a = Factdiff.analyze(c, articles, Progress.QUIET);
            check(a);
            new FindingsJson().write(a, Optional.empty());
        } catch (InputException refused) {
            // a limit was hit, with a message for the user: fine
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
