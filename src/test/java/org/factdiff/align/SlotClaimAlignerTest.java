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

    @Test
    void indexedCompleteLinkGivesTheSameGroupsAsTestingEveryPair() {
        // Sentences from a small vocabulary, so that many share words and some share enough.
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
        // A text that repeats one sentence: its members found groups the others may join, never each other's.
        articles.add(Articles.of("a6", "The river bridge mayor council storm flood road police school. ".repeat(200)));
        List<ParsedText> texts = Articles.parse(articles, List.of());
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.empty());
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            x.extract(articles.get(i), texts.get(i)).forEach(c -> members.add(new Member(c, Optional.empty(), Optional.empty())));
        }
        java.util.function.BiPredicate<Member, Member> related = (p, q) -> SlotClaimAligner.shared(p.claim(), q.claim()) >= 5
                && SlotClaimAligner.dice(p.claim().content(), q.claim().content()) >= SlotClaimAligner.STATEMENT_DICE;
        List<List<Member>> everyPair = SlotClaimAligner.completeLink(members, related);
        assertTrue(everyPair.stream().anyMatch(g -> g.size() >= 2), "the fixture must form some groups");
        assertEquals(everyPair, SlotClaimAligner.completeLink(members, 5, related));
        assertEquals(everyPair, SlotClaimAligner.completeLink(members, 5, SlotClaimAligner.STATEMENT_DICE, related),
                "the Dice-aware prefix finds the same groups");
    }
}
