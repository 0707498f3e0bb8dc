package org.factdiff.text;

import org.factdiff.base.Cache;
import org.factdiff.base.Words;
import org.factdiff.base.WordLists;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * How words are compared: names that mean the same thing (the built-in
 * {@code variants.txt} plus a case's aliases) and the canonical form of every other word
 * (folded, American spelling, digits, Snowball English stem).
 *
 * <p>Immutable and safe to share between threads (each thread stems with its own stemmer).
 */
public final class Lexicon {
    /** Prefix of the canonical form of a name group, which no word can produce. */
    public static final String NAME_PREFIX = "§";
    private static final String BUILT_IN = "variants.txt";
    private static final String SYNONYMS = "synonyms.txt";
    /** The built-in groups, read once: they are immutable. */
    private static final List<List<String>> BUILT_IN_GROUPS = WordLists.groups(Lexicon.class, BUILT_IN);
    private static final List<List<String>> SYNONYM_GROUPS = WordLists.groups(Lexicon.class, SYNONYMS);

    /** A way of writing a name: its words (folded) and which of them must match in capitals. */
    record Phrase(List<String> folded, List<String> capitals, String group, int order) {
        int size() {
            return folded.size();
        }
    }

    private final Map<String, List<Phrase>> byFirstWord;
    private final Map<String, String> displayNames;
    /** Snowball's stemmer keeps state between calls: one per thread makes the lexicon safe to share. */
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));
    private final Map<String, String> synonyms;
    private final List<List<String>> caseNames;

    private Lexicon(Map<String, List<Phrase>> byFirstWord, Map<String, String> displayNames,
                    List<List<String>> caseNames) {
        this.byFirstWord = byFirstWord;
        this.displayNames = displayNames;
        this.caseNames = caseNames.stream().map(List::copyOf).toList();
        this.synonyms = readSynonyms();
    }

    /** Each word of the synonym list (in canonical form) to the canonical form of its group's first word. */
    private Map<String, String> readSynonyms() {
        Map<String, String> out = new HashMap<>();
        for (List<String> group : SYNONYM_GROUPS) {
            String head = norm(group.get(0));
            for (String w : group) {
                out.putIfAbsent(norm(w), head);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The synonym class of a canonical form: the same for words rewriters swap for one another
     * ("deaths", "fatalities"); the form itself for any other word. Used only to find reuse.
     */
    public String synonymClass(String norm) {
        return synonyms.getOrDefault(norm, norm);
    }

    /**
     * {@code key} and what tells this lexicon from another: the case's own name groups, as given
     * to {@link #withNames} (the build fixes the built-in lists). For caches of what it reads.
     */
    public Cache.Key keyed(Cache.Key key) {
        Cache.Key k = key.and(Integer.toString(caseNames.size()));
        for (List<String> group : caseNames) {
            k = k.and(group);
        }
        return k;
    }

    /** The built-in variants only. */
    public static Lexicon builtIn() {
        return withNames(List.of());
    }

    /**
     * The built-in variants plus a case's own name groups, each given as the canonical name
     * followed by its variants. Groups that share a way of writing are merged.
     */
    public static Lexicon withNames(List<List<String>> caseGroups) {
        List<List<String>> groups = new ArrayList<>(readBuiltIn());
        groups.addAll(caseGroups);
        // Union-find over groups that share a written form.
        int[] parent = new int[groups.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstGroupOfForm = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String form : groups.get(g)) {
                String key = String.join(" ", fold(words(form))) + "|" + String.join(" ", capitals(words(form)));
                Integer other = firstGroupOfForm.putIfAbsent(key, g);
                if (other != null) {
                    union(parent, other, g);
                }
            }
        }
        Map<String, List<Phrase>> byFirst = new HashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        int order = 0;
        for (int g = 0; g < groups.size(); g++) {
            int root = find(parent, g);
            String canonical = groups.get(root).get(0);
            String id = NAME_PREFIX + String.join("_", fold(words(canonical)));
            display.putIfAbsent(id, canonical);
            for (String form : groups.get(g)) {
                List<String> w = words(form);
                if (w.isEmpty()) {
                    continue;
                }
                Phrase p = new Phrase(fold(w), capitals(w), id, order++);
                byFirst.computeIfAbsent(p.folded().get(0), k -> new ArrayList<>()).add(p);
            }
        }
        // Longest phrase first, then the order of definition: matching is greedy and stable.
        Comparator<Phrase> longestFirst = Comparator.comparingInt(Phrase::size).reversed().thenComparingInt(Phrase::order);
        byFirst.values().forEach(list -> list.sort(longestFirst));
        return new Lexicon(Map.copyOf(byFirst), Map.copyOf(display), caseGroups);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static List<List<String>> readBuiltIn() {
        return BUILT_IN_GROUPS;
    }

    /** The words of a name as written. */
    static List<String> words(String form) {
        List<String> out = new ArrayList<>();
        Matcher m = Words.WORD.matcher(form);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> fold(List<String> words) {
        return words.stream().map(Lexicon::fold).toList();
    }

    /** Per word: its capital form when it is written as an acronym (US, U.N.), else "". */
    private static List<String> capitals(List<String> words) {
        return words.stream().map(w -> isAcronym(w) ? undot(w) : "").toList();
    }

    private static boolean isAcronym(String w) {
        String u = undot(w);
        if (u.length() < 2) {
            return false;
        }
        for (int i = 0; i < u.length(); i++) {
            if (!Character.isUpperCase(u.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String undot(String w) {
        return w.replace(".", "");
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, without accents, one apostrophe, no dots, no possessive 's. */
    public static String fold(String word) {
        String s = word.replace('\u2019', '\'').replace('\u2018', '\'').replace("\u02BC", "'");
        if (!ascii(s)) { // ASCII is its own decomposition and has no marks: most words skip both steps
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        }
        s = s.toLowerCase(Locale.ROOT);
        if (!s.isEmpty() && Character.isLetter(s.charAt(0))) {
            s = s.replace(".", "");
        }
        if (s.endsWith("'s") && s.length() > 2) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** The longest name starting at word {@code i} of {@code surfaces}: its group and length, or null. */
    NameMatch matchName(List<String> surfaces, int i) {
        List<Phrase> candidates = byFirstWord.get(fold(surfaces.get(i)));
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (i + p.size() > surfaces.size()) {
                continue;
            }
            boolean all = true;
            for (int j = 0; j < p.size() && all; j++) {
                String w = surfaces.get(i + j);
                all = fold(w).equals(p.folded().get(j))
                        && (p.capitals().get(j).isEmpty() || undot(stripPossessive(w)).equals(p.capitals().get(j)));
            }
            if (all) {
                return new NameMatch(p.group(), p.size());
            }
        }
        return null;
    }

    private static String stripPossessive(String w) {
        String s = w.replace('\u2019', '\'');
        return s.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
    }

    /** A name found in the text: the group's canonical form and how many words it spans. */
    record NameMatch(String group, int words) {
    }

    /** The canonical form of an ordinary word (not a name). */
    public String norm(String word) {
        String f = fold(word);
        if (f.isEmpty()) {
            return f;
        }
        if (Character.isDigit(f.charAt(0))) {
            return f.replace(",", "");
        }
        String a = Spelling.americanize(f);
        if (!a.isEmpty() && Character.isDigit(a.charAt(0))) {
            return a;
        }
        return STEMMER.get().stem(a).toString();
    }

    /** The name as the lexicon writes it, for a name group's canonical form. */
    public String displayName(String group) {
        return displayNames.getOrDefault(group, group);
    }
}
