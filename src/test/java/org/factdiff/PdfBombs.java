package org.factdiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Small PDFs that decode huge, written byte by byte (PDFBox's own writer would decode and
 * re-encode the streams): a content stream that inflates to hundreds of megabytes, a page that
 * shows a string millions of times, forms that draw forms.
 */
public final class PdfBombs {
    /** What every bomb's page shows first, so that the reader has a real article line to find. */
    public static final String LINE = "Officials said 12 people were hurt.";
    private static final String SHOW_LINE = "BT /F1 12 Tf 72 700 Td (" + LINE + ") Tj ET\n";

    private PdfBombs() {
    }

    /**
     * One page whose content stream is {@link #LINE} followed by {@code decodedBytes} spaces,
     * run-length encoded and then deflated ({@code /Filter [/FlateDecode /RunLengthDecode]}):
     * 500 MB fit in about 8 KB. (PDFBox drops a repeated filter, so two FlateDecode would not do.)
     */
    public static byte[] inflating(long decodedBytes) throws IOException {
        byte[] content = deflate(out -> {
            byte[] line = SHOW_LINE.getBytes(StandardCharsets.US_ASCII);
            for (int at = 0; at < line.length; at += RUN) {
                int n = Math.min(RUN, line.length - at);
                out.write(n - 1); // a literal run of n bytes
                out.write(line, at, n);
            }
            byte[] runs = new byte[2 * 1024];
            for (int i = 0; i < runs.length; i += 2) {
                runs[i] = (byte) (257 - RUN); // the next byte RUN times
                runs[i + 1] = ' ';
            }
            long perBlock = (long) RUN * runs.length / 2;
            for (long left = decodedBytes; left > 0; left -= perBlock) {
                out.write(runs, 0, (int) (2 * Math.min(runs.length / 2, (left + RUN - 1) / RUN)));
            }
            out.write(RUN_END);
        });
        return pages(1, "/Filter [/FlateDecode /RunLengthDecode] ", content, List.of());
    }

    private static final int RUN = 128;
    private static final int RUN_END = 128;

    /** {@code pages} pages sharing one content stream of {@link #LINE} and {@code spaces} spaces, deflated once. */
    public static byte[] sharedInflating(int pages, long spaces) throws IOException {
        byte[] once = deflate(out -> {
            out.write(SHOW_LINE.getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1 << 16];
            Arrays.fill(block, (byte) ' ');
            for (long left = spaces; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(left, block.length));
            }
        });
        return pages(pages, "/Filter /FlateDecode ", once, List.of());
    }

    /**
     * {@code pages} pages sharing one content stream that shows a 100-letter word {@code times}
     * times (100 × {@code times} characters a page), deflated.
     */
    public static byte[] wordy(int pages, int times) throws IOException {
        String show = "(" + "a".repeat(99) + " ) Tj\n";
        byte[] content = deflate(out -> {
            out.write(("BT /F1 1 Tf 10 700 Td (" + LINE + ") Tj\n").getBytes(StandardCharsets.US_ASCII));
            byte[] line = show.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < times; i++) {
                out.write(line);
            }
            out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
        });
        return pages(pages, "/Filter /FlateDecode ", content, List.of());
    }

    /**
     * One page that draws form X{@code depth} {@code fanOut} times; form Xk draws X(k-1)
     * {@code fanOut} times; X0 is empty: {@code fanOut^depth} form calls from a few hundred bytes,
     * none of them compressed.
     */
    public static byte[] nestedForms(int depth, int fanOut) throws IOException {
        List<String> forms = new ArrayList<>();
        for (int k = 0; k <= depth; k++) {
            String body = k == 0 ? "q Q\n" : ("/X" + (k - 1) + " Do\n").repeat(fanOut);
            String resources = k == 0 ? "" : "/Resources << /XObject << /X" + (k - 1) + " " + formObject(k - 1)
                    + " 0 R >> >> ";
            forms.add("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] " + resources + "/Length " + body.length()
                    + " >>\nstream\n" + body + "\nendstream");
        }
        String page = SHOW_LINE + ("/X" + depth + " Do\n").repeat(fanOut);
        return pages(1, "", page.getBytes(StandardCharsets.US_ASCII), forms,
                "/XObject << /X" + depth + " " + formObject(depth) + " 0 R >> ");
    }

    /** Objects: 1 catalog, 2 page tree, 3 font, 4 content, 5.. forms, then the pages. */
    private static int formObject(int k) {
        return 5 + k;
    }

    private static byte[] pages(int pages, String filter, byte[] content, List<String> forms) throws IOException {
        return pages(pages, filter, content, forms, "");
    }

    private static byte[] pages(int pages, String filter, byte[] content, List<String> forms, String extraResources)
            throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        int firstPage = formObject(forms.size());
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(firstPage + i).append(" 0 R ");
        }
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>"));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(ascii("<< " + filter + "/Length " + content.length + " >>\nstream\n"));
        stream.write(content);
        stream.write(ascii("\nendstream"));
        objects.add(stream.toByteArray());
        forms.forEach(f -> objects.add(ascii(f)));
        for (int i = 0; i < pages; i++) {
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
                    + extraResources + ">> /Contents 4 0 R >>"));
        }
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n");
            pdf.write(objects.get(i));
            write(pdf, "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        write(pdf, table.toString());
        return pdf.toByteArray();
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] deflate(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
            body.writeTo(out);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(ascii(s));
    }
}
