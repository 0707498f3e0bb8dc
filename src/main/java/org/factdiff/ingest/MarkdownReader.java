package org.factdiff.ingest;

import java.util.regex.Pattern;

/**
 * Markdown files: decoded, then the markup that is not prose is removed (heading and list
 * markers, emphasis, link and image syntax, code fences), keeping the words.
 */
public final class MarkdownReader implements ArticleReader {
    // [ \t] rather than \s throughout: \s would swallow the line breaks between paragraphs.
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~).*$");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*([-*_=][ \\t]*){3,}$");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
    private static final Pattern LIST = Pattern.compile("(?m)^[ \\t]*(?:[-*+]|\\d{1,3}[.)])[ \\t]+");
    private static final Pattern LINK_DEF = Pattern.compile("(?m)^[ \\t]{0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Override
    public String read(byte[] bytes, String name) throws IngestException {
        String text = TextDecoder.decode(bytes);
        BinaryCheck.requireText(text, name);
        text = FENCE.matcher(text).replaceAll("");
        text = RULE.matcher(text).replaceAll("");
        text = HEADING.matcher(text).replaceAll("$1");
        text = QUOTE.matcher(text).replaceAll("");
        text = LIST.matcher(text).replaceAll("");
        text = LINK_DEF.matcher(text).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        text = CODE.matcher(text).replaceAll("$1");
        return text;
    }
}
