package org.factdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static List<String> norms(Lexicon lexicon, String text) {
        return new TextAnalyzer(lexicon).analyze("t", text).tokens().stream().map(Token::norm).toList();
    }

    @Test
    void builtInVariantsReadTheSame() {
        Lexicon l = Lexicon.builtIn();
        assertEquals(norms(l, "the US said"), norms(l, "the U.S. said"));
        assertEquals(norms(l, "the US said"), norms(l, "the United States said"));
        assertEquals(norms(l, "NATO jets"), norms(l, "North Atlantic Treaty Organisation jets"));
        assertEquals(norms(l, "Russia said"), norms(l, "Russian Federation said"));
        // The common spellings of armed groups and places in news copy.
        assertEquals(norms(l, "fighters of Daesh"), norms(l, "fighters of ISIL"));
        assertEquals(norms(l, "fighters of ISIS"), norms(l, "fighters of Islamic State"));
        assertEquals(norms(l, "the Hizbollah commander"), norms(l, "the Hezbollah commander"));
        assertEquals(norms(l, "flights to Kiev"), norms(l, "flights to Kyiv"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        Lexicon l = Lexicon.builtIn();
        assertNotEquals(norms(l, "the US"), norms(l, "for us"));
        assertEquals("us", norms(l, "for us").get(1));
    }

    @Test
    void caseAliasesAndMergedGroups() {
        Lexicon l = Lexicon.withNames(List.of(List.of("At Tanf", "al-Tanf", "Tanf"), List.of("Moskva", "Russia")));
        assertEquals(norms(l, "near At Tanf town"), norms(l, "near al-Tanf town"));
        assertEquals(norms(l, "Moskva"), norms(l, "Russian Federation"), "a case group sharing a form joins the built-in one");
        Token t = new TextAnalyzer(l).analyze("t", "near al-Tanf town").tokens().get(1);
        assertEquals("al-Tanf", "near al-Tanf town".substring(t.start(), t.end()));
        assertEquals(2, t.words());
    }

    @Test
    void spellingStemsAndNumbers() {
        Lexicon l = Lexicon.builtIn();
        assertEquals(l.norm("organization"), l.norm("organisation"));
        assertEquals(l.norm("defense"), l.norm("defence"));
        assertEquals("4", l.norm("four"));
        assertEquals("1000", l.norm("1,000"));
        assertEquals(l.norm("strikes"), l.norm("strike"));
        assertEquals(l.norm("Syria's"), l.norm("Syria"));
    }

    @Test
    void synonymsShareAClassButNotANorm() {
        Lexicon l = Lexicon.builtIn();
        assertNotEquals(l.norm("deaths"), l.norm("fatalities"));
        assertEquals(l.synonymClass(l.norm("deaths")), l.synonymClass(l.norm("fatalities")));
    }

    @Test
    void aLexiconSharedBetweenThreadsNormalisesAsOneThreadDoes() {
        // Snowball's stemmer keeps state between calls; a shared one mixed words of two threads
        // ("died" came out as "in").
        Lexicon lexicon = Lexicon.builtIn();
        java.util.Random random = new java.util.Random(9);
        String[] stems = {"destroy", "kill", "busi", "nation", "report", "walk", "die", "general", "happi", "connect"};
        String[] endings = {"", "ed", "ing", "ness", "s", "ation", "ly", "ies"};
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            words.add(stems[random.nextInt(stems.length)] + endings[random.nextInt(endings.length)]);
        }
        java.util.List<String> alone = words.stream().map(lexicon::norm).toList();
        for (int round = 0; round < 5; round++) {
            List<String> shared = words.parallelStream().map(lexicon::norm).toList();
            for (int i = 0; i < words.size(); i++) {
                assertEquals(alone.get(i), shared.get(i), "round " + round + ", word " + words.get(i));
            }
        }
    }
}
