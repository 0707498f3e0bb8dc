package org.factdiff.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;
import org.factdiff.base.IntList;
import org.factdiff.text.Meanings;

/**
 * Joins groups of claims that state the same fact in other words ("the ferry was carrying 212
 * passengers" / "there were 212 people on board"). Two claims of different articles are alike
 * in meaning when their sentences are at least {@link #WITH_SLOTS} similar and their slots are
 * compatible (a figure of the same kind, a name, a place or several content words in common,
 * the same polarity and occasion), or at least {@link #ALONE} similar with the same polarity
 * and occasion. Groups merge, most similar pair first, only while every two members of
 * different articles are alike in words or in meaning (complete link), so that no chain of
 * half-alike sentences joins two facts.
 */
final class MeaningMerge {
    /** Similarity from which two sentences with compatible slots state the same fact. */
    static final double WITH_SLOTS = 0.7;
    /** Similarity from which two sentences state the same fact whatever their slots say. */
    static final double ALONE = 0.85;
    /** Content words two sentences must share, lacking a shared figure, name or place. */
    static final int SHARED_WORDS = 2;
    /**
     * A content word found in more claims than this does not make candidates (it would pair
     * everything with everything); the claims are still compared through their rarer words.
     */
    static final int MAX_WORD_CLAIMS = 400;

    private final Meanings meanings;

    MeaningMerge(Meanings meanings) {
        this.meanings = meanings;
    }

    /** The clusters (in their order), merged where their members are alike in meaning. */
    List<List<Member>> merge(List<List<Member>> clusters) {
        List<Member> members = new ArrayList<>();
        Map<Member, Integer> home = new HashMap<>();
        List<List<Member>> groups = new ArrayList<>();
        for (List<Member> c : clusters) {
            groups.add(new ArrayList<>(c));
            for (Member m : c) {
                home.put(m, groups.size() - 1);
                members.add(m);
            }
        }
        List<Edge> edges = candidates(members);
        for (Edge e : edges) {
            int gx = find(home, groups, e.x());
            int gy = find(home, groups, e.y());
            if (gx == gy || !joinable(groups.get(gx), groups.get(gy))) {
                continue;
            }
            int keep = Math.min(gx, gy);
            int gone = Math.max(gx, gy);
            groups.get(keep).addAll(groups.get(gone));
            groups.get(keep).sort(Comparator.comparing(Member::article).thenComparingInt(m -> m.claim().sentence()));
            for (Member m : groups.get(gone)) {
                home.put(m, keep);
            }
            groups.set(gone, List.of());
        }
        List<List<Member>> out = new ArrayList<>();
        for (List<Member> g : groups) {
            if (!g.isEmpty()) {
                out.add(g);
            }
        }
        return out;
    }

    private static int find(Map<Member, Integer> home, List<List<Member>> groups, Member m) {
        return home.get(m);
    }

    /** Two groups join when they share no article and every cross pair is alike. */
    private boolean joinable(List<Member> g, List<Member> h) {
        Set<String> articles = new TreeSet<>();
        g.forEach(m -> articles.add(m.article()));
        for (Member m : h) {
            if (articles.contains(m.article())) {
                return false;
            }
        }
        for (Member x : g) {
            for (Member y : h) {
                if (!SlotClaimAligner.sameWords(x.claim(), y.claim()) && !alike(x.claim(), y.claim())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A candidate pair, most similar first; ties by article and sentence, then by the first
     * word the two share (in word order) and their places in the list, so the order is total.
     */
    record Edge(double similarity, Member x, Member y, int word, int i, int j) {
    }

    private static final Comparator<Edge> EDGE_ORDER = Comparator.comparingDouble((Edge e) -> -e.similarity())
            .thenComparing(e -> e.x().article()).thenComparingInt(e -> e.x().claim().sentence())
            .thenComparing(e -> e.y().article()).thenComparingInt(e -> e.y().claim().sentence())
            .thenComparingInt(Edge::word).thenComparingInt(Edge::i).thenComparingInt(Edge::j);

    /**
     * Pairs of claims of different articles sharing a content word and alike in meaning. Each
     * claim gathers the later claims filed under its words, taken in word order, so a pair is
     * met first under the first word both share; a stamp per claim, not a set of every pair
     * met, tells a pair met before (a case of a thousand articles meets millions of pairs).
     */
    List<Edge> candidates(List<Member> members) {
        Map<String, List<Integer>> byWord = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (String w : members.get(i).claim().content()) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        // The words that make candidates, numbered in word order, with their claims ascending.
        List<int[]> postings = new ArrayList<>();
        List<IntList> wordsOf = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            wordsOf.add(new IntList());
        }
        for (List<Integer> posting : byWord.values()) {
            if (posting.size() > MAX_WORD_CLAIMS) {
                continue;
            }
            int word = postings.size();
            int[] claims = posting.stream().mapToInt(Integer::intValue).toArray();
            postings.add(claims);
            for (int i : claims) {
                wordsOf.get(i).add(word);
            }
        }
        Map<String, Integer> articleIds = new HashMap<>();
        int[] article = new int[members.size()];
        for (int i = 0; i < article.length; i++) {
            article[i] = articleIds.computeIfAbsent(members.get(i).article(), k -> articleIds.size());
        }
        // Each member's sentence looked up once; its coarse copy rules out most pairs, which
        // are far below the least similarity two alike claims have.
        List<Meanings.Probe> probes = members.stream().map(m -> meanings.probe(m.article(), m.claim().sentence())).toList();
        int[] stamp = new int[members.size()];
        java.util.Arrays.fill(stamp, -1);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            IntList words = wordsOf.get(i);
            for (int k = 0; k < words.size(); k++) {
                int[] claims = postings.get(words.get(k));
                int from = java.util.Arrays.binarySearch(claims, i) + 1;
                for (int n = from; n < claims.length; n++) {
                    int j = claims[n];
                    if (stamp[j] == i) {
                        continue;
                    }
                    stamp[j] = i;
                    if (article[i] == article[j]) {
                        continue;
                    }
                    if (!Meanings.similarAtLeast(probes.get(i), probes.get(j), Math.min(WITH_SLOTS, ALONE))) {
                        continue;
                    }
                    Member x = members.get(i);
                    Member y = members.get(j);
                    if (alike(x.claim(), y.claim())) {
                        edges.add(new Edge(similarity(x.claim(), y.claim()), x, y, words.get(k), i, j));
                    }
                }
            }
        }
        edges.sort(EDGE_ORDER);
        return edges;
    }

    private double similarity(Claim a, Claim b) {
        return meanings.similarity(a.article(), a.sentence(), b.article(), b.sentence());
    }

    /** Alike in meaning: similar enough, with the same polarity and occasion, and slots that fit. */
    boolean alike(Claim a, Claim b) {
        if (a.article().equals(b.article()) || a.negated() != b.negated() || a.otherOccasion() != b.otherOccasion()) {
            return false;
        }
        if (!sameFigureOfEachKey(a, b)) {
            return false;
        }
        double sim = similarity(a, b);
        return sim >= ALONE || sim >= WITH_SLOTS && compatible(a, b);
    }

    /**
     * True when every key both claims give a figure of has a figure of the same value in both:
     * "two workers were taken to hospital" and "three plant workers were taken to hospital" say
     * the same in other words but for the number, which an editor must not read as agreed.
     */
    private static boolean sameFigureOfEachKey(Claim a, Claim b) {
        for (Quantity x : a.quantities()) {
            if (x.part()) {
                continue;
            }
            boolean keyInB = false;
            boolean valueInB = false;
            for (Quantity y : b.quantities()) {
                if (!y.part() && y.key().equals(x.key())) {
                    keyInB = true;
                    valueInB |= y.value() <= x.upper() && x.value() <= y.upper();
                }
            }
            if (keyInB && !valueInB) {
                return false;
            }
        }
        return true;
    }

    /** Slots that speak of the same thing: a figure of the same kind, a name or place, or a few words. */
    static boolean compatible(Claim a, Claim b) {
        Set<String> keysA = new TreeSet<>();
        a.quantities().stream().filter(q -> !q.part()).map(Quantity::key).forEach(keysA::add);
        Set<String> keysB = new TreeSet<>();
        b.quantities().stream().filter(q -> !q.part()).map(Quantity::key).forEach(keysB::add);
        if (!keysA.isEmpty() && !keysB.isEmpty()) {
            // Both give figures: they must count the same thing ("41 killed" is no population).
            return keysA.stream().anyMatch(keysB::contains);
        }
        if (a.actors().stream().anyMatch(b.actors()::contains) || a.places().stream().anyMatch(b.places()::contains)) {
            return true;
        }
        return SlotClaimAligner.shared(a, b) >= SHARED_WORDS;
    }
}
