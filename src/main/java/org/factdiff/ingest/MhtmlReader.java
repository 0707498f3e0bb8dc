package org.factdiff.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages saved as one MHTML file ("Save page as... Webpage, single file"): the first
 * {@code text/html} part of the MIME message, decoded from quoted-printable or base64, read
 * as a web page. Pictures and styles in the other parts are ignored.
 */
public final class MhtmlReader implements ArticleReader {
    /**
     * Decoded bytes of the page part: the bound on a web page ({@link Ingest#MAX_HTML_BYTES}),
     * since the part is read as one. Quoted-printable and base64 only shrink, so a file under
     * that bound decodes under it too; the decoders check anyway, for callers that did not
     * check the file's size, and stop at the first byte past it.
     */
    static final long MAX_PART_BYTES = Ingest.MAX_HTML_BYTES;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";\\r\\n]+)\"?");
    private final HtmlReader html = new HtmlReader();

    @Override
    public String read(byte[] bytes, String name) throws IngestException {
        return html.read(htmlPart(bytes, name), name);
    }

    @Override
    public Metadata found(byte[] bytes, String cleanText) {
        try {
            return html.found(htmlPart(bytes, "page"), cleanText);
        } catch (IngestException e) {
            return Metadata.NONE;
        }
    }

    /** The bytes of the first text/html part, decoded. */
    static byte[] htmlPart(byte[] bytes, String name) throws IngestException {
        String message = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher b = BOUNDARY.matcher(message);
        if (!b.find()) {
            throw new IngestException(name + ": not an MHTML file (no MIME boundary); save the page as HTML");
        }
        String boundary = "--" + b.group(1).strip();
        for (String part : message.split(Pattern.quote(boundary))) {
            int split = part.indexOf("\r\n\r\n");
            int sep = 4;
            if (split < 0) {
                split = part.indexOf("\n\n");
                sep = 2;
            }
            if (split < 0) {
                continue;
            }
            String headers = part.substring(0, split).toLowerCase(Locale.ROOT);
            if (!headers.contains("content-type: text/html")) {
                continue;
            }
            String body = part.substring(split + sep);
            if (headers.contains("content-transfer-encoding: quoted-printable")) {
                byte[] decoded = quotedPrintable(body, MAX_PART_BYTES);
                if (decoded == null) {
                    throw tooLarge(name);
                }
                return decoded;
            }
            if (headers.contains("content-transfer-encoding: base64")) {
                // Four base64 characters (line breaks aside) make three bytes: refuse before decoding.
                if (body.length() / 4 * 3 > MAX_PART_BYTES) {
                    throw tooLarge(name);
                }
                try {
                    return Base64.getMimeDecoder().decode(body.strip());
                } catch (IllegalArgumentException e) {
                    throw new IngestException(name + ": the page inside the MHTML file is not valid base64");
                }
            }
            if (body.length() > MAX_PART_BYTES) {
                throw tooLarge(name);
            }
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
        throw new IngestException(name + ": the MHTML file holds no text/html part");
    }

    private static IngestException tooLarge(String name) {
        return new IngestException(name + ": the page inside the MHTML file decodes to more than "
                + (MAX_PART_BYTES >> 20) + " MiB (Ingest.MAX_HTML_BYTES); save the article alone");
    }

    /** RFC 2045 quoted-printable: "=XX" bytes and "=" soft line breaks. */
    static byte[] quotedPrintable(String body) {
        return quotedPrintable(body, Long.MAX_VALUE);
    }

    /** The same, or null at the first byte past {@code max}. */
    private static byte[] quotedPrintable(String body, long max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(body.length(), max));
        for (int i = 0; i < body.length(); i++) {
            if (out.size() > max) {
                return null;
            }
            char c = body.charAt(i);
            if (c == '=' && i + 1 < body.length() && (body.charAt(i + 1) == '\n' || body.charAt(i + 1) == '\r')) {
                i++;
                if (body.charAt(i) == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '=' && i + 2 < body.length() && isHex(body.charAt(i + 1)) && isHex(body.charAt(i + 2))) {
                out.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c & 0xFF);
            }
        }
        return out.size() > max ? null : out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
