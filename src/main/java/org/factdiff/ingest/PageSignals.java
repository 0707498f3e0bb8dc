package org.factdiff.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What an element's class, id, role, style and text say about whether it is story or page
 * furniture: the word lists and measures that Mozilla Readability found to work on real
 * news pages (its lists, Apache License 2.0, with a few additions marked below), shared by
 * the stages of {@link MainTextExtractor}.
 */
final class PageSignals {
    private static final int CI = Pattern.CASE_INSENSITIVE;

    /** Class/id words of parts that are almost never the story (Readability's list, plus cookie notices). */
    static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox"
            + "|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup"
            + "|yom-remote|cookie-?(?:banner|notice|consent|bar)|consent-?(?:banner|manager)", CI);
    /** Words that rescue an unlikely-looking element, since they also name story containers (or formulas). */
    static final Pattern MAYBE_CANDIDATE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow", CI);
    /** Class/id words that raise a container's score. */
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", CI);
    /** Class/id words that lower a container's score. */
    static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share"
            + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget", CI);
    /** Class/id words of an author line ("authorization" is a log-in box). */
    static final Pattern BYLINE = Pattern.compile("byline|author(?!i[sz])|dateline|writtenby|p-author", CI);
    /** Class/id words of share bars, removed from inside the story when short. */
    static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", CI);
    /** Embedded players whose presence marks a block as part of the story. */
    static final Pattern VIDEO = Pattern.compile("//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo"
            + "|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)", CI);
    /** A block whose whole text is one of these is an ad slot. */
    static final Pattern AD_WORDS = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
            CI | Pattern.UNICODE_CASE);
    /** A block whose whole text is one of these is a loading placeholder. */
    static final Pattern LOADING_WORDS = Pattern.compile(
            "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
            CI | Pattern.UNICODE_CASE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\b", CI);
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}_]+");

    /** ARIA roles of menus, sidebars and pop-ups. */
    static final Set<String> UNLIKELY_ROLES = Set.of(
            "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    /** Children that make a {@code <div>} a container rather than a paragraph. */
    static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    /** Elements that flow inside a line of text (HTML "phrasing content", minus media that gets dropped). */
    static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike", "tt", "big");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Score change for one positive or negative class or id (Readability's weight). */
    static final int CLASS_WEIGHT = 25;
    /** Links to an anchor on the same page (footnotes, tables of contents) count this much as link text. */
    static final double SAME_PAGE_LINK_SHARE = 0.3;

    private PageSignals() {
    }

    /** +25 or -25 for each of class and id that has a positive or negative word; 0 when weighting is off. */
    static int classWeight(Element e, boolean weighClasses) {
        if (!weighClasses) {
            return 0;
        }
        int weight = 0;
        for (String s : new String[] {e.attr("class"), e.id()}) {
            if (s.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(s).find()) {
                weight -= CLASS_WEIGHT;
            }
            if (POSITIVE.matcher(s).find()) {
                weight += CLASS_WEIGHT;
            }
        }
        return weight;
    }

    /** The class and id of an element, as one string to match words against. */
    static String marks(Element e) {
        return e.attr("class") + " " + e.id();
    }

    /** False for what a reader cannot see: inline display:none or visibility:hidden, hidden, aria-hidden. */
    static boolean visible(Element e) {
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return false;
        }
        // Wikipedia hides the MathML of a formula and shows a fallback image that carries its text.
        return !e.attr("aria-hidden").equals("true") || e.attr("class").contains("fallback-image");
    }

    /** Share of the element's text inside links (same-page anchors count less). */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : descendants(e, "a")) {
            String href = a.attr("href");
            double share = href.length() > 1 && href.charAt(0) == '#' ? SAME_PAGE_LINK_SHARE : 1;
            links += a.text().length() * share;
        }
        return links / length;
    }

    /** Descendants with the given tag, in document order, without the element itself. */
    static List<Element> descendants(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Element d : e.getElementsByTag(tag)) {
            if (d != e) {
                out.add(d);
            }
        }
        return out;
    }

    /** Descendants whose tag is one of {@code tags}, in document order, without the element itself. */
    static List<Element> descendants(Element e, Set<String> tags) {
        List<Element> out = new ArrayList<>();
        for (Element d : e.getAllElements()) {
            if (d != e && tags.contains(d.normalName())) {
                out.add(d);
            }
        }
        return out;
    }

    /** Share of the element's text that lies in descendants with one of {@code tags} (nested ones count twice). */
    static double textDensity(Element e, Set<String> tags) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int inside = 0;
        for (Element d : descendants(e, tags)) {
            inside += d.text().length();
        }
        return (double) inside / length;
    }

    /**
     * Whether an ancestor has the tag (and passes {@code filter}, when given), looking at most
     * {@code maxDepth + 1} levels up; a {@code maxDepth} of 0 or less looks all the way up.
     */
    static boolean hasAncestorTag(Element node, String tag, int maxDepth, Predicate<Element> filter) {
        int depth = 0;
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if (maxDepth > 0 && depth > maxDepth) {
                return false;
            }
            if (p.normalName().equals(tag) && (filter == null || filter.test(p))) {
                return true;
            }
            depth++;
        }
        return false;
    }

    /** Whether the node is inline content: text, an inline element, or a link made only of inline content. */
    static boolean phrasing(Node n) {
        // Iterative, since links and edits can nest deeper than the stack allows.
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(n);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof TextNode) {
                continue;
            }
            if (!(node instanceof Element e)) {
                return false;
            }
            String tag = e.normalName();
            if (PHRASING.contains(tag)) {
                continue;
            }
            if (!tag.equals("a") && !tag.equals("del") && !tag.equals("ins")) {
                return false;
            }
            for (Node c : e.childNodes()) {
                pending.push(c);
            }
        }
        return true;
    }

    /** Blank text or a line break. */
    static boolean whitespace(Node n) {
        return n instanceof TextNode t ? t.isBlank() : n instanceof Element e && e.normalName().equals("br");
    }

    /** Exactly one child element, with that tag, and no text of its own. */
    static boolean singleChildTag(Element e, String tag) {
        if (e.childrenSize() != 1 || !e.child(0).normalName().equals(tag)) {
            return false;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** No text, and no children other than line breaks and rules. */
    static boolean withoutContent(Element e) {
        if (!e.text().isBlank()) {
            return false;
        }
        if (e.childrenSize() == 0) {
            return true;
        }
        return e.childrenSize() == descendants(e, "br").size() + descendants(e, "hr").size();
    }

    /** Whether a descendant is a block that a paragraph cannot hold. */
    static boolean hasBlockChild(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && DIV_TO_P.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an attribute of the element points at an embeddable video player. */
    static boolean isVideo(Element e) {
        for (Attribute a : e.attributes()) {
            if (VIDEO.matcher(a.getValue()).find()) {
                return true;
            }
        }
        return e.normalName().equals("object") && VIDEO.matcher(e.html()).find();
    }

    /** Commas of the Latin, Arabic and CJK scripts in the text. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C' -> n++;
                default -> { }
            }
        }
        return n;
    }

    /**
     * How much of {@code b} is made of words that also occur in {@code a}, by character share
     * (1 = every word of b is in a, 0 = none or either is empty).
     */
    static double textSimilarity(String a, String b) {
        List<String> tokensA = words(a);
        List<String> tokensB = words(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        Set<String> inA = new HashSet<>(tokensA);
        List<String> unique = new ArrayList<>();
        for (String t : tokensB) {
            if (!inA.contains(t)) {
                unique.add(t);
            }
        }
        return 1 - (double) String.join(" ", unique).length() / String.join(" ", tokensB).length();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_SPLIT.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** True for the document node and the {@code <html>} element, which are never candidates. */
    static boolean isRoot(Element e) {
        return e instanceof Document || e.parent() == null || e.parent() instanceof Document;
    }
}
