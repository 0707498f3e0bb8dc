package org.factdiff.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a web page: drops what is never prose (scripts, styles, forms,
 * navigation, page header and footer, asides, share bars, related-links lists, comments,
 * cookie notices), scores the remaining containers by the paragraph text they hold (the
 * idea behind Readability), and writes the best container's text with one line per block.
 */
final class MainTextExtractor {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, frame, frameset, object, "
            + "embed, svg, canvas, math, form, button, input, select, textarea, nav, aside, dialog, menu, "
            + "link, meta, head, figure, figcaption, picture, video, audio, map, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [role=dialog], [role=alert]";
    /** Class or id words of page furniture (after Readability's "unlikely candidates"). */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|related|recommended|more-stories|read-more|comment|comments|"
                    + "disqus|cookie|consent|gdpr|newsletter|subscribe|subscription|signup|promo|advert|advertisement|"
                    + "ads?|sponsor(ed)?|breadcrumbs?|menu|navbar|navigation|nav|footer|sidebar|widget|popup|modal|"
                    + "banner|masthead|toolbar|pagination|pager|tags|tag-list|print-only|skip|outbrain|taboola)"
                    + "($|[\\s_-])");
    /** Class or id words of the story itself, which outweigh a furniture word. */
    private static final Pattern STORY = Pattern.compile(
            "(?i)(article|story|post-body|entry-content|content-body|articlebody|main-content|body-text)");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|section|article|main|header|footer|table|tr|"
                    + "address|hr|body|details|summary|center");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)p|h[1-6]|blockquote|pre|li|tr|dd|dt");
    /** A list or block whose text is mostly link text is a list of links, not prose. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** Paragraphs shorter than this do not vote for their container. */
    static final int MIN_PARAGRAPH_CHARS = 25;

    String extract(Document doc) {
        Element body = doc.body();
        body.select(NEVER_TEXT).remove();
        removeFurniture(body);
        Element root = bestContainer(body);
        removeLinkLists(root);
        return text(root);
    }

    private static void removeFurniture(Element body) {
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) {
                continue;
            }
            String tag = e.normalName();
            if ((tag.equals("header") || tag.equals("footer")) && e.closest("article") == null) {
                e.remove();
                continue;
            }
            String marks = e.className() + " " + e.id();
            if (!marks.isBlank() && FURNITURE.matcher(marks).find() && !STORY.matcher(marks).find()
                    && !tag.equals("article") && !tag.equals("main") && !tag.equals("body")) {
                e.remove();
            }
        }
    }

    /** The element holding most paragraph text, its parent sharing half of each paragraph's score. */
    private static Element bestContainer(Element body) {
        Elements articles = body.select("article, main, [itemprop=articleBody]");
        Map<Element, Double> score = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote, td, div")) {
            if (p.normalName().equals("div") && !hasOwnText(p)) {
                continue;
            }
            int length = p.ownText().length() + (p.normalName().equals("div") ? 0 : p.text().length() - p.ownText().length());
            if (length < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double points = 1 + Math.min(length / 100.0, 3) + commas(p.text());
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, points, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, points / 2, Double::sum);
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Element e : body.getAllElements()) {
            double s = score.getOrDefault(e, 0.0) * (1 - linkDensity(e));
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        // Prefer a marked-up article that contains the best container, so its headline comes along.
        for (Element a : articles) {
            if (best == a || best.parents().contains(a)) {
                return a;
            }
        }
        if (best != body && best.parent() != null && best.parent() != body
                && score.getOrDefault(best.parent(), 0.0) >= bestScore * 0.75) {
            return best.parent();
        }
        return best;
    }

    private static boolean hasOwnText(Element e) {
        return e.ownText().strip().length() >= MIN_PARAGRAPH_CHARS;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return Math.min(n, 5);
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / all);
    }

    private static void removeLinkLists(Element root) {
        List<Element> candidates = root.select("ul, ol, dl, div, section, table");
        for (Element e : candidates) {
            if (e == root || e.parent() == null) {
                continue;
            }
            if (linkDensity(e) > MAX_LINK_DENSITY && e.select("p").size() < 2) {
                e.remove();
            }
        }
    }

    /** Block-aware text: a line break around each block, {@code <br>} kept, {@code <pre>} verbatim. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    boolean pre = t.parent() != null && t.parent().closest("pre") != null;
                    out.append(pre ? t.getWholeText() : t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCK.matcher(e.normalName()).matches()) {
                        out.append(PARAGRAPH.matcher(e.normalName()).matches() ? "\n\n" : "\n");
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK.matcher(e.normalName()).matches()) {
                    out.append(PARAGRAPH.matcher(e.normalName()).matches() ? "\n\n" : "\n");
                }
            }
        }, root);
        return out.toString();
    }
}
