package org.factdiff.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Makes PDFBox use the DejaVu Sans font shipped with the tool wherever a PDF names a font
 * that it does not embed, instead of scanning the machine's fonts. Reading and writing PDFs
 * then gives the same result on every machine, and no font cache is written to the user's
 * home folder.
 */
public final class BundledFontMapper implements FontMapper {
    /** The fallback face, from the jasperreports-fonts jar. */
    static final String FALLBACK = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static volatile boolean installed;

    private final TrueTypeFont font;

    private BundledFontMapper(TrueTypeFont font) {
        this.font = font;
    }

    /** Installs the mapper for the whole JVM (once; later calls do nothing). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        try (InputStream in = BundledFontMapper.class.getResourceAsStream(FALLBACK)) {
            if (in == null) {
                throw new IllegalStateException("font " + FALLBACK + " missing from the class path");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            FontMappers.set(new BundledFontMapper(ttf));
            installed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
        return new CIDFontMapping(null, font, true);
    }
}
