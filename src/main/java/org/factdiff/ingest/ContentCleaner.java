package org.factdiff.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tidies the blocks chosen as the story (Readability's "prepArticle"): removes forms,
 * embeds, asides, footers, share bars and headings with furniture classes, and, when
 * {@link ExtractionRule#CLEAN_CONDITIONALLY} holds, the tables, lists and divs that look like
 * link lists, galleries or widgets rather than prose. Data tables stay.
 */
final class ContentCleaner {
    /** Share bars shorter than this (characters) are removed from inside the story. */
    static final int MAX_SHARE_BAR_CHARS = 500;
    /** A block with this many commas is prose, whatever else it looks like. */
    static final int PROSE_COMMAS = 10;
    /** Up to this many list items are allowed in a block that is not itself a list. */
    static final int LIST_ITEM_ALLOWANCE = 100;
    /** A block whose text lies this much inside lists is a list. */
    static final double LIST_TEXT_SHARE = 0.9;
    /** Fewer paragraphs per image than this makes a gallery. */
    static final double MIN_PARAGRAPHS_PER_IMAGE = 0.5;
    /** Blocks at least this much heading text are section headers, kept even when short. */
    static final double HEADING_TEXT_SHARE = 0.9;
    /** Blocks shorter than this with any link and no image are link stubs. */
    static final int MIN_BLOCK_CHARS = 25;
    /** Link density above which a block without a positive class is a link list. */
    static final double MAX_LINK_DENSITY = 0.2;
    /** Link density above which even a block with a positive class is a link list. */
    static final double MAX_LINK_DENSITY_POSITIVE = 0.5;
    /** A block with one embed needs this much text of its own to be more than the embed. */
    static final int MIN_EMBED_CAPTION_CHARS = 75;
    /** A table with at least this many rows holds data, not layout. */
    static final int DATA_TABLE_ROWS = 10;
    /** A table with more than this many columns holds data, not layout. */
    static final int DATA_TABLE_COLUMNS = 4;
    /** A table with more cells than this holds data, not layout. */
    static final int DATA_TABLE_CELLS = 10;

    /** Elements whose text shows that a block holds content, not only stray inline text. */
    private static final Set<String> TEXTISH = Set.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol",
            "p", "pre", "table", "ul");
    private static final Set<String> EMBEDS = Set.of("object", "embed", "iframe");

    private final Set<ExtractionRule> rules;
    private final Set<Element> dataTables = Collections.newSetFromMap(new IdentityHashMap<>());

    ContentCleaner(Set<ExtractionRule> rules) {
        this.rules = Set.copyOf(rules);
    }

    /** Cleans the story's blocks in place; {@code article} is the div the selector returned. */
    void clean(Element article) {
        markDataTables(article);
        cleanConditionally(article, "form");
        cleanConditionally(article, "fieldset");
        for (String tag : List.of("object", "embed", "footer", "link", "aside")) {
            remove(article, tag);
        }
        for (Element block : article.children()) {
            removeShareBars(block);
        }
        for (String tag : List.of("iframe", "input", "textarea", "select", "button")) {
            remove(article, tag);
        }
        for (Element h : PageSignals.descendants(article, Set.of("h1", "h2"))) {
            if (PageSignals.classWeight(h, rules.contains(ExtractionRule.WEIGHT_CLASSES)) < 0) {
                h.remove();
            }
        }
        cleanConditionally(article, "table");
        cleanConditionally(article, "ul");
        cleanConditionally(article, "div");
    }

    /** Removes every descendant with the tag, except embedded video players. */
    private static void remove(Element root, String tag) {
        boolean embed = EMBEDS.contains(tag);
        for (Element e : PageSignals.descendants(root, tag)) {
            if (!(embed && PageSignals.isVideo(e))) {
                e.remove();
            }
        }
    }

    private static void removeShareBars(Element block) {
        Element end = CandidateSelector.next(block, true);
        Element node = CandidateSelector.next(block, false);
        while (node != null && node != end) {
            if (PageSignals.SHARE.matcher(PageSignals.marks(node)).find()
                    && node.wholeText().length() < MAX_SHARE_BAR_CHARS) {
                Element next = CandidateSelector.next(node, true);
                node.remove();
                node = next;
            } else {
                node = CandidateSelector.next(node, false);
            }
        }
    }

    /** Flags tables that hold data (caption, header cells, or many rows and columns) so they are kept. */
    private void markDataTables(Element root) {
        for (Element table : PageSignals.descendants(root, "table")) {
            if (isDataTable(table)) {
                dataTables.add(table);
            }
        }
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty()) {
            return true;
        }
        List<Element> captions = PageSignals.descendants(table, "caption");
        if (!captions.isEmpty() && captions.get(0).childNodeSize() > 0) {
            return true;
        }
        if (!PageSignals.descendants(table, Set.of("col", "colgroup", "tfoot", "thead", "th")).isEmpty()) {
            return true;
        }
        if (!PageSignals.descendants(table, "table").isEmpty()) {
            return false;
        }
        int rows = 0;
        int columns = 0;
        for (Element tr : PageSignals.descendants(table, "tr")) {
            rows += Math.max(1, leadingInt(tr.attr("rowspan")));
            int inRow = 0;
            for (Element td : PageSignals.descendants(tr, "td")) {
                inRow += Math.max(1, leadingInt(td.attr("colspan")));
            }
            columns = Math.max(columns, inRow);
        }
        if (columns == 1 || rows == 1) {
            return false;
        }
        if (rows >= DATA_TABLE_ROWS || columns > DATA_TABLE_COLUMNS) {
            return true;
        }
        return rows * columns > DATA_TABLE_CELLS;
    }

    private static int leadingInt(String s) {
        String t = s.strip();
        int end = 0;
        while (end < t.length() && end < 9 && Character.isDigit(t.charAt(end)) && t.charAt(end) < 128) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(t.substring(0, end));
    }

    /** Removes, last first, each descendant with the tag that looks like furniture by the rules below. */
    private void cleanConditionally(Element root, String tag) {
        if (!rules.contains(ExtractionRule.CLEAN_CONDITIONALLY)) {
            return;
        }
        List<Element> nodes = PageSignals.descendants(root, tag);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Element node = nodes.get(i);
            if (node.parent() != null && looksLikeFurniture(node, tag)) {
                node.remove();
            }
        }
    }

    private boolean looksLikeFurniture(Element node, String tag) {
        String text = node.text();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList && !text.isEmpty()) {
            int inLists = 0;
            for (Element list : PageSignals.descendants(node, Set.of("ul", "ol"))) {
                inLists += list.text().length();
            }
            isList = (double) inLists / text.length() > LIST_TEXT_SHARE;
        }
        if (tag.equals("table") && dataTables.contains(node)) {
            return false;
        }
        if (PageSignals.hasAncestorTag(node, "table", -1, dataTables::contains)
                || PageSignals.hasAncestorTag(node, "code", 3, null)) {
            return false;
        }
        for (Element t : PageSignals.descendants(node, "table")) {
            if (dataTables.contains(t)) {
                return false;
            }
        }
        int weight = PageSignals.classWeight(node, rules.contains(ExtractionRule.WEIGHT_CLASSES));
        if (weight < 0) {
            return true;
        }
        if (commaCount(text) >= PROSE_COMMAS) {
            return false;
        }
        int p = PageSignals.descendants(node, "p").size();
        int img = PageSignals.descendants(node, "img").size();
        int li = PageSignals.descendants(node, "li").size() - LIST_ITEM_ALLOWANCE;
        int input = PageSignals.descendants(node, "input").size();
        double headingDensity = PageSignals.textDensity(node, PageSignals.HEADINGS);
        int embeds = 0;
        for (Element e : PageSignals.descendants(node, EMBEDS)) {
            if (PageSignals.isVideo(e)) {
                return false;
            }
            embeds++;
        }
        if (PageSignals.AD_WORDS.matcher(text).matches() || PageSignals.LOADING_WORDS.matcher(text).matches()) {
            return true;
        }
        int length = text.length();
        double linkDensity = PageSignals.linkDensity(node);
        double textDensity = PageSignals.textDensity(node, TEXTISH);
        boolean inFigure = PageSignals.hasAncestorTag(node, "figure", 3, null);

        boolean remove = (!inFigure && img > 1 && (double) p / img < MIN_PARAGRAPHS_PER_IMAGE)
                || (!isList && li > p)
                || (input > p / 3)
                || (!isList && !inFigure && headingDensity < HEADING_TEXT_SHARE && length < MIN_BLOCK_CHARS
                        && (img == 0 || img > 2) && linkDensity > 0)
                || (!isList && weight < PageSignals.CLASS_WEIGHT && linkDensity > MAX_LINK_DENSITY)
                || (weight >= PageSignals.CLASS_WEIGHT && linkDensity > MAX_LINK_DENSITY_POSITIVE)
                || (embeds == 1 && length < MIN_EMBED_CAPTION_CHARS) || embeds > 1
                || (img == 0 && textDensity == 0);
        if (isList && remove) {
            // A plain list of images (one per item) is a gallery that belongs to the story.
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) {
                    return true;
                }
            }
            if (img == PageSignals.descendants(node, "li").size()) {
                return false;
            }
        }
        return remove;
    }

    private static int commaCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }
}
