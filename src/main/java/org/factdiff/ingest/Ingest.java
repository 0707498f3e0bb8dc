package org.factdiff.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdiff.base.Activity;
import org.factdiff.base.Cache;
import org.factdiff.base.Sha256;
import org.factdiff.casefile.ArticleRef;
import org.factdiff.casefile.ArticleType;
import org.factdiff.casefile.Case;
import org.factdiff.base.Words;

/** Reads every article of a case into clean text (see the package description). */
public final class Ingest {
    /** Largest article file read, in bytes; a news article is a few hundred kilobytes at most. */
    public static final long MAX_ARTICLE_BYTES = 32L << 20;
    /** Largest HTML page read, in bytes: parsing takes several times its size in memory. */
    public static final long MAX_HTML_BYTES = 16L << 20;

    private final Map<ArticleType, ArticleReader> readers = new EnumMap<>(ArticleType.class);
    private final Cache cache;

    /** Reads every file on every run. */
    public Ingest() {
        this(Cache.NONE);
    }

    /**
     * Takes the clean text and file metadata of files read by an earlier run from {@code cache}
     * (each file is still read, to hash its bytes), and stores those of the others.
     */
    public Ingest(Cache cache) {
        this.cache = cache;
        readers.put(ArticleType.TEXT, new PlainTextReader());
        readers.put(ArticleType.MARKDOWN, new MarkdownReader());
        readers.put(ArticleType.HTML, new HtmlReader());
        readers.put(ArticleType.MHTML, new MhtmlReader());
        readers.put(ArticleType.PDF, new PdfReader());
    }

    /** All article files of a case together, in bytes: more than this is no longer one incident's coverage. */
    public static final long MAX_CASE_BYTES = 128L << 20;
    /** Clean text of one article, in characters: a longer "article" is a dump, not a story. */
    public static final int MAX_TEXT_CHARS = 4 << 20;

    /** The case's articles, in case-file order. */
    public List<Article> read(Case c) throws IngestException {
        long total = 0;
        for (ArticleRef ref : c.articles()) {
            try {
                long size = Files.size(ref.path());
                checkSize(ref, size);
                total += size;
            } catch (IOException e) {
                throw new IngestException(ref.shownFile() + ": cannot read article file: " + InputMessages.brief(e));
            }
        }
        if (total > MAX_CASE_BYTES) {
            throw new IngestException(c.file() + ": the articles total " + (total >> 20) + " MiB, more than the "
                    + (MAX_CASE_BYTES >> 20) + " MiB limit (Ingest.MAX_CASE_BYTES); split the case or trim the files");
        }
        TextCleaner cleaner = new TextCleaner(c.boilerplate());
        List<Article> out = new ArrayList<>();
        for (ArticleRef ref : c.articles()) {
            try (Activity.Handle working = Activity.article(ref.id())) {
                out.add(read(ref, cleaner, c.boilerplate()));
            }
        }
        return List.copyOf(out);
    }

    private static void checkSize(ArticleRef ref, long size) throws IngestException {
        String name = ref.shownFile();
        if ((ref.type() == ArticleType.HTML || ref.type() == ArticleType.MHTML) && size > MAX_HTML_BYTES) {
            throw new IngestException(name + ": web page is " + (size >> 20) + " MiB, more than the "
                    + (MAX_HTML_BYTES >> 20) + " MiB limit (Ingest.MAX_HTML_BYTES); save the article alone");
        }
        if (size > MAX_ARTICLE_BYTES) {
            throw new IngestException(name + ": article file is " + (size >> 20) + " MiB, more than the "
                    + (MAX_ARTICLE_BYTES >> 20) + " MiB limit (Ingest.MAX_ARTICLE_BYTES); give only the article's text");
        }
    }

    /**
     * One article. What the file gives depends only on its bytes, its type and the lines the
     * cleaner drops, so that is the cache key; the case file's metadata is laid over it after.
     */
    private Article read(ArticleRef ref, TextCleaner cleaner, List<String> boilerplate) throws IngestException {
        String name = ref.shownFile();
        byte[] bytes;
        try {
            checkSize(ref, Files.size(ref.path()));
            bytes = Files.readAllBytes(ref.path());
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read article file: " + InputMessages.brief(e));
        }
        String sha256 = Sha256.hex(bytes);
        Cache.Key key = Cache.Key.of("article").and(sha256).and(ref.type().name()).and(boilerplate);
        Optional<Extraction> cached = cache.load(key, Extraction::read);
        Extraction e = cached.isPresent() ? cached.get() : extract(ref, bytes, cleaner);
        if (cached.isEmpty()) {
            cache.store(key, e, Extraction::write);
        }
        Metadata metadata = Metadata.merge(ref, e.found());
        return new Article(ref, metadata, e.text(), sha256, Words.count(e.text()));
    }

    private Extraction extract(ArticleRef ref, byte[] bytes, TextCleaner cleaner) throws IngestException {
        String name = ref.shownFile();
        String raw = readers.get(ref.type()).read(bytes, name);
        String text = cleaner.clean(raw);
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IngestException(name + ": the article's text has " + text.length() + " characters, more than the "
                    + MAX_TEXT_CHARS + " limit (Ingest.MAX_TEXT_CHARS); give only the article");
        }
        if (text.isEmpty()) {
            throw new IngestException(name + ": no text left in article '" + ref.id()
                    + "' (empty, or only boilerplate); remove it from the case or fix the file");
        }
        return new Extraction(text, readers.get(ref.type()).found(bytes, text));
    }
}
