package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factdiff.align.ClaimGroup;
import org.factdiff.claims.Claim;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Meanings;
import org.factdiff.base.IntList;
import org.factdiff.base.Words;

/**
 * Facts only one article states, ranked by how much they are worth checking. A sentence is
 * stated elsewhere when another article has a sentence close to it in meaning (or, without
 * the encoder, when it is aligned with another article's claim or lies in a shared passage).
 * The top ones of each article are shown; the rest are kept, folded.
 */
final class SingleSources {
    /** A sentence at least this close in meaning to one of another article is stated there too. */
    static final double STATED_ELSEWHERE = 0.80;
    /** A sentence shorter than this, in words, states too little to check. */
    static final int MIN_WORDS = 5;
    /** Without the encoder: a claim mostly inside a passage shared with another article is stated there too. */
    static final double SHARED_SHARE = 0.5;
    /** Words in more sentences than this share of the case do not suggest that two sentences meet. */
    static final double COMMON_WORD_SHARE = 0.05;
    /** A word is common only when it is in at least this many sentences. */
    static final int COMMON_WORD_MIN = 50;
    /**
     * A word in more sentences than this is common in any case: in a case of thousands of
     * articles, 5% of the claims is thousands of sentences to compare each claim with, and a
     * sentence that says the same in other words still shares a rarer word (a name, a figure).
     * Below 4,000 claims the share alone decides.
     */
    static final int COMMON_WORD_MAX = 200;

    /** The claims shown, at most {@link SingleSource#SHOWN_PER_ARTICLE} per article, and the rest, folded. */
    record Selection(List<SingleSource> shown, List<SingleSource> folded) {
        Selection {
            shown = List.copyOf(shown);
            folded = List.copyOf(folded);
        }
    }

    private SingleSources() {
    }

    static Selection find(CaseClaims in) {
        Set<String> elsewhere = in.meanings().known() ? statedByMeaning(in) : statedByWords(in);
        Map<String, List<SingleSource>> byArticle = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Claim c : in.claims()) {
            // An article that holds a sentence twice (a lede repeated under a photo) states it once.
            if (elsewhere.contains(c.id()) || Words.count(c.evidence().text()) < MIN_WORDS || !seen.add(c.id())) {
                continue;
            }
            CheckWorthiness.Score score = CheckWorthiness.of(c);
            if (score.value() < CheckWorthiness.FLOOR) {
                continue;
            }
            byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(new SingleSource(
                    Ids.of("s", List.of(c.article(), c.evidence().text())), c.evidence(), score.value(), score.reasons()));
        }
        List<SingleSource> shown = new ArrayList<>();
        List<SingleSource> folded = new ArrayList<>();
        for (List<SingleSource> ranked : byArticle.values()) {
            ranked.sort(RANK);
            shown.addAll(ranked.subList(0, Math.min(SingleSource.SHOWN_PER_ARTICLE, ranked.size())));
            folded.addAll(ranked.subList(Math.min(SingleSource.SHOWN_PER_ARTICLE, ranked.size()), ranked.size()));
        }
        return new Selection(shown, folded);
    }

    /** Within an article: the highest score first, then text order. */
    static final Comparator<SingleSource> RANK = Comparator.comparingDouble((SingleSource s) -> -s.score())
            .thenComparing(SingleSource::evidence).thenComparing(SingleSource::id);

    /**
     * The claims another article states in other words: a sentence of another article at least
     * {@link #STATED_ELSEWHERE} close in meaning. Only sentences that share a word that is not
     * common in the case are compared, so the work grows with what the articles share.
     */
    private static Set<String> statedByMeaning(CaseClaims in) {
        List<Claim> claims = in.claims();
        Map<String, Integer> df = new HashMap<>();
        for (Claim c : claims) {
            c.content().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int common = Math.min(COMMON_WORD_MAX, Math.max(COMMON_WORD_MIN, (int) (COMMON_WORD_SHARE * claims.size())));
        // Claims are compared by their sentences, and a sentence holds several claims: each
        // sentence is indexed and compared once, whichever of its claims brings it up.
        Map<String, Integer> sentenceIds = new HashMap<>();
        int[] sentenceOf = new int[claims.size()];
        List<Claim> firstOfSentence = new ArrayList<>();
        List<List<Integer>> claimsOf = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            int id = sentenceIds.computeIfAbsent(c.article() + '\n' + c.sentence(), k -> firstOfSentence.size());
            if (id == firstOfSentence.size()) {
                firstOfSentence.add(c);
                claimsOf.add(new ArrayList<>());
            }
            sentenceOf[i] = id;
            claimsOf.get(id).add(i);
        }
        Map<String, IntList> byWord = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (String w : claims.get(i).content()) {
                if (df.get(w) <= common) {
                    byWord.computeIfAbsent(w, k -> new IntList()).addUnlessLast(sentenceOf[i]);
                }
            }
        }
        Map<String, Set<String>> figureArticles = new HashMap<>();
        for (Claim c : claims) {
            c.quantities().forEach(q -> figureArticles.computeIfAbsent(q.key(), k -> new HashSet<>()).add(c.article()));
        }
        Meanings meanings = in.meanings();
        // Each sentence looked up once, with the coarse copy that rules out most pairs.
        List<Meanings.Probe> probes = firstOfSentence.parallelStream().map(c -> meanings.probe(c.article(), c.sentence())).toList();
        Map<String, Integer> articleIds = new HashMap<>();
        int[] articleOf = new int[firstOfSentence.size()];
        for (int k = 0; k < articleOf.length; k++) {
            articleOf[k] = articleIds.computeIfAbsent(firstOfSentence.get(k).article(), a -> articleIds.size());
        }
        // Each sentence's claims are looked up together, the sentences on all cores; the answers
        // are gathered by index.
        boolean[] stated = new boolean[claims.size()];
        // Per thread, the sentences the current one has been compared with: its number plus one
        // where the two are not alike enough, minus that where they are.
        ThreadLocal<int[]> met = ThreadLocal.withInitial(() -> new int[firstOfSentence.size()]);
        java.util.stream.IntStream.range(0, claimsOf.size()).parallel().forEach(s -> {
            int[] seen = met.get();
            int failed = s + 1;
            for (int i : claimsOf.get(s)) {
                stated[i] = statedElsewhere(claims.get(i), s, failed, seen, byWord, df, figureArticles, probes,
                        articleOf);
            }
        });
        Set<String> out = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            if (stated[i]) {
                out.add(claims.get(i).id());
            }
        }
        return out;
    }

    /**
     * True when a sentence of another article that shares one of the claim's uncommon words is
     * at least {@link #STATED_ELSEWHERE} close in meaning to the claim's sentence {@code s}.
     * {@code seen} remembers, for the sentence {@code s}, the sentences already compared:
     * {@code failed} where they were not close enough, {@code -failed} where they were.
     */
    private static boolean statedElsewhere(Claim c, int s, int failed, int[] seen, Map<String, IntList> byWord,
                                           Map<String, Integer> df, Map<String, Set<String>> figureArticles,
                                           List<Meanings.Probe> probes, int[] articleOf) {
        // A figure of something no other article counts is news, however alike the rest of the
        // sentence ("... about 55 km from the base where advisers train ...").
        if (c.quantities().stream().anyMatch(q -> figureArticles.get(q.key()).size() == 1)) {
            return false;
        }
        // Rarest words first: a sentence stated elsewhere is most often found through them, and
        // the search stops there. The answer is the same in any order.
        List<String> words = c.content().stream().filter(byWord::containsKey)
                .sorted(Comparator.comparingInt((String w) -> df.get(w)).thenComparing(w -> w)).toList();
        for (String w : words) {
            IntList others = byWord.get(w);
            for (int n = 0; n < others.size(); n++) {
                int k = others.get(n);
                if (seen[k] == -failed) {
                    return true;
                }
                if (seen[k] == failed) {
                    continue;
                }
                if (articleOf[k] == articleOf[s]) {
                    seen[k] = failed;
                    continue;
                }
                boolean alike = Meanings.similarAtLeast(probes.get(s), probes.get(k), STATED_ELSEWHERE);
                seen[k] = alike ? -failed : failed;
                if (alike) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Without the encoder: claims aligned with another article's, or mostly inside a shared passage. */
    private static Set<String> statedByWords(CaseClaims in) {
        Set<String> out = new HashSet<>();
        for (ClaimGroup g : in.groups()) {
            if (g.articles() >= 2) {
                g.members().forEach(m -> out.add(m.claim().id()));
            }
        }
        Map<String, List<Excerpt>> sides = sharedSides(in.reuse());
        for (Claim c : in.claims()) {
            if (sharedElsewhere(c.evidence(), sides.getOrDefault(c.evidence().article(), List.of()))) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** Each article's sides of the passages it shares, gathered once so that a claim looks at its own article's only. */
    private static Map<String, List<Excerpt>> sharedSides(ReuseResult reuse) {
        Map<String, List<Excerpt>> sides = new HashMap<>();
        for (ReusePair p : reuse.pairs()) {
            for (Passage s : p.passages()) {
                sides.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(s.a());
                sides.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(s.b());
            }
        }
        return sides;
    }

    /** True when most of the excerpt lies in passages its article shares with another. */
    private static boolean sharedElsewhere(Excerpt e, List<Excerpt> sides) {
        int covered = 0;
        for (Excerpt side : sides) {
            covered = Math.max(covered, Math.min(side.end(), e.end()) - Math.max(side.start(), e.start()));
        }
        return covered >= SHARED_SHARE * e.length();
    }
}
