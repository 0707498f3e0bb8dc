package org.factdiff.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * Saved web pages: decoded (BOM, then the page's declared charset, then UTF-8 with a
 * Windows-1252 fallback), parsed with jsoup without any base URI (nothing is ever fetched
 * or resolved), and reduced to the article's main text by {@link MainTextExtractor}; the
 * page's own statements about the article are read by {@link #metadata(byte[])}.
 *
 * <p>What a page decodes to is bounded, not only its bytes ({@link Ingest#MAX_HTML_BYTES}):
 * 16 MiB of {@code <b>x</b>} would make two million elements, and the extractor copies the
 * page for each of its tries. A page with more than {@link #MAX_TAGS} tags, or whose parse
 * makes more than {@link #MAX_ELEMENTS} elements, is refused with an {@link IngestException};
 * nesting deeper than {@link #MAX_DEPTH} is flattened, which keeps every word of the page.
 */
public final class HtmlReader implements ArticleReader {
    /** How far into the file a {@code <meta charset>} is looked for, as browsers do. */
    static final int CHARSET_SNIFF_BYTES = 4096;
    /**
     * Most {@code <} characters (start and end tags, comments; also those inside scripts) a
     * page may hold, checked before parsing: each can make a node, and text nodes lie between
     * them. The largest of the 260 Mozilla Readability test pages, a long Wikipedia article
     * (wikipedia-2), has 19,252.
     */
    public static final int MAX_TAGS = 100_000;
    /**
     * Most elements the parse of a page may make, counted while parsing: the parser adds
     * elements the page never wrote (it reopens unclosed {@code <b>}s in each new paragraph),
     * so a few thousand tags can make millions of elements. The Readability test pages make at
     * most 9,889 (wikipedia-2). The extractor removes elements one by one, which costs time
     * with the square of a wide parent's children: at this bound its slowest hostile page takes
     * about 7 s, so the bound stays at five times the largest real page.
     */
    public static final int MAX_ELEMENTS = 50_000;
    /**
     * Deepest nesting kept, in elements: an element opened deeper is placed beside the one at
     * this depth instead of inside it (jsoup's depth limit), so the words stay and only the
     * deepest structure goes. Every walk over the page then stays short; the Readability test
     * pages nest at most 39 deep (wikipedia-2).
     */
    public static final int MAX_DEPTH = 256;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

    private final MainTextExtractor extractor = new MainTextExtractor();
    private final MetadataExtractor metadataExtractor = new MetadataExtractor();

    @Override
    public String read(byte[] bytes, String name) throws IngestException {
        String html = decode(bytes);
        BinaryCheck.requireText(html, name);
        Document doc = parse(html, name);
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
        try {
            return metadataExtractor.extract(parse(decode(bytes), "page"));
        } catch (IngestException e) {
            return PageMetadata.EMPTY;
        }
    }

    @Override
    public Metadata found(byte[] bytes, String cleanText) {
        Document doc;
        try {
            doc = parse(decode(bytes), "page");
        } catch (IngestException e) {
            // read() refused these bytes already; a page beyond the bounds states nothing here.
            return TextMetadata.fromTop(cleanText);
        }
        PageMetadata m = metadataExtractor.extract(doc);
        java.util.Map<String, String> from = metadataExtractor.sources(doc, m);
        return new Metadata(Field.of(m.title(), "page: " + from.get("title")),
                Field.of(m.byline(), "page: " + from.get("byline")),
                Field.of(m.siteName(), "page: " + from.get("siteName")),
                Field.of(m.published(), "page: " + from.get("published")),
                Field.of(m.canonicalUrl(), "page: " + from.get("url")));
    }

    /**
     * The page parsed within {@link #MAX_TAGS}, {@link #MAX_ELEMENTS} and {@link #MAX_DEPTH},
     * without a base URI.
     *
     * @param name the file name for messages
     * @throws IngestException when the page has too many tags or makes too many elements
     */
    static Document parse(String html, String name) throws IngestException {
        int tags = 0;
        for (int i = 0; i < html.length(); i++) {
            if (html.charAt(i) == '<') {
                tags++;
            }
        }
        if (tags > MAX_TAGS) {
            throw new IngestException(name + ": web page has " + count(tags) + " tags, more than the " + count(MAX_TAGS)
                    + " limit (HtmlReader.MAX_TAGS); save the article alone (reader view) or as text");
        }
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        try (StreamParser stream = new StreamParser(parser).parse(html, "")) {
            int elements = 0;
            // Elements come out as the parser closes them, so the count stops a runaway parse early.
            for (Iterator<Element> it = stream.iterator(); it.hasNext(); it.next()) {
                if (++elements > MAX_ELEMENTS) {
                    throw new IngestException(name + ": web page makes more than " + count(MAX_ELEMENTS)
                            + " elements when parsed (HtmlReader.MAX_ELEMENTS); save the article alone (reader view)"
                            + " or as text");
                }
            }
            return stream.document();
        }
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
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
