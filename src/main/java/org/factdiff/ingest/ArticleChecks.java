package org.factdiff.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.factdiff.base.Words;

/**
 * Warnings for {@code factdiff check}: articles that look cut off, too short to be an article,
 * a list or index page rather than a story, or the same article twice. They do not stop a
 * report; they tell the fact-checker what to look at.
 */
public final class ArticleChecks {
    /** Fewer words than this is a snippet, not an article. */
    public static final int MIN_WORDS = 80;
    /** Share of short lines above which a text reads as a list of headlines or links. */
    public static final double LIST_SHARE = 0.6;
    /** A line with fewer words than this is short (a headline, a link). */
    public static final int SHORT_LINE_WORDS = 8;
    /** Share of shared word 5-grams from which two articles are the same article. */
    public static final double SAME_ARTICLE = 0.9;

    private ArticleChecks() {
    }

    public static List<String> warnings(List<Article> articles) {
        List<String> out = new ArrayList<>();
        for (Article a : articles) {
            String name = a.ref().shownFile() + " (" + a.id() + ")";
            if (a.words() < MIN_WORDS) {
                out.add(name + ": only " + a.words() + " words; too short to be an article? (check the file)");
            }
            if (looksTruncated(a.text())) {
                out.add(name + ": does not end with a full sentence; the text may be cut off (or end in page furniture)");
            }
            if (looksLikeList(a.text())) {
                out.add(name + ": mostly short lines; it looks like a list or index page, not one article");
            }
            for (String line : furniture(a.text(), articles.stream().map(Article::text).toList())) {
                out.add(name + ": the line \u201C" + line + "\u201D looks like page furniture; add it to boilerplate"
                        + " in the case file to drop it");
            }
        }
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article x = articles.get(i);
                Article y = articles.get(j);
                if (x.sha256().equals(y.sha256())) {
                    out.add(x.id() + " and " + y.id() + ": the same file twice (identical bytes)");
                } else if (overlap(x.text(), y.text()) >= SAME_ARTICLE) {
                    out.add(x.id() + " and " + y.id() + ": nearly the same text; the same article twice?");
                }
            }
        }
        return out;
    }

    /** Lines pages print around articles ("Listen Live", "Get short URL"), in lower case. */
    private static final Set<String> FURNITURE = org.factdiff.base.WordLists.set(ArticleChecks.class,
            "furniture-lines.txt");
    /** A line repeated in other articles is boilerplate only when it is this short, in words. */
    public static final int BOILERPLATE_WORDS = 12;

    /**
     * The lines of a text that look like page furniture: one of the known furniture lines, or
     * a short line without a final stop that another article of the case prints too (a shared
     * site footer or label), each once, in text order.
     */
    public static List<String> furniture(String text, List<String> texts) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String key = line.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\p{Punct}\u00B7\u2022|]+$", "").strip();
            boolean known = FURNITURE.contains(key);
            boolean shared = !known && org.factdiff.base.Words.count(line) <= BOILERPLATE_WORDS
                    && SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) < 0
                    && texts.stream().filter(o -> !o.equals(text))
                    .anyMatch(o -> o.lines().anyMatch(l -> l.strip().equals(line)));
            if (known || shared) {
                out.add(line);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Trailing lines that are not the story's last sentence: credits and captions, a
     * publication or update line ("First published February 1, 2016: 1:28 AM ET"), a page
     * footer ("Page 7 of 7"), a bar of links ("Order Reprints | Today's Paper").
     */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "(?i)^(photo|image|picture|source|credit|video)s?\\s*:|\u00A9|^[\\p{P}\\p{S}\\s]*$"
                    + "|\\b(first published|published|updated|posted)\\b.{0,40}\\d"
                    + "|\\bpage \\d+ (of|/) \\d+\\s*$|\\S \\| \\S");
    /** Marks that end a sentence, Latin and CJK, with the closing quotes and brackets after them. */
    private static final String SENTENCE_ENDS = ".!?\"\u201D\u2019')]\u2026:\u3002\uFF0E\uFF01\uFF1F\u300D\u300F\uFF09";

    static boolean looksTruncated(String text) {
        List<String> lines = new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        while (!lines.isEmpty() && CREDIT.matcher(lines.get(lines.size() - 1)).find()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return false;
        }
        String last = lines.get(lines.size() - 1);
        char end = last.charAt(last.length() - 1);
        boolean stops = SENTENCE_ENDS.indexOf(end) >= 0;
        return !stops && Words.count(last) >= SHORT_LINE_WORDS;
    }

    static boolean looksLikeList(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 10) {
            return false;
        }
        long shortLines = lines.stream().filter(l -> Words.count(l) < SHORT_LINE_WORDS).count();
        return shortLines >= LIST_SHARE * lines.size();
    }

    /** Share of the smaller text's word 5-grams found in the other. */
    static double overlap(String a, String b) {
        Set<String> ga = grams(a);
        Set<String> gb = grams(b);
        if (ga.isEmpty() || gb.isEmpty()) {
            return 0;
        }
        Set<String> small = ga.size() <= gb.size() ? ga : gb;
        Set<String> large = small == ga ? gb : ga;
        long common = small.stream().filter(large::contains).count();
        return (double) common / small.size();
    }

    private static Set<String> grams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Words.WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + 5)));
        }
        return out;
    }
}
