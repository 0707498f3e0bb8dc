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
                return quotedPrintable(body);
            }
            if (headers.contains("content-transfer-encoding: base64")) {
                try {
                    return Base64.getMimeDecoder().decode(body.strip());
                } catch (IllegalArgumentException e) {
                    throw new IngestException(name + ": the page inside the MHTML file is not valid base64");
                }
            }
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
        throw new IngestException(name + ": the MHTML file holds no text/html part");
    }

    /** RFC 2045 quoted-printable: "=XX" bytes and "=" soft line breaks. */
    static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
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
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
