package org.factdiff.init;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.factdiff.text.Lexicon;

/**
 * Names the articles of a case write in several ways ("al-Tanf", "At Tanf"; "Tang Xiaoming",
 * "Tang Xioming"), proposed to the user as aliases: the same words once a transliterated name's
 * article ("al-", "At ") is set aside, each word the same, the same but for its vowels, or one
 * or two letters apart in a word of five letters or more with the same initial. The form more
 * articles use is the canonical one.
 */
final class NameVariants {
    /** At most this many proposals, the names most articles give first. */
    static final int MAX_PROPOSALS = 15;
    /** Letters a word may differ by, in words at least {@link #MIN_LETTERS} long. */
    static final int MAX_EDITS = 2;
    static final int MIN_LETTERS = 5;
    /** Words read by their consonants are at least this long: "IS" is no spelling of "ISIS". */
    static final int SKELETON_LETTERS = 4;

    private static final String PARTICLE = "(?:(?:al|el|ad|ar)-|(?:At|Al|El|Ad|Ar)[-\\s])";
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}-])(?:" + PARTICLE + ")?\\p{Lu}[\\p{L}'\u2019]+"
            + "(?:[-\\s](?:" + PARTICLE + ")?\\p{Lu}[\\p{L}'\u2019]+){0,3}");
    /** Capitalised words that start sentences, not names. */
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "in", "on", "it", "he", "she", "they", "we",
            "but", "and", "this", "that", "there", "when", "after", "before", "his", "her", "their", "its", "i", "as",
            "at", "for", "by", "with", "from", "of", "to", "if", "while", "some", "many", "more", "most", "no", "not",
            "near", "during", "under", "over", "outside", "inside", "into", "across", "against", "between", "these",
            "those", "three", "two", "one", "four", "five");

    private NameVariants() {
    }

    /** Proposed aliases: canonical form to its variants, in order of the articles that give them. */
    static Map<String, List<String>> propose(List<String> texts) {
        Map<String, Set<Integer>> articles = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                String name = m.group().replaceAll("\\s+", " ").strip();
                // "Dingxi Mayor Tang Xiaoming" also names "Tang Xiaoming": every tail of the name.
                String[] parts = name.split(" ");
                for (int k = 0; k < parts.length; k++) {
                    String tail = String.join(" ", java.util.Arrays.asList(parts).subList(k, parts.length));
                    List<String> words = words(tail);
                    // A single capitalised word opening a sentence ("These", "Three") is no name.
                    boolean opening = k == 0 && words.size() == 1 && sentenceStart(text, m.start());
                    if (!words.isEmpty() && !STARTERS.contains(words.get(0)) && !opening) {
                        articles.computeIfAbsent(tail, x -> new TreeSet<>()).add(i);
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(articles.keySet());
        org.factdiff.text.TextAnalyzer known = new org.factdiff.text.TextAnalyzer(Lexicon.builtIn());
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        Set<String> grouped = new HashSet<>();
        names.sort(Comparator.comparingInt((String n) -> -articles.get(n).size()).thenComparingInt(n -> -n.length())
                .thenComparing(Comparator.naturalOrder()));
        for (String a : names) {
            if (grouped.contains(a)) {
                continue;
            }
            for (String b : names) {
                if (a.equals(b) || grouped.contains(b) || !variant(a, b)
                        || articles.get(a).equals(articles.get(b)) && articles.get(a).size() == 1
                        || norms(known, a).equals(norms(known, b))) {
                    continue;
                }
                groups.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                grouped.add(b);
            }
            if (groups.containsKey(a)) {
                grouped.add(a);
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : groups.entrySet()) {
            // "Xiaoming" / "Xioming" adds nothing to "Tang Xiaoming" / "Tang Xioming".
            boolean inLonger = groups.entrySet().stream().anyMatch(o -> o != e
                    && (o.getKey().endsWith(" " + e.getKey()) || o.getKey().endsWith("-" + e.getKey())));
            if (!inLonger && out.size() < MAX_PROPOSALS) {
                out.put(e.getKey(), List.copyOf(e.getValue()));
            }
        }
        return out;
    }

    /** True when the position opens the text, a line or a sentence. */
    private static boolean sentenceStart(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || "\"\u201C'\u2018(".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".!?:\n".indexOf(text.charAt(k)) >= 0;
    }

    /** How the built-in lexicon reads a name: equal for names it already knows as one. */
    private static List<String> norms(org.factdiff.text.TextAnalyzer analyzer, String name) {
        return analyzer.analyze("name", name).tokens().stream().map(org.factdiff.text.Token::norm).toList();
    }

    /** True when two names are one written two ways (see the class comment). */
    static boolean variant(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.size() != y.size() || x.isEmpty() || possessiveless(a).equalsIgnoreCase(possessiveless(b))) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            String u = x.get(i);
            String v = y.get(i);
            // "Syria" and "Syrian", "Iraq" and "Iraqi": a word and its derivative are two words.
            boolean derived = !u.equals(v) && (u.startsWith(v) || v.startsWith(u));
            boolean same = u.equals(v) || !derived && !acronym(a) && !acronym(b)
                    && (u.length() >= SKELETON_LETTERS && v.length() >= SKELETON_LETTERS
                    && Math.abs(u.length() - v.length()) <= MAX_EDITS && skeleton(u).equals(skeleton(v))
                    || u.length() >= MIN_LETTERS && v.length() >= MIN_LETTERS && u.charAt(0) == v.charAt(0)
                    && LevenshteinDistance.getDefaultInstance().apply(u, v) <= MAX_EDITS);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** True when a word of the name is written in capitals ("BCSO"): an acronym is matched only exactly. */
    private static boolean acronym(String name) {
        return java.util.Arrays.stream(name.split("[-\\s]+")).anyMatch(w -> w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))
                && w.chars().anyMatch(Character::isLetter));
    }

    private static String possessiveless(String name) {
        return name.replaceAll("['\u2019]s\\b", "");
    }

    /** The name's words in lower case, a transliterated name's article set aside. */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[-\\s]+")) {
            if (!w.isEmpty() && !Set.of("al", "el", "at", "ad", "ar").contains(w)) {
                out.add(w.replaceAll("['\u2019]s$", ""));
            }
        }
        return out;
    }

    /** Consonants in order, doubled letters once: "xiaoming" and "xioming" are "xmng". */
    private static String skeleton(String w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((i == 0 || "aeiouy".indexOf(c) < 0) && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
