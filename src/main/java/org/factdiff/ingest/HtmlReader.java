package org.factdiff.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Saved web pages: decoded (BOM, then the page's declared charset, then UTF-8 with a
 * Windows-1252 fallback), parsed with jsoup without any base URI (nothing is ever fetched),
 * and reduced to the article's main text by {@link MainTextExtractor}.
 */
public final class HtmlReader implements ArticleReader {
    /** How far into the file a {@code <meta charset>} is looked for, as browsers do. */
    static final int CHARSET_SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    private final MainTextExtractor extractor = new MainTextExtractor();

    @Override
    public String read(byte[] bytes, String name) throws IngestException {
        String html = TextDecoder.decode(bytes, declaredCharset(bytes));
        BinaryCheck.requireText(html, name);
        Document doc = Jsoup.parse(html);
        return extractor.extract(doc);
    }

    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
