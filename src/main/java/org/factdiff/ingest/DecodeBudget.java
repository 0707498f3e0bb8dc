package org.factdiff.ingest;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * How many bytes PDFBox may decode from the PDF streams of one document (content streams,
 * forms, fonts, object and cross-reference streams, metadata), while it is open on this thread.
 *
 * <p>PDFBox 3 decodes every filtered stream whole into memory ({@code Filter.decode} writes it
 * to an in-memory buffer, whatever stream cache the document was loaded with), some of them
 * while {@code Loader.loadPDF} is still parsing; a few kilobytes of FlateDecode inflate to
 * gigabytes. The only place every decode passes through is the filter table,
 * {@link FilterFactory#INSTANCE}, so {@link #install()} wraps each filter there: the wrapper
 * counts the bytes a filter writes and stops it with an {@link IOException} at the first byte
 * past a bound, before the buffer grows further. On threads with no open budget (the report's
 * own PDF writer) the wrapper counts nothing and changes nothing.
 *
 * <p>PDFBox catches some {@link IOException}s and goes on (a font it cannot load, a form it
 * cannot draw), so a budget once exceeded stays exceeded: every later decode fails at once and
 * the reader asks {@link #exceeded()} when PDFBox is done, whatever it returned.
 */
final class DecodeBudget implements AutoCloseable {
    private static final ThreadLocal<DecodeBudget> CURRENT = new ThreadLocal<>();
    private static boolean installed;

    private final long streamCap;
    private final long totalCap;
    private long total;
    private String exceeded;

    private DecodeBudget(long streamCap, long totalCap) {
        this.streamCap = streamCap;
        this.totalCap = totalCap;
    }

    /**
     * Opens a budget on this thread until {@link #close()}: no one stream may decode to more than
     * {@code streamCap} bytes, nor all of them together to more than {@code totalCap}.
     */
    static DecodeBudget open(long streamCap, long totalCap) {
        install();
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a decode budget is already open on this thread");
        }
        DecodeBudget b = new DecodeBudget(streamCap, totalCap);
        CURRENT.set(b);
        return b;
    }

    /** The bound that was hit first, as the user should read it, if one was. */
    Optional<String> exceeded() {
        return Optional.ofNullable(exceeded);
    }

    @Override
    public void close() {
        CURRENT.remove();
    }

    /** Thrown by a filter at the first decoded byte past a bound. */
    static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitException(String bound) {
            super("decoding stopped: " + bound);
        }
    }

    /** Marks {@code bound} as passed, for bounds counted outside the filters. */
    void exceed(String bound) {
        if (exceeded == null) {
            exceeded = bound;
        }
    }

    private void fail(String bound) throws LimitException {
        if (exceeded == null) {
            exceeded = bound;
        }
        throw new LimitException(exceeded);
    }

    /**
     * Reads {@code in} to its end, counting its bytes as one decoded stream, and keeps none: for
     * streams PDFBox decodes on the fly rather than through its filter table.
     */
    void measure(org.apache.pdfbox.io.RandomAccessRead in) throws IOException {
        OutputStream sink = guard(OutputStream.nullOutputStream());
        byte[] buffer = new byte[MEASURE_BUFFER];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            sink.write(buffer, 0, n);
        }
    }

    private static final int MEASURE_BUFFER = 64 << 10;

    /** {@code out}, counting against this budget. */
    private OutputStream guard(OutputStream out) throws LimitException {
        if (exceeded != null) {
            fail(exceeded);
        }
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                count(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                count(len);
                out.write(b, off, len);
            }

            private void count(int n) throws LimitException {
                written += n;
                total += n;
                if (written > streamCap) {
                    fail(PdfReader.streamBound());
                }
                if (total > totalCap) {
                    fail(PdfReader.documentBound());
                }
            }
        };
    }

    /**
     * Wraps every filter of PDFBox's filter table, once. The table has no public way to add a
     * filter, so this reaches its private map; a PDFBox that renames it fails here loudly (and
     * in the tests), never silently unbounded.
     */
    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            java.lang.reflect.Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            filters.replaceAll((name, filter) -> filter instanceof Bounded ? filter : new Bounded(filter));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot bound PDFBox's stream decoding (FilterFactory changed?)", e);
        }
        installed = true;
    }

    /** A PDFBox filter whose output counts against the thread's open budget, if any. */
    private static final class Bounded extends Filter {
        private final Filter inner;

        Bounded(Filter inner) {
            this.inner = inner;
        }

        private static OutputStream guarded(OutputStream out) throws LimitException {
            DecodeBudget budget = CURRENT.get();
            return budget == null ? out : budget.guard(out);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            return inner.decode(encoded, guarded(decoded), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                DecodeOptions options) throws IOException {
            return inner.decode(encoded, guarded(decoded), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            // Filter.encode(in, out, parameters, index) ignores the index; writing is not bounded.
            inner.encode(input, encoded, parameters, 0);
        }
    }
}
