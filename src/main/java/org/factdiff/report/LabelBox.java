package org.factdiff.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The box a label of a figure covers, measured with the advance widths of DejaVu Sans, the
 * font the figures name and the PDF embeds. The figures place their labels with these boxes so
 * that no two overlap; browsers that fall back to another sans-serif font are covered by the
 * margin {@link #SLACK}.
 *
 * @param left   left edge, in the drawing's units (CSS pixels)
 * @param top    top edge
 * @param right  right edge
 * @param bottom bottom edge
 */
record LabelBox(double left, double top, double right, double bottom) {
    /** Extra width for a fallback font wider than DejaVu Sans. */
    static final double SLACK = 1.06;
    /** Ascent and descent of DejaVu Sans, in ems. */
    static final double ASCENT = 0.93;
    static final double DESCENT = 0.24;
    /** What an ellipsis replaces. */
    static final String ELLIPSIS = "\u2026";

    LabelBox {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("empty box");
        }
    }

    /**
     * The box of an SVG {@code <text>} at ({@code x}, {@code baseline}), anchored by
     * {@code anchor} ("start", "middle" or "end"), in a font of {@code size} pixels.
     */
    static LabelBox text(double x, double baseline, String anchor, String text, double size) {
        double w = width(text, size);
        double left = switch (anchor) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
        };
        return new LabelBox(left, baseline - ASCENT * size, left + w, baseline + DESCENT * size);
    }

    /** The box of a circle. */
    static LabelBox circle(double cx, double cy, double r) {
        return new LabelBox(cx - r, cy - r, cx + r, cy + r);
    }

    boolean intersects(LabelBox o) {
        return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
    }

    boolean intersectsAny(List<LabelBox> others) {
        return others.stream().anyMatch(this::intersects);
    }

    boolean inside(double width, double height) {
        return left >= 0 && top >= 0 && right <= width && bottom <= height;
    }

    /** The width of {@code text} in DejaVu Sans at {@code size} pixels, with {@link #SLACK}. */
    static double width(String text, double size) {
        Metrics m = Metrics.SANS;
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += m.advance(cp);
            i += Character.charCount(cp);
        }
        return units / m.unitsPerEm * size * SLACK;
    }

    /**
     * {@code text} whole when it fits in {@code maxWidth} pixels, else cut at a code point and
     * ended with an ellipsis (the full text stays in the figure's titles and tables).
     */
    static String fit(String text, double size, double maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0) {
            end = text.offsetByCodePoints(end, -1);
            String cut = text.substring(0, end).stripTrailing() + ELLIPSIS;
            if (width(cut, size) <= maxWidth) {
                return cut;
            }
        }
        return ELLIPSIS;
    }

    /** Advance widths of DejaVu Sans, read once from the font the PDF embeds. */
    private static final class Metrics {
        static final Metrics SANS = load(PdfRenderer.fontResource("DejaVuSans.ttf"));

        final int unitsPerEm;
        final float[] advances;
        final float fallback;

        private Metrics(int unitsPerEm, float[] advances, float fallback) {
            this.unitsPerEm = unitsPerEm;
            this.advances = advances;
            this.fallback = fallback;
        }

        float advance(int cp) {
            return cp < advances.length && advances[cp] > 0 ? advances[cp] : fallback;
        }

        private static Metrics load(String resource) {
            try (InputStream in = LabelBox.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font not on the class path: " + resource);
                }
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                    CmapLookup cmap = font.getUnicodeCmapLookup();
                    // Latin, Greek, Cyrillic, Arabic and punctuation cover the ids and dates drawn.
                    float[] adv = new float[0x2100];
                    for (int cp = 0; cp < adv.length; cp++) {
                        int gid = cmap.getGlyphId(cp);
                        adv[cp] = gid == 0 ? 0 : font.getAdvanceWidth(gid);
                    }
                    // Unknown glyphs count as wide as "M", so that a label is never underestimated.
                    return new Metrics(font.getUnitsPerEm(), adv, adv['M']);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font metrics of " + resource, e);
            }
        }
    }
}
