package org.factdiff.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;
import org.factdiff.claims.QuoteMention;
import org.factdiff.text.Lexicon;
import org.factdiff.text.Meanings;
import org.factdiff.base.Words;

/**
 * Aligns claims by their slots and words:
 *
 * <ul>
 *   <li>figures with the same key (event, counted thing, date context, superseded or not);
 *       figures without an event (distances, speeds, counts of things) also need sentences
 *       that share {@link #FIGURE_CONTEXT} content words, since "10 miles" alone says nothing
 *       of what is measured;</li>
 *   <li>sentences whose content words overlap by {@link #STATEMENT_DICE} or more;</li>
 *   <li>quotations whose words overlap by {@link #QUOTE_DICE} or more.</li>
 * </ul>
 * Only check-worthy claims take part.
 */
public final class SlotClaimAligner implements ClaimAligner {
    /** Content words two sentences must share for figures without an event to be the same fact. */
    public static final int FIGURE_CONTEXT = 3;
    /** Overlap of content words from which two sentences state the same fact. */
    public static final double STATEMENT_DICE = 0.55;
    /** Content words two sentences must share at least to state the same fact. */
    public static final int STATEMENT_SHARED = 5;
    /** Overlap of words from which two quotations are the same quotation. */
    public static final double QUOTE_DICE = 0.6;
    /** A quotation shorter than this, in words, is not compared. */
    public static final int QUOTE_WORDS = 5;

    /**
     * Claims from which a word is too common to block grouping alone ({@link WordBlocking}): such
     * words block in pairs, and a blocking key holds at most this many entries. No case of fewer
     * claims is affected; a case of 1,000 articles has about 18,000 check-worthy claims, most of
     * whose words are in more than this many, and without it grouping tests nearly all pairs.
     */
    static final int BLOCKING_CAP = 1000;
    /**
     * For statements, claims from which a word blocks only in pairs. Pairs of words find the same
     * groups as single words as long as no key is full, and far fewer candidates: measured on a
     * 1,000-article bench corpus, 1.7 million candidate tests instead of 9.4 million, the same groups.
     */
    static final int STATEMENT_COMMON = 20;
    /**
     * For statements, the most groups a blocking key holds. On a 3,000-article bench corpus, 97%
     * of the groups of many members stay exactly those found without a cap, and grouping takes
     * less than half the time; in a case of fewer than this many claims per key nothing changes.
     */
    static final int STATEMENT_CAP = 50;

    /** Hedges that make a figure a guess. */
    static final Set<String> MODAL_HEDGES = Set.of("may", "might", "possibly", "perhaps", "probably", "likely");

    private final Meanings meanings;

    /** By words and slots alone. */
    public SlotClaimAligner() {
        this(Meanings.NONE);
    }

    /** By words, slots and what the sentences mean. */
    public SlotClaimAligner(Meanings meanings) {
        this.meanings = java.util.Objects.requireNonNull(meanings, "meanings");
    }

    private static final Comparator<Claim> CLAIM_ORDER = Comparator.comparing(Claim::article)
            .thenComparingInt(Claim::sentence);

    @Override
    public List<ClaimGroup> align(List<Claim> claims) {
        List<Claim> worthy = claims.stream().filter(Claim::checkWorthy).sorted(CLAIM_ORDER).toList();
        List<ClaimGroup> out = new ArrayList<>();
        out.addAll(figures(worthy));
        out.addAll(statements(worthy));
        out.addAll(quotes(worthy));
        return out;
    }

    private List<ClaimGroup> figures(List<Claim> claims) {
        Map<String, List<Member>> byKey = new TreeMap<>();
        for (Claim c : claims) {
            if (MODAL_HEDGES.contains(c.hedge().toLowerCase(java.util.Locale.ROOT))) {
                continue; // "may be inside", "might rise": a guess, not a figure to compare
            }
            for (Quantity q : c.quantities()) {
                if (!q.part()) {
                    byKey.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(new Member(c, Optional.of(q), Optional.empty()));
                }
            }
        }
        List<ClaimGroup> out = new ArrayList<>();
        for (Map.Entry<String, List<Member>> e : byKey.entrySet()) {
            List<Member> members = e.getValue();
            Quantity q0 = members.get(0).quantity().orElseThrow();
            if ((!q0.event().isEmpty() || q0.rating() || q0.clock() || q0.namedAmount()) && !q0.responseStep()) {
                // an ending's or an order's time needs words in common too: more than one thing is cleared or ordered
                out.add(new ClaimGroup(GroupKind.FIGURE, e.getKey(), members));
                continue;
            }
            // Without an event, split by what the sentences talk about.
            List<List<Member>> clusters = cluster(members, m -> m.claim().content(), size -> FIGURE_CONTEXT, false,
                    BLOCKING_CAP, BLOCKING_CAP, (x, y) -> shared(x.claim(), y.claim()) >= FIGURE_CONTEXT);
            for (List<Member> cluster : clusters) {
                out.add(new ClaimGroup(GroupKind.FIGURE, e.getKey(), cluster));
            }
        }
        return out;
    }

    private List<ClaimGroup> statements(List<Claim> claims) {
        List<Member> members = claims.stream().map(c -> new Member(c, Optional.empty(), Optional.empty())).toList();
        List<ClaimGroup> out = new ArrayList<>();
        List<List<Member>> clusters = completeLink(members, STATEMENT_SHARED, STATEMENT_DICE, STATEMENT_COMMON,
                STATEMENT_CAP, (x, y) -> sameWords(x.claim(), y.claim()), n -> { });
        if (meanings.known()) {
            clusters = new MeaningMerge(meanings).merge(clusters);
        }
        for (List<Member> cluster : clusters) {
            if (cluster.stream().map(Member::article).distinct().count() >= 2) {
                out.add(new ClaimGroup(GroupKind.STATEMENT, cluster.get(0).claim().id(), cluster));
            }
        }
        return out;
    }

    private List<ClaimGroup> quotes(List<Claim> claims) {
        List<Member> members = new ArrayList<>();
        Map<Member, Set<String>> words = new HashMap<>();
        for (Claim c : claims) {
            for (QuoteMention q : c.quotes()) {
                if (Words.count(q.evidence().text()) >= QUOTE_WORDS) {
                    Member m = new Member(c, Optional.empty(), Optional.of(q));
                    members.add(m);
                    words.put(m, quoteWords(q.evidence().text()));
                }
            }
        }
        List<ClaimGroup> out = new ArrayList<>();
        for (List<Member> cluster : cluster(members, words::get, size -> leastOverlap(size, 1, QUOTE_DICE), true,
                BLOCKING_CAP, BLOCKING_CAP, (x, y) -> !x.article().equals(y.article()) && dice(words.get(x), words.get(y)) >= QUOTE_DICE)) {
            if (cluster.stream().map(Member::article).distinct().count() >= 2) {
                out.add(new ClaimGroup(GroupKind.QUOTE, cluster.get(0).claim().id(), cluster));
            }
        }
        return out;
    }

    static Set<String> quoteWords(String quote) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = Words.WORD.matcher(quote);
        while (m.find()) {
            out.add(Lexicon.fold(m.group()));
        }
        return out;
    }

    /**
     * Groups in which every two members of different articles are related (complete link), so
     * that no chain of half-similar sentences joins unrelated ones. Each member joins the first
     * group it fits, in member order; same-article members never join one group.
     */
    static List<List<Member>> completeLink(List<Member> members, java.util.function.BiPredicate<Member, Member> related) {
        List<List<Member>> groups = new ArrayList<>();
        for (Member m : members) {
            List<Member> home = null;
            for (List<Member> g : groups) {
                boolean fits = g.stream().noneMatch(x -> x.article().equals(m.article()))
                        && g.stream().allMatch(x -> related.test(x, m));
                if (fits) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(m)));
            } else {
                home.add(m);
            }
        }
        return groups;
    }

    /**
     * {@link #completeLink(List, java.util.function.BiPredicate)} for a relation that needs at
     * least {@code minShared} content words in common, without testing every pair: two sets
     * sharing that many words share one among the {@code size - minShared + 1} rarest words of
     * each (prefix filtering), so a member is tested only against groups whose first member
     * has such a word. The groups are the same; a case of 1,000 articles aligns in seconds
     * instead of minutes.
     */
    static List<List<Member>> completeLink(List<Member> members, int minShared,
                                           java.util.function.BiPredicate<Member, Member> related) {
        return completeLink(members, minShared, 0, related);
    }

    /**
     * As above for a relation that also needs a Dice overlap of {@code minDice}: a set of n words
     * then shares at least {@code minDice * n / (2 - minDice)} words with any partner, which
     * shortens the prefix of common words each member is looked up by. The groups are the same
     * up to {@link #BLOCKING_CAP} members; past it, words in more claims than that block only in
     * pairs ({@link WordBlocking}), so a case of 10,000 articles groups in near-linear time.
     */
    static List<List<Member>> completeLink(List<Member> members, int minShared, double minDice,
                                           java.util.function.BiPredicate<Member, Member> related) {
        return completeLink(members, minShared, minDice, BLOCKING_CAP, BLOCKING_CAP, related, n -> { });
    }

    /**
     * As above with chosen bounds on blocking ({@link WordBlocking}: claims from which a word is
     * common, entries a key holds), telling {@code candidates} how many groups were tested in all.
     */
    static List<List<Member>> completeLink(List<Member> members, int minShared, double minDice, int common, int cap,
                                           java.util.function.BiPredicate<Member, Member> related,
                                           java.util.function.LongConsumer candidates) {
        // Each member's words as sorted small ints: the overlap a group member must have is
        // counted by a merge before the relation itself is asked, which rules most candidates out.
        Map<String, Integer> wordId = new HashMap<>();
        int[][] words = new int[members.size()][];
        int[] overlap = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Set<String> content = members.get(i).claim().content();
            words[i] = content.stream().mapToInt(w -> wordId.computeIfAbsent(w, k -> wordId.size())).sorted().toArray();
            overlap[i] = leastOverlap(content.size(), minShared, minDice);
        }
        // A group is filed under its first member's words, and a group holds its first member's
        // article, so it can never take another member of that article: lookups skip those.
        WordBlocking blocking = new WordBlocking(members.stream().map(m -> m.claim().content()).toList(), overlap,
                members.stream().map(Member::article).toList(), common, cap, true, members.size());
        List<List<Member>> groups = new ArrayList<>();
        // Each group's member indices, first one first: the candidate test reads the first
        // member's words without going through the group's list, as most candidates fail there.
        int[][] groupIndex = new int[16][];
        int[] groupSize = new int[16];
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int home = -1;
            for (int g : blocking.candidates(i)) {
                if (overlapHolds(words[groupIndex[g][0]], words[i], minShared, minDice)
                        && fits(groups.get(g), groupIndex[g], groupSize[g], m, words, i, minShared, minDice, related)) {
                    home = g;
                    break;
                }
            }
            if (home >= 0) {
                groups.get(home).add(m);
                if (groupSize[home] == groupIndex[home].length) {
                    groupIndex[home] = java.util.Arrays.copyOf(groupIndex[home], groupSize[home] * 2);
                }
                groupIndex[home][groupSize[home]++] = i;
                continue;
            }
            int g = groups.size();
            groups.add(new ArrayList<>(List.of(m)));
            if (g == groupIndex.length) {
                groupIndex = java.util.Arrays.copyOf(groupIndex, g * 2);
                groupSize = java.util.Arrays.copyOf(groupSize, g * 2);
            }
            groupIndex[g] = new int[] {i, 0};
            groupSize[g] = 1;
            blocking.register(i, g);
        }
        candidates.accept(blocking.candidatesReturned());
        return groups;
    }

    /**
     * True when a member may join a group: no member of its article is in it, and it overlaps
     * and is related with every member.
     *
     * @param index the group's member indices; the first {@code size} are in use
     */
    private static boolean fits(List<Member> group, int[] index, int size, Member m, int[][] words, int me,
                                int minShared, double minDice, java.util.function.BiPredicate<Member, Member> related) {
        for (int k = 1; k < size; k++) {
            if (!overlapHolds(words[index[k]], words[me], minShared, minDice)) {
                return false;
            }
        }
        for (Member x : group) {
            if (x.article().equals(m.article())) {
                return false;
            }
        }
        for (Member x : group) {
            if (!related.test(x, m)) {
                return false;
            }
        }
        return true;
    }

    /** True when two sorted word sets share at least {@code minShared} words and a Dice of {@code minDice}. */
    private static boolean overlapHolds(int[] a, int[] b, int minShared, double minDice) {
        // The fewest shared words that can pass both tests: the merge stops once the words left
        // cannot make them up (most candidates fail, and fail early).
        int needed = Math.max(minShared, (int) Math.ceil(minDice * (a.length + b.length) / 2 - 1e-9));
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (common + Math.min(a.length - i, b.length - j) < needed) {
                return false;
            }
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common >= minShared && (a.length + b.length == 0 ? 0 : 2.0 * common / (a.length + b.length)) >= minDice;
    }

    /**
     * The fewest words a set of {@code size} words shares with any partner: {@code minShared},
     * and the overlap a Dice of {@code minDice} needs with the smallest partner.
     */
    static int leastOverlap(int size, int minShared, double minDice) {
        // Rounded down a little so that a product like 7.000000001 does not ask one word too many.
        return Math.max(minShared, (int) Math.ceil(minDice * size / (2 - minDice) - 1e-9));
    }

    /** Single-link clusters by a symmetric relation, in member order, testing every pair. */
    static List<List<Member>> cluster(List<Member> members, java.util.function.BiPredicate<Member, Member> related) {
        int[] parent = new int[members.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (related.test(members.get(i), members.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        return components(members, parent);
    }

    /**
     * As above for a relation that holds only between members sharing at least
     * {@code overlap.applyAsInt(size)} of their {@code words}: only members sharing a blocking
     * key are tested ({@link WordBlocking}). Clusters are components and a component's first
     * member names it, so the clusters are those of testing every pair until a key fills up,
     * whatever order the pairs are found in.
     *
     * @param otherArticlesOnly true when the relation never holds within one article
     * @param common            members from which a word is common and blocks only in pairs
     * @param cap               the most members a blocking key holds
     */
    static List<List<Member>> cluster(List<Member> members, java.util.function.Function<Member, Set<String>> words,
                                      java.util.function.IntUnaryOperator overlap, boolean otherArticlesOnly, int common,
                                      int cap, java.util.function.BiPredicate<Member, Member> related) {
        List<Set<String>> sets = members.stream().map(words).toList();
        int[] least = sets.stream().mapToInt(s -> overlap.applyAsInt(s.size())).toArray();
        WordBlocking blocking = new WordBlocking(sets, least, members.stream().map(Member::article).toList(), common,
                cap, otherArticlesOnly, members.size());
        int[] parent = new int[members.size()];
        for (int j = 0; j < parent.length; j++) {
            parent[j] = j;
            for (int i : blocking.candidates(j)) {
                if (related.test(members.get(i), members.get(j))) {
                    union(parent, i, j);
                }
            }
            blocking.register(j, j);
        }
        return components(members, parent);
    }

    private static void union(int[] parent, int i, int j) {
        int ri = find(parent, i);
        int rj = find(parent, j);
        if (ri != rj) {
            parent[Math.max(ri, rj)] = Math.min(ri, rj);
        }
    }

    private static List<List<Member>> components(List<Member> members, int[] parent) {
        Map<Integer, List<Member>> groups = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(members.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * True when two sentences share enough content words to state the same fact: at least
     * {@link #STATEMENT_SHARED} of them and a Dice overlap of {@link #STATEMENT_DICE}. Only such
     * pairs are read for typed differences (contradictions); pairs joined by meaning alone are not.
     */
    public static boolean sameWords(Claim a, Claim b) {
        return shared(a, b) >= STATEMENT_SHARED && dice(a.content(), b.content()) >= STATEMENT_DICE;
    }

    static int shared(Claim a, Claim b) {
        int n = 0;
        for (String w : a.content()) {
            if (b.content().contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Dice's coefficient of two sets of words: twice the shared over the sum of sizes, 0 for two empty sets. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
