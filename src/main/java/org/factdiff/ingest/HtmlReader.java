package org.factdiff.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Saved web pages: decoded (BOM, then the page's declared charset, then UTF-8 with a
 * Windows-1252 fallback), parsed with jsoup without any base URI (nothing is ever fetched
 * or resolved), and reduced to the article's main text by {@link MainTextExtractor}; the
 * page's own statements about the article are read by {@link #metadata(byte[])}.
 */
public final class HtmlReader implements ArticleReader {
    /** How far into the file a {@code <meta charset>} is looked for, as browsers do. */
    static final int CHARSET_SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    private final MainTextExtractor extractor = new MainTextExtractor();
    private final MetadataExtractor metadataExtractor = new MetadataExtractor();

    @Override
    public String read(byte[] bytes, String name) throws IngestException {
        String html = decode(bytes);
        BinaryCheck.requireText(html, name);
        Document doc = Jsoup.parse(html);
        // The title tells the extractor which heading is the headline; read it before the page is changed.
        PageMetadata metadata = metadataExtractor.extract(doc);
        return extractor.extract(doc, metadata.title());
    }

    /**
     * The article's title, author, outlet, publication date, address and language as the page
     * states them (see {@link PageMetadata}); empty fields where it does not. Never fails:
     * bytes that are no web page give empty metadata.
     */
    public PageMetadata metadata(byte[] bytes) {
        return metadataExtractor.extract(Jsoup.parse(decode(bytes)));
    }

    @Override
    public Metadata found(byte[] bytes, String cleanText) {
        Document doc = Jsoup.parse(decode(bytes));
        PageMetadata m = metadataExtractor.extract(doc);
        java.util.Map<String, String> from = metadataExtractor.sources(doc, m);
        return new Metadata(Field.of(m.title(), "page: " + from.get("title")),
                Field.of(m.byline(), "page: " + from.get("byline")),
                Field.of(m.siteName(), "page: " + from.get("siteName")),
                Field.of(m.published(), "page: " + from.get("published")),
                Field.of(m.canonicalUrl(), "page: " + from.get("url")));
    }

    /**
     * The page as text in its declared charset, except that bytes which are valid UTF-8 with
     * multi-byte characters are read as UTF-8: pages re-saved by an editor or a browser keep a
     * stale {@code charset=gb2312} or {@code windows-1252}, and legacy text is practically never
     * valid UTF-8 by accident.
     */
    static String decode(byte[] bytes) {
        String declared = declaredCharset(bytes);
        return TextDecoder.decode(bytes, declared != null && isMultibyteUtf8(bytes) ? null : declared);
    }

    private static boolean isMultibyteUtf8(byte[] bytes) {
        boolean multibyte = false;
        for (byte b : bytes) {
            if (b < 0) {
                multibyte = true;
                break;
            }
        }
        if (!multibyte) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
