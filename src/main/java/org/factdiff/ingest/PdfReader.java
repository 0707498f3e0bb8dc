package org.factdiff.ingest;

import org.factdiff.base.BundledFontMapper;
import java.io.IOException;
import java.util.Optional;
import org.factdiff.casefile.Timestamp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF articles: PDFBox text extraction in reading order. Scripts, forms and attachments a
 * PDF may carry are never run or read; only the text of its pages is.
 */
public final class PdfReader implements ArticleReader {
    private static final String XMP = "PDF XMP metadata";

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
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            var info = doc.getDocumentInformation();
            Field<String> title = Field.of(text(info.getTitle()), "PDF document information");
            Field<String> author = Field.of(text(info.getAuthor()), "PDF document information");
            boolean printed = printed(info.getProducer()) || printed(info.getCreator());
            Field<Timestamp> created = printed ? Field.unknown()
                    : Field.of(pdfDate(info.getCOSObject().getString(org.apache.pdfbox.cos.COSName.CREATION_DATE)),
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
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException(name + ": the PDF forbids text extraction; "
                        + "save the article as text or an unprotected PDF");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n\n");
            return stripper.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new IngestException(name + ": the PDF is encrypted with a password; "
                    + "save an unprotected copy of the article");
        } catch (IOException e) {
            throw new IngestException(name + ": not a readable PDF (" + InputMessages.brief(e) + ")");
        }
    }
}
