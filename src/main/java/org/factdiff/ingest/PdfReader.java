package org.factdiff.ingest;

import org.factdiff.base.BundledFontMapper;
import java.io.IOException;
import java.util.Optional;
import org.factdiff.casefile.Timestamp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF articles: PDFBox text extraction in reading order. Scripts, forms and attachments a
 * PDF may carry are never run or read; only the text of its pages is.
 */
public final class PdfReader implements ArticleReader {
    private static final String XMP = "PDF XMP metadata";

    /**
     * Decoded bytes of one stream of a PDF (a page's content, a form, a font, a metadata or
     * object stream), in bytes. The content of a text page is tens of kilobytes and an embedded
     * font a few megabytes; PDFBox holds a decoded stream whole in memory, and FlateDecode
     * inflates a kilobyte to a megabyte, so the bound is checked while decoding, byte by byte.
     * Images are not decoded to read text.
     */
    public static final long MAX_STREAM_BYTES = 32L << 20;
    /**
     * Decoded bytes of all streams of one PDF together, counted each time PDFBox decodes one (a
     * form drawn twice counts twice), in bytes: four times the largest stream, room for a
     * hundred pages of text and their fonts, and a second or two of work.
     */
    public static final long MAX_DECODED_BYTES = 128L << 20;
    /**
     * Characters of text on one PDF page. A broadsheet newspaper page holds about 40,000; PDFBox
     * keeps every character of a page in memory (a few hundred bytes each) to sort them into
     * reading order, so this bounds the memory of one page to some tens of megabytes.
     */
    public static final int MAX_PAGE_CHARS = 256 << 10;
    /**
     * Characters of text of a whole PDF, some five hundred pages of prose. PDFBox spends a few
     * microseconds on each character it places, so this keeps the worst PDF to a few seconds;
     * the bound on clean text ({@link Ingest#MAX_TEXT_CHARS}), which is four times larger,
     * would let one take a quarter of a minute. Like that bound, exit 2: a PDF this long holds
     * more than the article.
     */
    public static final int MAX_DOCUMENT_CHARS = 1 << 20;
    /**
     * Content-stream operators PDFBox runs to read one PDF, forms included each time they are
     * drawn. A page of text runs a few thousand and a detailed map a few hundred thousand;
     * a form that draws a form that draws a form... multiplies a few bytes into unbounded work
     * without decoding anything new, which the byte bounds cannot see. At about two
     * microseconds an operator (a form call more), the bound is two or three seconds of work.
     */
    public static final long MAX_OPERATORS = 1L << 20;
    /**
     * Pages of one PDF. An article printed to PDF has a few dozen at most; a minimal page
     * object is some sixty bytes, so a file under the size bound could hold half a million,
     * each costing PDFBox work even when empty.
     */
    public static final int MAX_PAGES = 2_000;

    /** Producers and creators that print a page someone had open: their dates are printing dates. */
    private static final java.util.List<String> PRINTERS = org.factdiff.base.WordLists.lines(PdfReader.class,
            "pdf-printers.txt");

    /**
     * Title, author and creation date from the PDF's document information, else its XMP
     * metadata (Dublin Core title and creators, XMP basic creation date). A date line in the
     * text ("Thu, 18 May 2017 19:27 UTC") is the publication date first. The creation date is
     * the file's: it counts only when the PDF was not printed from a browser or a print driver
     * (its Producer and Creator name none, see pdf-printers.txt), i.e. when the publisher made
     * it; a page printed by a reader was created when it was printed, after the article.
     */
    @Override
    public Metadata found(byte[] bytes, String cleanText) {
        BundledFontMapper.install();
        try (DecodeBudget budget = DecodeBudget.open(MAX_STREAM_BYTES, MAX_DECODED_BYTES); PDDocument doc = load(bytes)) {
            var info = doc.getDocumentInformation();
            Field<String> title = Field.of(text(info.getTitle()), "PDF document information");
            Field<String> author = Field.of(text(info.getAuthor()), "PDF document information");
            boolean printed = printed(info.getProducer()) || printed(info.getCreator());
            Field<Timestamp> created = printed ? Field.unknown()
                    : Field.of(pdfDate(info.getCOSObject().getString(COSName.CREATION_DATE)),
                            "PDF creation date");
            var xmp = doc.getDocumentCatalog().getMetadata();
            if (xmp != null && (title.value().isEmpty() || author.value().isEmpty() || created.value().isEmpty())) {
                try {
                    var parser = new org.apache.xmpbox.xml.DomXmpParser();
                    parser.setStrictParsing(false);
                    var meta = parser.parse(xmp.toByteArray());
                    var dc = meta.getDublinCoreSchema();
                    if (dc != null) {
                        title = title.or(Field.of(text(dc.getTitle()), XMP));
                        author = author.or(Field.of(text(dc.getCreators() == null ? null : String.join(", ", dc.getCreators())),
                                XMP));
                    }
                    var basic = meta.getXMPBasicSchema();
                    if (basic != null && !printed && !printed(basic.getCreatorTool())) {
                        created = created.or(Field.of(Optional.ofNullable(basic.getCreateDate()).map(PdfReader::timestamp),
                                "PDF XMP creation date"));
                    }
                } catch (org.apache.xmpbox.xml.XmpParsingException | org.apache.xmpbox.type.BadFieldValueException | RuntimeException e) {
                    // Broken XMP states nothing: keep what the document information says.
                }
            }
            Metadata fromText = TextMetadata.fromTop(cleanText);
            // A date line printed in the text says when the article appeared; the file's own
            // date says when the PDF was made.
            Field<Timestamp> published = fromText.published().or(created);
            return new Metadata(title, author, Field.unknown(), published, Field.unknown()).withFallback(fromText);
        } catch (IOException | RuntimeException e) {
            return TextMetadata.fromTop(cleanText);
        }
    }

    /** True when a Producer or Creator names a browser or print driver. */
    static boolean printed(String tool) {
        if (tool == null) {
            return false;
        }
        String t = tool.toLowerCase(java.util.Locale.ROOT);
        return PRINTERS.stream().anyMatch(t::contains);
    }

    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip().replaceAll("\\s+", " "));
    }

    private static final java.util.regex.Pattern PDF_DATE = java.util.regex.Pattern.compile(
            "(?:D:)?(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2})?)?\\s*([Zz+-].*)?");

    /**
     * A PDF date string ({@code D:20170518192700+02'00'}) as a timestamp: with its offset when
     * it names one, else as local time (a date-time without a zone is never read as UTC).
     */
    static Optional<Timestamp> pdfDate(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = PDF_DATE.matcher(raw.strip());
        try {
            if (!m.matches()) {
                return Optional.ofNullable(org.apache.pdfbox.util.DateConverter.toCalendar(raw)).map(PdfReader::timestamp);
            }
            java.time.LocalDate date = java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(Timestamp.ofDate(date));
            }
            if (m.group(7) != null) {
                return Optional.ofNullable(org.apache.pdfbox.util.DateConverter.toCalendar(raw)).map(PdfReader::timestamp);
            }
            java.time.LocalTime time = java.time.LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Optional.of(new Timestamp(date, Optional.of(time), Optional.empty()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Timestamp timestamp(java.util.Calendar c) {
        var instant = c.toInstant().atOffset(java.time.ZoneOffset.UTC);
        return new Timestamp(instant.toLocalDate(), Optional.of(instant.toLocalTime()), Optional.of(java.time.ZoneOffset.UTC));
    }

    @Override
    public String read(byte[] bytes, String name) throws IngestException {
        BundledFontMapper.install();
        BoundedTextStripper stripper = new BoundedTextStripper(MAX_PAGE_CHARS, MAX_DOCUMENT_CHARS, MAX_OPERATORS);
        try (DecodeBudget budget = DecodeBudget.open(MAX_STREAM_BYTES, MAX_DECODED_BYTES)) {
            try (PDDocument doc = load(bytes)) {
                if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                    throw new IngestException(name + ": the PDF forbids text extraction; "
                            + "save the article as text or an unprotected PDF");
                }
                measurePages(doc, budget);
                refuseOverBound(name, budget, stripper);
                stripper.setSortByPosition(true);
                stripper.setLineSeparator("\n");
                stripper.setParagraphEnd("\n");
                stripper.setPageEnd("\n\n");
                String text = stripper.getText(doc);
                refuseOverBound(name, budget, stripper);
                return text;
            } catch (InvalidPasswordException e) {
                throw new IngestException(name + ": the PDF is encrypted with a password; "
                        + "save an unprotected copy of the article");
            } catch (IOException e) {
                // A bound stops PDFBox with an IOException, which it sometimes wraps or reports as a
                // broken file: the bound is the true reason.
                refuseOverBound(name, budget, stripper);
                throw new IngestException(name + ": not a readable PDF (" + InputMessages.brief(e) + ")");
            }
        }
    }

    /**
     * The document, parsed with PDFBox's scratch buffers held to {@link #MAX_DECODED_BYTES}.
     * (Decoding does not use them; {@link DecodeBudget} bounds that.)
     */
    private static PDDocument load(byte[] bytes) throws IOException {
        return Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_DECODED_BYTES).streamCache);
    }

    /**
     * Counts the pages, and the decoded bytes of each page whose content is one FlateDecode
     * stream: PDFBox inflates those on the fly as it parses them, past the filter table, so
     * {@link DecodeBudget} would not see them. Reading them once more costs little next to
     * extracting their text; a bound passed here stops the reading before extraction starts.
     */
    private static void measurePages(PDDocument doc, DecodeBudget budget) throws IOException {
        int pages = 0;
        for (PDPage page : doc.getPages()) {
            if (++pages > MAX_PAGES) {
                budget.exceed(pagesBound());
                return;
            }
            if (page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSStream s
                    && COSName.FLATE_DECODE.equals(s.getFilters())) {
                try (RandomAccessRead content = page.getContentsForStreamParsing()) {
                    budget.measure(content);
                }
            }
        }
    }

    private static void refuseOverBound(String name, DecodeBudget budget, BoundedTextStripper stripper)
            throws IngestException {
        var bound = budget.exceeded().or(stripper::exceeded);
        if (bound.isPresent()) {
            throw new IngestException(name + ": " + bound.get() + "; the PDF is damaged or built to exhaust memory, "
                    + "or is no single article: give the article's text, or print the article to a new PDF");
        }
    }

    static String streamBound() {
        return "a stream of the PDF decodes to more than " + (MAX_STREAM_BYTES >> 20)
                + " MiB (PdfReader.MAX_STREAM_BYTES)";
    }

    static String documentBound() {
        return "the PDF's streams decode to more than " + (MAX_DECODED_BYTES >> 20)
                + " MiB in all (PdfReader.MAX_DECODED_BYTES)";
    }

    static String pageBound(int page) {
        return "page " + page + " has more than " + MAX_PAGE_CHARS + " characters of text (PdfReader.MAX_PAGE_CHARS)";
    }

    static String textBound() {
        return "the PDF has more than " + MAX_DOCUMENT_CHARS + " characters of text (PdfReader.MAX_DOCUMENT_CHARS)";
    }

    static String pagesBound() {
        return "the PDF has more than " + MAX_PAGES + " pages (PdfReader.MAX_PAGES)";
    }

    static String operatorBound() {
        return "the PDF's pages run more than " + MAX_OPERATORS + " drawing operators (PdfReader.MAX_OPERATORS)";
    }
}
