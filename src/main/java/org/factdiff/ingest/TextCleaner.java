package org.factdiff.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises extracted text into the clean text that offsets refer to: Unicode NFC; one
 * {@code \n} per line break; invisible and control characters removed; every run of spaces
 * (tabs, no-break and other Unicode spaces included) one space; lines trimmed; boilerplate
 * lines dropped; at most one blank line between paragraphs.
 */
public final class TextCleaner {
    private final Set<String> boilerplate;

    /** @param boilerplate lines to drop, compared case-insensitively with spaces collapsed */
    public TextCleaner(List<String> boilerplate) {
        Set<String> keys = new HashSet<>();
        for (String line : boilerplate) {
            keys.add(key(line));
        }
        this.boilerplate = Set.copyOf(keys);
    }

    public String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder line = new StringBuilder();
        List<String> lines = new ArrayList<>();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085'
                    || c == '\u000B' || c == '\u000C') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(line.toString());
                line.setLength(0);
                space = false;
            } else if (isSpace(c)) {
                space = true;
            } else if (isInvisible(c)) {
                continue;
            } else {
                if (space && line.length() > 0) {
                    line.append(' ');
                }
                space = false;
                line.append(c);
            }
        }
        lines.add(line.toString());

        StringBuilder out = new StringBuilder(text.length());
        boolean pendingBlank = false;
        for (String l : lines) {
            if (l.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (!boilerplate.isEmpty() && boilerplate.contains(key(l))) {
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(l);
            pendingBlank = false;
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u1680';
    }

    /** Characters that print as nothing and only disturb matching (ZWJ/ZWNJ stay: scripts need them). */
    private static boolean isInvisible(char c) {
        if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060' || c == '\u180E') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL;
    }

    private static String key(String line) {
        return line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
