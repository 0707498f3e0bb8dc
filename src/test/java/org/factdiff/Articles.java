package org.factdiff;

import org.factdiff.base.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdiff.casefile.ArticleRef;
import org.factdiff.casefile.ArticleType;
import org.factdiff.casefile.SourcePosition;
import org.factdiff.casefile.Timestamp;
import org.factdiff.ingest.Article;
import org.factdiff.ingest.TextCleaner;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;
import org.factdiff.text.TextAnalyzer;
import org.factdiff.base.Words;

/** Articles made from strings, for tests of the analysis stages. */
public final class Articles {
    private Articles() {
    }

    public static Article of(String id, String text) {
        return of(id, text, null);
    }

    /** An article with clean text {@code text} and, when not null, a publication time. */
    public static Article of(String id, String text, String published) {
        String clean = new TextCleaner(List.of()).clean(text);
        ArticleRef ref = new ArticleRef(id, Path.of(id + ".txt"), id + ".txt", ArticleType.TEXT, Optional.empty(),
                Optional.empty(), Optional.ofNullable(published).map(Timestamp::parse), Optional.empty(),
                Optional.empty(), SourcePosition.of("case.yaml"));
        return new Article(ref, clean, Sha256.hex(clean.getBytes(StandardCharsets.UTF_8)), Words.count(clean));
    }

    /** Parsed texts of the articles with the built-in lexicon plus the given name groups. */
    public static List<ParsedText> parse(List<Article> articles, List<List<String>> names) {
        TextAnalyzer analyzer = new TextAnalyzer(Lexicon.withNames(names));
        List<ParsedText> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(analyzer.analyze(a.id(), a.text()));
        }
        return out;
    }
}
