package org.factdiff.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One try at finding the story in a page (the heart of Readability): drops hidden and
 * unlikely elements, turns text-only {@code <div>}s into paragraphs, lets every paragraph
 * vote for its ancestors by length and commas, picks the best-scoring container (climbing
 * to a parent that holds more of the story), and gathers the siblings that look like more of
 * the same story. Works on, and changes, a copy of the page; one instance per try.
 */
final class CandidateSelector {
    /** Paragraphs shorter than this (in characters) do not vote. */
    static final int MIN_PARAGRAPH_CHARS = 25;
    /** How many ancestors a paragraph votes for; further up, a vote means little. */
    static final int VOTE_LEVELS = 5;
    /** Characters of paragraph text per extra point, capped at {@link #MAX_LENGTH_POINTS}. */
    static final int CHARS_PER_POINT = 100;
    /** Length alone earns at most this many points, so one huge block does not win by size. */
    static final int MAX_LENGTH_POINTS = 3;
    /** How many best candidates are compared to see whether they share a container. */
    static final int TOP_CANDIDATES = 5;
    /** A candidate this close to the best one (score ratio) counts as a rival part of the story. */
    static final double RIVAL_SCORE_RATIO = 0.75;
    /** When this many rivals sit in one container, that container is the story. */
    static final int MIN_RIVALS_SHARING = 3;
    /** Climbing to parents stops once their score falls below this share of the best score. */
    static final double CLIMB_FLOOR_RATIO = 1.0 / 3;
    /** A sibling joins the story with at least this share of the best score ... */
    static final double SIBLING_SCORE_RATIO = 0.2;
    /** ... and at least this many points. */
    static final double MIN_SIBLING_SCORE = 10;
    /** A sibling paragraph joins when longer than this with few links, or shorter and a plain sentence. */
    static final int SIBLING_PARAGRAPH_CHARS = 80;
    /** Link density below which a long sibling paragraph, or a one-paragraph div, counts as prose. */
    static final double PROSE_LINK_DENSITY = 0.25;
    /** A title-like heading must share this much of its words with the title to be taken as the headline. */
    static final double HEADLINE_SIMILARITY = 0.75;
    /** An author line is short; longer matches are author biographies. */
    static final int MAX_BYLINE_CHARS = 100;

    /** Elements whose own text votes (divs that hold only inline content join them as paragraphs). */
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    /** Containers and headings that are dropped when they hold no text, only breaks and rules. */
    private static final Set<String> EMPTY_REMOVABLE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4",
            "h5", "h6");
    /** Joined siblings with other tags become divs, so that cleaning does not treat them as forms or cells. */
    private static final Set<String> KEEP_TAG_WHEN_JOINED = Set.of("div", "article", "section", "p");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final Set<ExtractionRule> rules;
    private final Optional<String> title;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private String headline;
    private boolean bylineRemoved;

    CandidateSelector(Set<ExtractionRule> rules, Optional<String> title) {
        this.rules = Set.copyOf(rules);
        this.title = title;
    }

    /** The heading removed because it repeats the page title, if any. */
    Optional<String> headline() {
        return Optional.ofNullable(headline);
    }

    /** A new {@code <div>} holding the story's blocks, taken out of {@code page}. */
    Element select(Document page) {
        Element body = page.body();
        List<Element> paragraphs = prepare(page);
        List<Element> candidates = vote(paragraphs);
        Element top = best(candidates, body);
        return gatherSiblings(top);
    }

    /** Removes what cannot be story and collects the paragraph-like elements, in document order. */
    private List<Element> prepare(Document page) {
        List<Element> paragraphs = new ArrayList<>();
        boolean headlinePending = title.isPresent();
        boolean stripUnlikely = rules.contains(ExtractionRule.STRIP_UNLIKELY);
        Element node = page.firstElementChild();
        while (node != null) {
            String tag = node.normalName();
            boolean structural = tag.equals("html") || tag.equals("body");
            if (!structural && !PageSignals.visible(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (!structural && node.attr("aria-modal").equals("true") && node.attr("role").equals("dialog")) {
                node = removeAndNext(node);
                continue;
            }
            if (!bylineRemoved && !structural && isByline(node)) {
                // The author line is metadata, not story; only the first one, since later ones are other stories'.
                bylineRemoved = true;
                node = removeAndNext(node);
                continue;
            }
            if (headlinePending && (tag.equals("h1") || tag.equals("h2"))
                    && PageSignals.textSimilarity(title.get(), node.text()) > HEADLINE_SIMILARITY) {
                headline = node.text();
                headlinePending = false;
                node = removeAndNext(node);
                continue;
            }
            if (stripUnlikely && unlikely(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (EMPTY_REMOVABLE.contains(tag) && PageSignals.withoutContent(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (TAGS_TO_SCORE.contains(tag)) {
                paragraphs.add(node);
            }
            if (tag.equals("div")) {
                wrapInlineRuns(node);
                if (PageSignals.singleChildTag(node, "p") && PageSignals.linkDensity(node) < PROSE_LINK_DENSITY) {
                    // A div around one paragraph is that paragraph (mobile.slate.com and many CMSs).
                    Element p = node.child(0);
                    node.replaceWith(p);
                    node = p;
                    paragraphs.add(node);
                } else if (!PageSignals.hasBlockChild(node)) {
                    node.tagName("p");
                    paragraphs.add(node);
                }
            }
            node = next(node, false);
        }
        return paragraphs;
    }

    /** A short element marked as the author line ({@code rel=author}, {@code itemprop=author}, byline class). */
    static boolean isByline(Element node) {
        boolean marked = node.attr("rel").equals("author") || node.attr("itemprop").contains("author")
                || PageSignals.BYLINE.matcher(PageSignals.marks(node)).find();
        if (!marked) {
            return false;
        }
        String text = node.text();
        return !text.isEmpty() && text.length() < MAX_BYLINE_CHARS;
    }

    /** Page furniture by its class, id or role, unless it also looks like a story container. */
    static boolean unlikely(Element node) {
        String tag = node.normalName();
        if (tag.equals("a") || tag.equals("body") || tag.equals("html")) {
            return false;
        }
        String marks = PageSignals.marks(node);
        if (PageSignals.UNLIKELY.matcher(marks).find() && !PageSignals.MAYBE_CANDIDATE.matcher(marks).find()
                && !PageSignals.hasAncestorTag(node, "table", 3, null)
                && !PageSignals.hasAncestorTag(node, "code", 3, null)) {
            return true;
        }
        return PageSignals.UNLIKELY_ROLES.contains(node.attr("role"));
    }

    /** Puts each run of inline content directly inside a div into a paragraph of its own. */
    private static void wrapInlineRuns(Element div) {
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (PageSignals.phrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!PageSignals.whitespace(child)) {
                    p = new Element("p");
                    child.before(p);
                    p.appendChild(child);
                }
            } else if (p != null) {
                trimTrailingWhitespace(p);
                p = null;
            }
        }
    }

    private static void trimTrailingWhitespace(Element p) {
        while (p.childNodeSize() > 0 && PageSignals.whitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    /** Each paragraph adds points to up to five ancestors, less the further up; returns the scored ones. */
    private List<Element> vote(List<Element> paragraphs) {
        List<Element> candidates = new ArrayList<>();
        for (Element p : paragraphs) {
            Element parent = p.parent();
            if (parent == null || parent instanceof Document) {
                continue;
            }
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            // A point for the paragraph, one per comma-separated piece (prose has clauses), some for length.
            double points = 1 + (PageSignals.commas(text) + 1)
                    + Math.min(text.length() / CHARS_PER_POINT, MAX_LENGTH_POINTS);
            int level = 0;
            for (Element a = parent; a != null && level < VOTE_LEVELS; a = a.parent(), level++) {
                if (PageSignals.isRoot(a)) {
                    continue;
                }
                if (!scores.containsKey(a)) {
                    scores.put(a, initialScore(a));
                    candidates.add(a);
                }
                // The parent gets the whole vote, the grandparent half, and further up a third per level.
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(a, scores.get(a) + points / divider);
            }
        }
        return candidates;
    }

    /**
     * Start score by tag plus the class weight: divs usually wrap prose, pre/td/blockquote
     * sometimes do; lists, forms and headings hold furniture more often than stories.
     */
    private double initialScore(Element e) {
        int score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + PageSignals.classWeight(e, rules.contains(ExtractionRule.WEIGHT_CLASSES));
    }

    private double score(Element e) {
        Double s = scores.get(e);
        if (s == null) {
            s = initialScore(e);
            scores.put(e, s);
        }
        return s;
    }

    /** The container most likely to hold the story; a new div holding the whole body when none stands out. */
    private Element best(List<Element> candidates, Element body) {
        List<Element> top = new ArrayList<>();
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - PageSignals.linkDensity(c));
            scores.put(c, s);
            for (int t = 0; t < TOP_CANDIDATES; t++) {
                if (t >= top.size() || s > scores.get(top.get(t))) {
                    top.add(t, c);
                    if (top.size() > TOP_CANDIDATES) {
                        top.remove(top.size() - 1);
                    }
                    break;
                }
            }
        }
        if (top.isEmpty() || top.get(0) == body) {
            Element all = new Element("div");
            // All at once: moving children one by one shifts the rest each time, quadratic in a flat page.
            all.appendChildren(new ArrayList<>(body.childNodes()));
            body.appendChild(all);
            score(all);
            return all;
        }
        Element best = top.get(0);
        best = sharedContainer(best, top);
        score(best);
        best = climb(best);
        // An only child's parent holds the same story; siblings are looked for one level up.
        for (Element p = best.parent(); p != null && !stop(p) && p.childrenSize() == 1; p = best.parent()) {
            best = p;
        }
        score(best);
        return best;
    }

    /** When three or more near-rivals lie inside one ancestor of the best candidate, that ancestor. */
    private Element sharedContainer(Element best, List<Element> top) {
        List<List<Element>> rivals = new ArrayList<>();
        double bestScore = scores.get(best);
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(top.get(i)) / bestScore >= RIVAL_SCORE_RATIO) {
                rivals.add(top.get(i).parents());
            }
        }
        if (rivals.size() < MIN_RIVALS_SHARING) {
            return best;
        }
        for (Element p = best.parent(); p != null && !stop(p); p = p.parent()) {
            int containing = 0;
            for (List<Element> ancestors : rivals) {
                if (containsIdentical(ancestors, p)) {
                    containing++;
                }
            }
            if (containing >= MIN_RIVALS_SHARING) {
                return p;
            }
        }
        return best;
    }

    private static boolean containsIdentical(List<Element> list, Element e) {
        for (Element x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    /** A parent whose score rises above the candidate's holds more of the story: take it. */
    private Element climb(Element best) {
        double last = scores.get(best);
        double floor = last * CLIMB_FLOOR_RATIO;
        for (Element p = best.parent(); p != null && !stop(p); p = p.parent()) {
            Double s = scores.get(p);
            if (s == null) {
                continue;
            }
            if (s < floor) {
                break;
            }
            if (s > last) {
                return p;
            }
            last = s;
        }
        return best;
    }

    private static boolean stop(Element e) {
        return e.normalName().equals("body") || PageSignals.isRoot(e);
    }

    /** The candidate and those of its siblings that score well or read like prose, moved into a new div. */
    private Element gatherSiblings(Element best) {
        Element article = new Element("div");
        Element parent = best.parent();
        if (parent == null) {
            article.appendChild(best);
            return article;
        }
        double bestScore = scores.get(best);
        double threshold = Math.max(MIN_SIBLING_SCORE, bestScore * SIBLING_SCORE_RATIO);
        String bestClass = best.attr("class");
        for (Element sibling : new ArrayList<>(parent.children())) {
            boolean join = sibling == best;
            if (!join) {
                double bonus = !bestClass.isEmpty() && sibling.attr("class").equals(bestClass)
                        ? bestScore * SIBLING_SCORE_RATIO : 0;
                Double s = scores.get(sibling);
                if (s != null && s + bonus >= threshold) {
                    join = true;
                } else if (sibling.normalName().equals("p")) {
                    double links = PageSignals.linkDensity(sibling);
                    String text = sibling.text();
                    if (text.length() > SIBLING_PARAGRAPH_CHARS && links < PROSE_LINK_DENSITY) {
                        join = true;
                    } else if (text.length() < SIBLING_PARAGRAPH_CHARS && !text.isEmpty() && links == 0
                            && SENTENCE_END.matcher(text).find()) {
                        join = true;
                    }
                }
            }
            if (join) {
                if (!KEEP_TAG_WHEN_JOINED.contains(sibling.normalName())) {
                    // A form or td that holds story text would be cleaned away as what it claims to be.
                    sibling.tagName("div");
                }
                article.appendChild(sibling);
            }
        }
        return article;
    }

    /** The next element in document order; with {@code skipChildren}, the next one after its subtree. */
    static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.firstElementChild() != null) {
            return node.firstElementChild();
        }
        for (Element e = node; e != null; e = e.parent()) {
            Element sibling = e.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private static Element removeAndNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }
}
