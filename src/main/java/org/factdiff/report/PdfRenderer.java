package org.factdiff.report;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.util.ArrayList;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import com.openhtmltopdf.util.XRLog;
import org.factdiff.base.Sha256;
import org.factdiff.base.BundledFontMapper;
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

    /** The class-path resource of one of the bundled DejaVu fonts. */
    static String fontResource(String file) {
        return FONT_DIR + file;
    }

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
        List<TrueTypeFont> opened = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.withW3cDocument(dom, "about:report");
            for (Face f : FACES) {
                builder.useFont(new PDFontSupplier(lettersOnly(doc, f.file(), opened)), f.family(), f.weight(),
                        f.style(), true);
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
            // Archival (PDF/A-2b) and accessible (tagged, PDF/UA mode): every font embedded, an sRGB
            // output intent, a structure tree for screen readers.
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(srgbProfile());
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            describe(doc, info);
            describeXmp(doc, info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        } finally {
            for (TrueTypeFont f : opened) {
                try {
                    f.close();
                } catch (IOException ignored) {
                    // a font read from the class path: nothing left to release
                }
            }
        }
    }

    /**
     * A face that prints letters as letters. PDFBox applies a font's glyph substitutions itself
     * (ligatures for Latin script), and the text of the PDF then reads "oﬃcial" for "official":
     * a quotation copied from it, or searched for in it, would not match the article. Turning
     * off single features ("liga") is not honoured by PDFBox 3.0, so substitution is off as a
     * whole; Arabic is shaped before it reaches the font (ICU), and DejaVu has its accented
     * letters precomposed.
     */
    private static PDFont lettersOnly(PDDocument doc, String file, List<TrueTypeFont> opened) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font(file)));
        opened.add(ttf);
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
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

    /**
     * The XMP metadata again, now with the same title, author, subject, keywords and dates as the
     * document information (PDF/A requires both to agree), and with the report date instead of
     * the clock.
     */
    private static void describeXmp(PDDocument doc, Info info) throws IOException {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(metadata.toByteArray());
            DublinCoreSchema dc = xmp.getDublinCoreSchema() != null ? xmp.getDublinCoreSchema() : xmp.createAndAddDublinCoreSchema();
            dc.setTitle(info.title());
            for (String c : new ArrayList<>(dc.getCreators() == null ? List.of() : dc.getCreators())) {
                dc.removeCreator(c);
            }
            dc.addCreator(info.author());
            dc.addDescription(null, info.subject());
            XMPBasicSchema basic = xmp.getXMPBasicSchema() != null ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(info.producer());
            Calendar when = info.date().map(PdfRenderer::utcMidnight).orElse(null);
            if (when != null) {
                basic.setCreateDate(when);
                basic.setModifyDate(when);
                basic.setMetadataDate(when);
            } else {
                basic.removeProperty(basic.getCreateDateProperty());
            }
            AdobePDFSchema pdf = xmp.getAdobePDFSchema() != null ? xmp.getAdobePDFSchema() : xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(info.producer());
            pdf.setKeywords(info.keywords());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            metadata.importXMPMetadata(out.toByteArray());
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("cannot rewrite the PDF's XMP metadata", e);
        }
    }

    /**
     * The JVM's sRGB profile for the PDF/A output intent, with the one header field that JDK
     * builds fill differently (the primary platform) fixed, so that the PDF's bytes do not
     * depend on the JDK.
     */
    static byte[] srgbProfile() {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData().clone();
        byte[] platform = "APPL".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(platform, 0, icc, 40, 4);
        return icc;
    }

    private static Calendar utcMidnight(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream(fontResource(file));
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
