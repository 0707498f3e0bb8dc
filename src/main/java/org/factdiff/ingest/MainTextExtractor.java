package org.factdiff.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main text of a web page the way Firefox's reader view (Mozilla Readability)
 * does, in our own code over jsoup: prepares the page (scripts, styles and placeholder
 * images out, {@code <br><br>} runs made paragraphs), then tries {@link CandidateSelector}
 * and {@link ContentCleaner} with all {@link ExtractionRule}s, giving them up one by one
 * while the story comes out shorter than {@link #MIN_STORY_CHARS}. Image captions and
 * credits are dropped, and a headline that repeats the page title leads the text.
 */
final class MainTextExtractor {
    /** A story shorter than this (characters) means the rules threw too much away: retry with fewer. */
    static final int MIN_STORY_CHARS = 500;
    /**
     * A looser try replaces a stricter short one only when it finds this many times the text:
     * a real rescue (the story sat in an "unlikely" container) finds far more, while a little
     * more is the same short story plus the furniture the strict rules rightly dropped.
     */
    static final double MIN_RESCUE_GAIN = 2;
    /**
     * When the story found is shorter than this share of the JSON-LD {@code articleBody}, the
     * page shows only part of it (rendered by script, or behind a paywall): the stated body is used.
     */
    static final double MIN_SHARE_OF_STATED_BODY = 0.5;
    /** Caption or credit blocks longer than this (characters) are prose that happens to be marked so. */
    static final int MAX_CAPTION_CHARS = 400;

    /**
     * A class or id that names an image caption or credit ({@code caption}, {@code wp-caption-text},
     * {@code photo-credit}), but not a wrapper that merely says whether there is one
     * ({@code no_caption}, {@code has-caption}).
     */
    private static final Pattern CAPTION = Pattern.compile("(?i)^(?!(?:no|has|with|without)[-_])(?:[a-z0-9]+[-_]+)*"
            + "(?:caption|captions|credit|credits)(?:[-_]+(?:text|inner|content|wrapper|container))?$");
    /** Class words of text meant only for screen readers. */
    private static final Pattern SCREEN_READER_ONLY = Pattern.compile(
            "(?i)(?:^|\\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden)"
                    + "(?:$|\\s)");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(jpg|jpeg|png|webp)");

    /**
     * The page's main text, one line per block, blank lines between paragraphs. Changes
     * {@code doc}.
     *
     * @param title the article's title from the page's metadata; a heading repeating it is the headline
     */
    String extract(Document doc, Optional<String> title) {
        Optional<String> stated = JsonLdArticle.find(doc).flatMap(JsonLdArticle::articleBody)
                .map(MainTextExtractor::statedText);
        prepare(doc);
        Attempt best = bestAttempt(doc, title);
        if (best.length() < MIN_STORY_CHARS) {
            // Too little text anywhere: a story the publisher marked beats whatever looser rules let in.
            Optional<Attempt> marked = withinMarkedStory(doc, title);
            if (marked.isPresent() && marked.get().length() > 0) {
                Attempt m = marked.get();
                best = new Attempt(m.story(), m.length(), m.headline().or(best::headline));
            }
        }
        String headline = best.headline().map(h -> h + "\n\n").orElse("");
        if (stated.isPresent()) {
            int statedLength = SPACES.matcher(stated.get().strip()).replaceAll(" ").length();
            if (statedLength >= MIN_STORY_CHARS && best.length() < statedLength * MIN_SHARE_OF_STATED_BODY) {
                return headline + stated.get();
            }
        }
        if (best.length() == 0) {
            return BlockText.of(doc.body());
        }
        removeCaptions(best.story());
        return headline + BlockText.of(best.story());
    }

    /** The JSON-LD articleBody as text: usually plain text with line breaks, sometimes the body's HTML. */
    private static String statedText(String articleBody) {
        return HTML_TAG.matcher(articleBody).find()
                ? BlockText.of(Jsoup.parseBodyFragment(articleBody).body()) : articleBody;
    }

    /** The best try on a copy of the page reduced to the story its markup marks, if it marks one. */
    private static Optional<Attempt> withinMarkedStory(Document doc, Optional<String> title) {
        Document copy = doc.clone();
        Optional<Element> marked = markedStory(copy);
        if (marked.isEmpty()) {
            return Optional.empty();
        }
        Element story = marked.get();
        story.remove();
        copy.body().empty();
        copy.body().appendChild(story);
        return Optional.of(bestAttempt(copy, title));
    }

    /**
     * Tries with all rules, then fewer: the first story long enough; else the strictest try
     * that no looser try beats by {@link #MIN_RESCUE_GAIN}.
     */
    private static Attempt bestAttempt(Document doc, Optional<String> title) {
        Attempt best = null;
        for (EnumSet<ExtractionRule> rules : ExtractionRule.relaxations()) {
            Document page = doc.clone();
            CandidateSelector selector = new CandidateSelector(rules, title);
            Element story = selector.select(page);
            new ContentCleaner(rules).clean(story);
            Attempt attempt = new Attempt(story, story.text().length(), selector.headline());
            if (attempt.length() >= MIN_STORY_CHARS) {
                return attempt;
            }
            if (best == null || attempt.length() > best.length() * MIN_RESCUE_GAIN) {
                best = attempt;
            }
        }
        return best;
    }

    /**
     * The element the page itself marks as the story: the first {@code itemprop="articleBody"},
     * else the only {@code <article>}, else the only {@code <main>}.
     */
    static Optional<Element> markedStory(Document doc) {
        for (Element e : doc.body().select("[itemprop]")) {
            if (List.of(SPACES.split(e.attr("itemprop").strip())).contains("articleBody")) {
                return Optional.of(e);
            }
        }
        for (String tag : List.of("article", "main")) {
            List<Element> found = doc.body().getElementsByTag(tag);
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private record Attempt(Element story, int length, Optional<String> headline) {
    }

    /** What Readability does before looking for the story: code, styles, navigation and layout line breaks out. */
    static void prepare(Document doc) {
        // <nav> is navigation by definition: unlike a class name, it never marks a story.
        doc.select("script, noscript, style, template, nav").remove();
        removePlaceholderImages(doc);
        replaceDoubleBreaks(doc.body());
        doc.select("font").tagName("span");
    }

    /** Lazy-loading placeholders (no source at all) would count as images in the gallery checks. */
    private static void removePlaceholderImages(Document doc) {
        for (Element img : doc.getElementsByTag("img")) {
            boolean source = img.hasAttr("src") || img.hasAttr("srcset") || img.hasAttr("data-src")
                    || img.hasAttr("data-srcset");
            if (!source && img.attributes().asList().stream()
                    .noneMatch(a -> IMAGE_FILE.matcher(a.getValue()).find())) {
                img.remove();
            }
        }
    }

    /**
     * Two or more {@code <br>}s in a row end a paragraph: the inline content after them, up to
     * the next such run, becomes a {@code <p>}.
     */
    static void replaceDoubleBreaks(Element body) {
        for (Element br : new ArrayList<>(body.getElementsByTag("br"))) {
            if (br.parent() == null) {
                continue;
            }
            boolean replaced = false;
            Node next = skipBlank(br.nextSibling());
            while (isBr(next)) {
                replaced = true;
                Node after = next.nextSibling();
                next.remove();
                next = skipBlank(after);
            }
            if (!replaced) {
                continue;
            }
            Element p = new Element("p");
            br.replaceWith(p);
            next = p.nextSibling();
            while (next != null) {
                if (isBr(next) && isBr(skipBlank(next.nextSibling()))) {
                    break;
                }
                if (!PageSignals.phrasing(next)) {
                    break;
                }
                Node sibling = next.nextSibling();
                p.appendChild(next);
                next = sibling;
            }
            while (p.childNodeSize() > 0 && PageSignals.whitespace(p.childNode(p.childNodeSize() - 1))) {
                p.childNode(p.childNodeSize() - 1).remove();
            }
            if (p.parent() != null && p.parent().normalName().equals("p")) {
                p.parent().tagName("div");
            }
        }
    }

    private static Node skipBlank(Node n) {
        Node next = n;
        while (next instanceof TextNode t && t.isBlank() || next instanceof Comment c && c.getData().isBlank()) {
            next = next.nextSibling();
        }
        return next;
    }

    private static boolean isBr(Node n) {
        return n instanceof Element e && e.normalName().equals("br");
    }

    /**
     * Image captions and photo credits say what a picture shows, not what happened; labels
     * for screen readers ("Image", "Photo") are not shown to anyone reading the page.
     */
    private static void removeCaptions(Element story) {
        story.select("figcaption").remove();
        for (Element e : new ArrayList<>(story.getAllElements())) {
            if (e == story || e.parent() == null) {
                continue;
            }
            String marks = PageSignals.marks(e);
            if (SCREEN_READER_ONLY.matcher(marks).find()
                    || isCaption(e) && e.text().length() <= MAX_CAPTION_CHARS
                    || isMediaFigure(e)) {
                e.remove();
            }
        }
    }

    private static boolean isCaption(Element e) {
        for (String word : SPACES.split(PageSignals.marks(e).strip())) {
            if (CAPTION.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A figure that shows a picture or video, with at most a short caption left in it. */
    private static boolean isMediaFigure(Element e) {
        return e.normalName().equals("figure") && !e.select("img, picture, video, svg, iframe").isEmpty()
                && e.select("blockquote, table, pre, code, p").isEmpty() && e.text().length() <= MAX_CAPTION_CHARS;
    }
}
