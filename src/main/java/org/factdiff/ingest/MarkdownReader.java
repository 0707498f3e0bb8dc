package org.factdiff.ingest;

import java.util.regex.Pattern;

/**
 * Markdown files: decoded, then the markup that is not prose is removed (heading and list
 * markers, emphasis, link and image syntax, code fences), keeping the words.
 *
 * <p>Every pattern runs in time linear in the text, whatever the file: no span may contain
 * its own opening mark or a line break (so a failed match stops at the next bracket or
 * asterisk instead of scanning to the end), and rules and headings are read by plain code,
 * since a repeated group over a long line overflows the regex engine's stack. Nesting needs no
 * bound: quote and list markers are removed once per line, never parsed into a tree.
 */
public final class MarkdownReader implements ArticleReader {
    // [ \t] rather than \s throughout: \s would swallow the line breaks between paragraphs.
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~).*$");
    private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
    private static final Pattern LIST = Pattern.compile("(?m)^[ \\t]*(?:[-*+]|\\d{1,3}[.)])[ \\t]+");
    private static final Pattern LINK_DEF = Pattern.compile("(?m)^[ \\t]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*\\S+.*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]\\n]*)\\]\\([^()\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]+)\\](?:\\([^()\\n]*\\)|\\[[^\\[\\]\\n]*\\])");
    // A span holds no mark of its own kind, so that each search ends at the next mark: linear
    // in the text. It may run over a line break within its paragraph (spans are read paragraph
    // by paragraph); emphasis inside strong text, and strong inside emphasis, are undone by
    // reading emphasis before and after strong text.
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)([^*]+)(?<=\\S)\\*\\*|__(?=\\S)([^_]+)(?<=\\S)__");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\w*])\\*(?=\\S)([^*]+)(?<=\\S)\\*(?![\\w*])|(?<![\\w_])_(?=\\S)([^_]+)(?<=\\S)_(?![\\w_])");
    /** A blank line: where a paragraph ends, and with it any span. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** Most {@code #}s that open a heading. */
    private static final int MAX_HEADING_LEVEL = 6;
    /** Most spaces before a heading's {@code #}s. */
    private static final int MAX_HEADING_INDENT = 3;
    /** Marks of a thematic break (or a setext underline), at least three on a line of their own. */
    private static final int MIN_RULE_MARKS = 3;

    @Override
    public String read(byte[] bytes, String name) throws IngestException {
        String text = TextDecoder.decode(bytes);
        BinaryCheck.requireText(text, name);
        text = FENCE.matcher(text).replaceAll("");
        text = blockLines(text);
        text = QUOTE.matcher(text).replaceAll("");
        text = LIST.matcher(text).replaceAll("");
        text = LINK_DEF.matcher(text).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = byParagraph(text);
        text = CODE.matcher(text).replaceAll("$1");
        return text;
    }

    /** Strong and emphasised spans reduced to their words, each paragraph on its own. */
    private static String byParagraph(String text) {
        StringBuilder out = new StringBuilder(text.length());
        java.util.regex.Matcher blank = BLANK_LINE.matcher(text);
        int from = 0;
        while (blank.find()) {
            out.append(spans(text.substring(from, blank.start()))).append(blank.group());
            from = blank.end();
        }
        return out.append(spans(text.substring(from))).toString();
    }

    private static String spans(String paragraph) {
        String p = EMPHASIS.matcher(paragraph).replaceAll("$1$2");
        p = STRONG.matcher(p).replaceAll("$1$2");
        return EMPHASIS.matcher(p).replaceAll("$1$2");
    }

    /** Rule lines emptied, heading lines reduced to their words. */
    private static String blockLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (!isRule(line)) {
                out.append(heading(line));
            }
            if (nl < 0) {
                break;
            }
            out.append('\n');
            start = nl + 1;
        }
        return out.toString();
    }

    /** Only {@code - * _ =} marks (at least three) and blanks. */
    private static boolean isRule(String line) {
        int marks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-' || c == '*' || c == '_' || c == '=') {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= MIN_RULE_MARKS;
    }

    /** The words of an ATX heading line ({@code ## Title ##}); any other line as it is. */
    private static String heading(String line) {
        int i = 0;
        while (i < line.length() && i < MAX_HEADING_INDENT && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        int hashes = i;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        int level = hashes - i;
        if (level < 1 || level > MAX_HEADING_LEVEL || hashes >= line.length()
                || line.charAt(hashes) != ' ' && line.charAt(hashes) != '\t') {
            return line;
        }
        int from = hashes;
        while (from < line.length() && (line.charAt(from) == ' ' || line.charAt(from) == '\t')) {
            from++;
        }
        int to = line.length();
        while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\t')) {
            to--;
        }
        while (to > from && line.charAt(to - 1) == '#') {
            to--;
        }
        while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\t')) {
            to--;
        }
        return line.substring(from, to);
    }
}
