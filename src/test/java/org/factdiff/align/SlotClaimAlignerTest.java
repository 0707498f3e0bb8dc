package org.factdiff.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdiff.Articles;
import org.factdiff.claims.Claim;
import org.factdiff.claims.RuleBasedClaimExtractor;
import org.factdiff.ingest.Article;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;
import org.junit.jupiter.api.Test;

class SlotClaimAlignerTest {
    static List<ClaimGroup> align(Article... articles) {
        List<ParsedText> texts = Articles.parse(List.of(articles), List.of());
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.of(LocalDate.of(2024, 1, 1)));
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            claims.addAll(x.extract(articles[i], texts.get(i)));
        }
        return new SlotClaimAligner().align(claims);
    }

    static List<ClaimGroup> of(List<ClaimGroup> groups, GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind && g.articles() >= 2).toList();
    }

    @Test
    void figuresOfTheSameFactAlignAcrossWordings() {
        List<ClaimGroup> g = align(Articles.of("a", "Nine people were killed in the fire on Friday night."),
                Articles.of("b", "The blaze left nine dead, the fire chief told reporters."),
                Articles.of("c", "Four firefighters were injured while fighting the blaze."));
        List<ClaimGroup> figures = of(g, GroupKind.FIGURE);
        assertEquals(1, figures.size());
        assertEquals("death|people|", figures.get(0).key());
    }

    @Test
    void measuresNeedTheSameSubject() {
        List<ClaimGroup> g = align(Articles.of("a", "The town lies 10 miles south of the state capital city."),
                Articles.of("b", "The tornado path was two miles wide across the farmland."));
        assertTrue(of(g, GroupKind.FIGURE).isEmpty());
    }

    @Test
    void nearSameSentencesAndQuotesAlign() {
        List<ClaimGroup> g = align(
                Articles.of("a", "The minister said the new bridge over the river would open to traffic in March. "
                        + "\"We will not accept any further delays on this project,\" the minister said."),
                Articles.of("b", "The new bridge over the river will open to traffic in March, the minister said. "
                        + "\"We will not accept further delays on this project,\" she added."));
        assertEquals(1, of(g, GroupKind.STATEMENT).size());
        assertEquals(1, of(g, GroupKind.QUOTE).size());
    }

    @Test
    void unrelatedSentencesStayApart() {
        List<ClaimGroup> g = align(Articles.of("a", "The minister opened the new hospital wing in the north on Monday."),
                Articles.of("b", "Police arrested two men after a robbery at a petrol station on Monday."));
        assertTrue(of(g, GroupKind.STATEMENT).isEmpty());
    }

    /**
     * Claims of sentences from a small vocabulary, so that many share words and some share
     * enough, and of a text that repeats one sentence: its members found groups the others may
     * join, never each other's.
     */
    static List<Member> smallVocabularyMembers() {
        String[] vocabulary = {"river", "bridge", "mayor", "council", "storm", "flood", "road", "police", "school",
                "hospital", "train", "station", "fire", "crew", "village", "city", "report", "damage", "water", "power"};
        java.util.Random random = new java.util.Random(7);
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 30; s++) {
                text.append("The");
                for (int w = 0, n = 6 + random.nextInt(8); w < n; w++) {
                    text.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
                }
                text.append(". ");
            }
            articles.add(Articles.of("a" + a, text.toString()));
        }
        articles.add(Articles.of("a6", "The river bridge mayor council storm flood road police school. ".repeat(200)));
        return members(articles);
    }

    static List<Member> members(List<Article> articles) {
        List<ParsedText> texts = Articles.parse(articles, List.of());
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.empty());
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            x.extract(articles.get(i), texts.get(i)).forEach(c -> members.add(new Member(c, Optional.empty(), Optional.empty())));
        }
        return members;
    }

    static final java.util.function.BiPredicate<Member, Member> SAME_WORDS = (p, q) -> SlotClaimAligner.shared(p.claim(),
            q.claim()) >= 5 && SlotClaimAligner.dice(p.claim().content(), q.claim().content()) >= SlotClaimAligner.STATEMENT_DICE;

    @Test
    void indexedCompleteLinkGivesTheSameGroupsAsTestingEveryPair() {
        List<Member> members = smallVocabularyMembers();
        List<List<Member>> everyPair = SlotClaimAligner.completeLink(members, SAME_WORDS);
        assertTrue(everyPair.stream().anyMatch(g -> g.size() >= 2), "the fixture must form some groups");
        assertEquals(everyPair, SlotClaimAligner.completeLink(members, 5, SAME_WORDS));
        assertEquals(everyPair, SlotClaimAligner.completeLink(members, 5, SlotClaimAligner.STATEMENT_DICE, SAME_WORDS),
                "the Dice-aware prefix finds the same groups");
    }

    @Test
    void commonWordsBlockInPairsAndFindTheSameGroups() {
        List<Member> members = smallVocabularyMembers();
        List<List<Member>> everyPair = SlotClaimAligner.completeLink(members, SAME_WORDS);
        long[] byWords = {0};
        long[] byPairs = {0};
        int none = Integer.MAX_VALUE;
        assertEquals(everyPair, SlotClaimAligner.completeLink(members, 5, SlotClaimAligner.STATEMENT_DICE, none, none,
                SAME_WORDS, n -> byWords[0] = n));
        // Every word common: only pairs of words block, and no key is full, so nothing is missed.
        assertEquals(everyPair, SlotClaimAligner.completeLink(members, 5, SlotClaimAligner.STATEMENT_DICE, 1, none,
                SAME_WORDS, n -> byPairs[0] = n), "pairs of common words find the same groups");
        assertTrue(byPairs[0] < byWords[0], "pairs of words are more selective: " + byPairs[0] + " vs " + byWords[0]);
    }

    @Test
    void aWordInEveryClaimDoesNotMakeGroupingTestEveryPair() {
        // Each sentence: five words every sentence has and five of its own, so no two are related
        // (a Dice of 0.5), yet each one's prefix holds a word of every other sentence.
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "ta", "vi", "zo"};
        List<Article> articles = new ArrayList<>();
        int n = 200;
        for (int a = 0; a < n; a++) {
            StringBuilder text = new StringBuilder("The harbour crane tower ferry pier");
            for (int w = 0; w < 5; w++) {
                int k = a * 5 + w;
                text.append(' ').append(syllables[k % 8]).append(syllables[k / 8 % 8]).append(syllables[k / 64 % 8])
                        .append(syllables[k / 512 % 8]);
            }
            articles.add(Articles.of(String.format(java.util.Locale.ROOT, "a%03d", a), text.append(".").toString()));
        }
        List<Member> members = members(articles);
        assertEquals(n, members.size());
        assertTrue(members.stream().allMatch(m -> m.claim().content().size() == 10), "ten content words a claim");
        long[] uncapped = {0};
        long[] capped = {0};
        int none = Integer.MAX_VALUE;
        List<List<Member>> all = SlotClaimAligner.completeLink(members, 5, SlotClaimAligner.STATEMENT_DICE, none, none,
                SAME_WORDS, c -> uncapped[0] = c);
        assertEquals(n * (n - 1) / 2, uncapped[0], "without the cap, prefix filtering tests every pair");
        int cap = 10;
        assertEquals(all, SlotClaimAligner.completeLink(members, 5, SlotClaimAligner.STATEMENT_DICE, cap, cap,
                SAME_WORDS, c -> capped[0] = c));
        assertTrue(capped[0] <= (long) cap * n, "at most " + cap + " candidates a claim, were " + capped[0]);
    }

    @Test
    void blockedSingleLinkFindsTheClustersOfEveryPair() {
        List<Member> members = smallVocabularyMembers();
        java.util.function.BiPredicate<Member, Member> context = (p, q) -> SlotClaimAligner.shared(p.claim(), q.claim())
                >= SlotClaimAligner.FIGURE_CONTEXT;
        java.util.function.BiPredicate<Member, Member> otherArticle = (p, q) -> !p.article().equals(q.article())
                && SlotClaimAligner.dice(p.claim().content(), q.claim().content()) >= SlotClaimAligner.QUOTE_DICE;
        int none = Integer.MAX_VALUE;
        for (int common : new int[] {1, none}) {
            assertEquals(SlotClaimAligner.cluster(members, context), SlotClaimAligner.cluster(members,
                    m -> m.claim().content(), size -> SlotClaimAligner.FIGURE_CONTEXT, false, common, none, context));
            assertEquals(SlotClaimAligner.cluster(members, otherArticle), SlotClaimAligner.cluster(members,
                    m -> m.claim().content(), size -> SlotClaimAligner.leastOverlap(size, 1, SlotClaimAligner.QUOTE_DICE),
                    true, common, none, otherArticle));
        }
    }
}
