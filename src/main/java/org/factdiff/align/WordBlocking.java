package org.factdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate retrieval for grouping sets of words that must share at least some number of words
 * (prefix filtering), so that grouping never compares every pair of sets. Two sets sharing at
 * least {@code t} words share one among the {@code size - t + 1} rarest words of each, so a set
 * is registered and looked up by those words only.
 *
 * <p>In a large case some words are in thousands of sets ("said", "police"), and prefix filtering
 * alone turns quadratic: every set is looked up under them. A word in more than {@code common}
 * sets is therefore <em>common</em> and is looked up only in pairs: when the rarest word two sets share
 * is common, the next one they share is common too (it is no rarer) and lies among the
 * {@code size - t + 2} rarest words of each, so the pair is a key of both. A pair of common words
 * is far rarer than either word. Each key holds at most {@code cap} entries, and a set pairs at
 * most its {@link #MAX_PAIRED} rarest common words; both bounds keep the work per set constant.
 * Until a key fills up, the candidates include every set that could qualify, as with plain
 * prefix filtering (with no more than {@code common} sets, they are exactly those of plain prefix
 * filtering); past that, a set that shares only full keys with another may be missed, the price of a case of thousands of articles
 * completing in near-linear time. For the same reason a lookup reads at most {@link #MAX_READ}
 * entries, its rarest keys first, and returns at most {@link #MAX_CANDIDATES} values, those
 * under the most of its keys.
 *
 * <p>Entries are values the caller chooses (a set's index, or its group's), registered in
 * ascending order; candidates come back distinct and ascending.
 */
final class WordBlocking {
    /**
     * The most common words of one set paired as keys: 12 words make 66 pairs. On a
     * 3,000-article bench corpus 12 grouped more statements exactly as without bounds than 24
     * did (98% against 97%), in half the time: fewer pairs of everyday words crowd the
     * candidates out.
     */
    static final int MAX_PAIRED = 12;
    /**
     * The most candidates one lookup returns. Past it, those sharing the most keys with the set
     * are kept (they share the most words): in a case of thousands of articles a set meets
     * thousands of others through pairs of common words, nearly all of which fail the caller's
     * test, and testing them all made grouping grow with the square of the case.
     */
    static final int MAX_CANDIDATES = 64;
    /**
     * The most entries one lookup reads, its keys taken rarest first. Pairs of common words fill
     * their keys in a large case, and reading them all made each lookup grow with the case.
     */
    static final int MAX_READ = 16 * MAX_CANDIDATES;

    private final int common;
    private final int cap;
    private final int budget;
    private final boolean otherArticlesOnly;
    /** Each set's words as ranks, rarest first: rank order is frequency, then the word's own order. */
    private final int[][] ranked;
    /** How many sets hold the word of each rank. */
    private final int[] frequency;
    private final int[] minShared;
    private final int[] article;
    /** Every key any set registers or looks up, sorted, so that a key's index is its slot. */
    private final long[] keys;
    /**
     * Per key: where its entries start, how many it holds, and its newest entry of another
     * article than the newest one's (-1: none). A key's entries lie side by side, oldest first,
     * in room sized beforehand (the sets filed under it, at most {@code cap}): a lookup reads
     * them in a row instead of chasing links across memory, which in a case of 10,000
     * articles was most of the grouping's time.
     */
    private final int[] start;
    private final int[] size;
    private final int[] otherNewest;
    /** Per entry: its value and the article that registered it. */
    private final int[] value;
    private final int[] entryArticle;
    private final int[] seen;
    /** Per value, the keys of the current lookup that hold it (valid where {@code seen} is the stamp). */
    private final int[] hits;
    private int stamp;
    private long candidatesReturned;

    /**
     * @param sets              the sets of words, in the order they will be registered
     * @param minShared         for each set, the fewest words any set it may be grouped with shares with it (at least 1)
     * @param articles          each set's article
     * @param common            sets from which a word is common (paired): beyond this many
     * @param cap               the most entries a key holds
     * @param otherArticlesOnly true when sets of one article are never grouped: lookups skip
     *                          the entries of the set's own article without reading them
     * @param values            the largest value registered, plus one
     */
    WordBlocking(List<? extends Collection<String>> sets, int[] minShared, List<String> articles, int common, int cap,
                 boolean otherArticlesOnly, int values) {
        this(sets, minShared, articles, common, cap, MAX_CANDIDATES, otherArticlesOnly, values);
    }

    /** As above, returning at most {@code budget} candidates a lookup. */
    WordBlocking(List<? extends Collection<String>> sets, int[] minShared, List<String> articles, int common, int cap,
                 int budget, boolean otherArticlesOnly, int values) {
        if (sets.size() != minShared.length || sets.size() != articles.size()) {
            throw new IllegalArgumentException("sets (" + sets.size() + "), minShared (" + minShared.length
                    + ") and articles (" + articles.size() + ") must be as many");
        }
        if (common < 1 || cap < 1 || budget < 1) {
            throw new IllegalArgumentException("common, cap and budget must be at least 1, were " + common + ", " + cap
                    + " and " + budget);
        }
        this.budget = budget;
        this.minShared = minShared.clone();
        this.common = common;
        this.cap = cap;
        this.otherArticlesOnly = otherArticlesOnly;
        Map<String, Integer> count = new HashMap<>();
        for (Collection<String> s : sets) {
            s.forEach(w -> count.merge(w, 1, Integer::sum));
        }
        List<String> byRank = new ArrayList<>(count.keySet());
        byRank.sort(Comparator.comparingInt((String w) -> count.get(w)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        frequency = new int[byRank.size()];
        for (int r = 0; r < byRank.size(); r++) {
            rank.put(byRank.get(r), r);
            frequency[r] = count.get(byRank.get(r));
        }
        ranked = new int[sets.size()][];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = sets.get(i).stream().mapToInt(rank::get).sorted().toArray();
        }
        Map<String, Integer> articleId = new HashMap<>();
        article = new int[articles.size()];
        for (int i = 0; i < article.length; i++) {
            article[i] = articleId.computeIfAbsent(articles.get(i), k -> articleId.size());
        }
        LongList all = new LongList();
        for (int i = 0; i < ranked.length; i++) {
            keysOf(i, true, all); // a set looks up a subset of the keys it would be filed under
        }
        long[] sorted = Arrays.copyOf(all.items, all.size);
        Arrays.sort(sorted);
        // Each key once, and the room for its entries: the sets filed under it, at most cap.
        int distinct = 0;
        int[] room = new int[Math.max(1, sorted.length)];
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
            room[distinct - 1] = Math.min(cap, room[distinct - 1] + 1);
        }
        keys = Arrays.copyOf(sorted, distinct);
        start = new int[distinct];
        int total = 0;
        for (int k = 0; k < distinct; k++) {
            start[k] = total;
            total += room[k];
        }
        size = new int[distinct];
        otherNewest = new int[distinct];
        Arrays.fill(otherNewest, -1);
        value = new int[total];
        entryArticle = new int[total];
        seen = new int[values];
        hits = new int[values];
    }

    /** Files set {@code i} under its keys with {@code v}; a key already holding {@code cap} entries takes no more. */
    void register(int i, int v) {
        LongList mine = new LongList();
        keysOf(i, true, mine);
        for (int k = 0; k < mine.size; k++) {
            int slot = Arrays.binarySearch(keys, mine.items[k]);
            if (size[slot] >= cap) {
                continue;
            }
            int e = start[slot] + size[slot];
            value[e] = v;
            entryArticle[e] = article[i];
            if (size[slot] > 0 && entryArticle[e - 1] != article[i]) {
                otherNewest[slot] = e - 1;
            }
            size[slot]++;
        }
    }

    /**
     * The values filed under a key of set {@code i}, distinct and ascending; past the budget,
     * those filed under the most of its keys (ties: the lowest values).
     */
    int[] candidates(int i) {
        LongList mine = new LongList();
        keysOf(i, false, mine);
        stamp++;
        int[] out = new int[8];
        int n = 0;
        int read = 0;
        for (int k = 0; k < mine.size && read < MAX_READ; k++) {
            int slot = Arrays.binarySearch(keys, mine.items[k]);
            int oldest = start[slot];
            int e = oldest + size[slot] - 1;
            if (otherArticlesOnly && e >= oldest && entryArticle[e] == article[i]) {
                // The newest entries are of this set's own article (sets come in article order):
                // a text repeating itself thousands of times is not read back thousands of times.
                e = otherNewest[slot];
            }
            for (; e >= oldest && read < MAX_READ; e--) {
                read++;
                int v = value[e];
                if (otherArticlesOnly && entryArticle[e] == article[i]) {
                    continue;
                }
                if (seen[v] == stamp) {
                    hits[v]++;
                } else {
                    seen[v] = stamp;
                    hits[v] = 1;
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = v;
                }
            }
        }
        int[] result = n <= budget ? Arrays.copyOf(out, n) : mostHit(out, n);
        Arrays.sort(result);
        candidatesReturned += n;
        return result;
    }

    /** The {@link #budget} values among the first {@code n} of {@code values} that the most keys hold. */
    private int[] mostHit(int[] values, int n) {
        long[] ranked = new long[n];
        for (int k = 0; k < n; k++) {
            ranked[k] = ((long) (Integer.MAX_VALUE - hits[values[k]]) << 32) | values[k];
        }
        Arrays.sort(ranked);
        int[] out = new int[budget];
        for (int k = 0; k < budget; k++) {
            out[k] = (int) ranked[k];
        }
        return out;
    }

    /** How many candidates all lookups returned: the pairs the caller goes on to test. */
    long candidatesReturned() {
        return candidatesReturned;
    }

    /**
     * Set {@code i}'s keys: single words of its prefix and pairs of its common words. Registered:
     * every prefix word, and pairs of common words; looked up: only the prefix words that are not
     * common, and the pairs, unless the set may be grouped over one shared word (then every
     * prefix word, common or not).
     */
    private void keysOf(int i, boolean registered, LongList out) {
        int t = Math.max(1, minShared[i]);
        int[] words = ranked[i];
        if (words.length < t) {
            return;
        }
        int prefix = words.length - t + 1;
        for (int k = 0; k < prefix; k++) {
            if (registered || t < 2 || frequency[words[k]] <= common) {
                out.add(words[k]);
            }
        }
        if (!registered && t < 2) {
            return;
        }
        // Common words rank after the others: they are the tail of the extended prefix.
        int from = 0;
        int to = Math.min(prefix + 1, words.length);
        while (from < to && frequency[words[from]] <= common) {
            from++;
        }
        to = Math.min(to, from + MAX_PAIRED);
        for (int a = from; a < to; a++) {
            for (int b = a + 1; b < to; b++) {
                out.add(((words[a] + 1L) << 32) | words[b]);
            }
        }
    }

    /** A growable list of longs, so that millions of keys are not boxed. */
    private static final class LongList {
        long[] items = new long[16];
        int size;

        void add(long v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }
    }
}
