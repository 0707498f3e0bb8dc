package org.factdiff.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdiff.Sha256;
import org.factdiff.casefile.ArticleRef;
import org.factdiff.casefile.ArticleType;
import org.factdiff.casefile.Case;
import org.factdiff.text.Words;

/** Reads every article of a case into clean text (see the package description). */
public final class Ingest {
    /** Largest article file read, in bytes; a news article is a few hundred kilobytes at most. */
    public static final long MAX_ARTICLE_BYTES = 32L << 20;

    private final Map<ArticleType, ArticleReader> readers = new EnumMap<>(ArticleType.class);

    public Ingest() {
        readers.put(ArticleType.TEXT, new PlainTextReader());
        readers.put(ArticleType.MARKDOWN, new MarkdownReader());
        readers.put(ArticleType.HTML, new HtmlReader());
        readers.put(ArticleType.PDF, new PdfReader());
    }

    /** The case's articles, in case-file order. */
    public List<Article> read(Case c) throws IngestException {
        TextCleaner cleaner = new TextCleaner(c.boilerplate());
        List<Article> out = new ArrayList<>();
        for (ArticleRef ref : c.articles()) {
            out.add(read(ref, cleaner));
        }
        return List.copyOf(out);
    }

    Article read(ArticleRef ref, TextCleaner cleaner) throws IngestException {
        String name = ref.file();
        byte[] bytes;
        try {
            long size = Files.size(ref.path());
            if (size > MAX_ARTICLE_BYTES) {
                throw new IngestException(name + ": article file is " + (size >> 20) + " MiB, more than the "
                        + (MAX_ARTICLE_BYTES >> 20) + " MiB limit; give only the article's text");
            }
            bytes = Files.readAllBytes(ref.path());
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read article file: " + InputMessages.brief(e));
        }
        String raw = readers.get(ref.type()).read(bytes, name);
        String text = cleaner.clean(raw);
        if (text.isEmpty()) {
            throw new IngestException(name + ": no text left in article '" + ref.id()
                    + "' (empty, or only boilerplate); remove it from the case or fix the file");
        }
        return new Article(ref, text, Sha256.hex(bytes), Words.count(text));
    }
}
