package org.factdiff.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import com.openhtmltopdf.util.XRLog;
import org.factdiff.Sha256;
import org.factdiff.ingest.BundledFontMapper;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;

/**
 * report.pdf: the report's XHTML laid out by openhtmltopdf on PDFBox, with DejaVu fonts
 * embedded as subsets, and made reproducible: dates come from the report date, the document
 * /ID from the inputs' hashes, and nothing is ever loaded from outside the document.
 */
public final class PdfRenderer {
    /** The font family the CSS names; each face below is registered under it. */
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private record Face(String family, String file, int weight, BaseRendererBuilder.FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face(SANS, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Face(SANS, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new Face(SANS, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC),
            new Face(SANS, "DejaVuSans-BoldOblique.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC),
            new Face(MONO, "DejaVuSansMono.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Face(MONO, "DejaVuSansMono-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL));

    /**
     * What goes into the document information dictionary.
     *
     * @param date    the report date; the PDF's creation and modification dates (midnight UTC)
     * @param idSeed  bytes that identify the inputs (hashes); the /ID is derived from them
     */
    public record Info(String title, String author, String subject, String keywords, String producer,
                       Optional<LocalDate> date, byte[] idSeed) {
    }

    public byte[] render(String xhtml, Info info) {
        BundledFontMapper.install();
        XRLog.setLoggingEnabled(false);
        org.jsoup.nodes.Document parsed = Jsoup.parse(xhtml, "", Parser.xmlParser());
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.withW3cDocument(dom, "about:report");
            for (Face f : FACES) {
                builder.useFont(() -> font(f.file()), f.family(), f.weight(), f.style(), true);
            }
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            // The report is one self-contained document: refuse every external resource.
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer(info.producer());
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            describe(doc, info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }

    private static void describe(PDDocument doc, Info info) {
        PDDocumentInformation di = doc.getDocumentInformation();
        di.setTitle(info.title());
        di.setAuthor(info.author());
        di.setSubject(info.subject());
        di.setKeywords(info.keywords());
        di.setCreator(info.producer());
        di.setProducer(info.producer());
        Calendar when = info.date().map(PdfRenderer::utcMidnight).orElse(null);
        di.setCreationDate(when);
        di.setModificationDate(when);
        byte[] id = Arrays.copyOf(Sha256.digest(info.idSeed()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar utcMidnight(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream(FONT_DIR + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " missing from the class path (jasperreports-fonts)");
        }
        return in;
    }

    /** Bytes that identify a report's inputs, for the PDF /ID. */
    public static byte[] idSeed(List<String> parts) {
        return String.join("\n", parts).getBytes(StandardCharsets.UTF_8);
    }
}
