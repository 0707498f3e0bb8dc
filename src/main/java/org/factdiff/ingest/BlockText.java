package org.factdiff.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes an element's text the way {@link TextCleaner} expects it: a line break around each
 * block, a blank line around each paragraph-like block, {@code <br>} kept, {@code <pre>}
 * verbatim, table cells apart. Whitespace inside lines is left for the cleaner to collapse.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "section", "article", "main", "header", "footer", "table", "tr",
            "address", "hr", "body", "details", "summary", "center", "figure", "figcaption", "aside", "nav", "form",
            "fieldset", "caption", "hgroup", "menu");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "li", "tr", "dd", "dt", "caption", "figcaption");

    private BlockText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    boolean pre = t.parent() != null && t.parent().closest("pre") != null;
                    out.append(pre ? t.getWholeText() : t.text());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append(PARAGRAPHS.contains(tag) ? "\n\n" : "\n");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCKS.contains(tag)) {
                        out.append(PARAGRAPHS.contains(tag) ? "\n\n" : "\n");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                }
            }
        }, root);
        return out.toString();
    }
}
