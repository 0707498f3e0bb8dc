package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdiff.Articles;
import org.factdiff.TestFiles;
import org.factdiff.ingest.Article;
import org.factdiff.text.Lexicon;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ClaimExtractorTest {
    static final LocalDate INCIDENT = LocalDate.of(2013, 5, 20);

    static List<Claim> claims(String text) {
        Article a = Articles.of("a", text);
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(Lexicon.builtIn(), Optional.of(INCIDENT));
        return x.extract(a, Articles.parse(List.of(a), List.of()).get(0));
    }

    /** One test per sentence of figures.txt: the marked figures, no more, no fewer. */
    @TestFactory
    List<DynamicTest> figuresAsMarked() throws IOException {
        List<String> lines = Files.readAllLines(TestFiles.resource("claims/figures.txt"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String sentence = lines.get(i);
            if (sentence.isBlank() || sentence.startsWith("#") || sentence.strip().startsWith("^")) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && lines.get(j).strip().startsWith("^"); j++) {
                String marker = lines.get(j);
                int from = marker.indexOf('^');
                int to = marker.lastIndexOf('^') + 1;
                String[] rest = marker.substring(to).strip().split("\\|", 2);
                expected.add(sentence.substring(from, to) + " = " + rest[0].strip() + " | " + rest[1].strip());
            }
            tests.add(DynamicTest.dynamicTest(sentence, () -> {
                List<String> actual = new ArrayList<>();
                for (Claim c : claims(sentence)) {
                    for (Quantity q : c.quantities()) {
                        if (!q.part()) {
                            actual.add(q.evidence().text() + " = " + q.display() + " | " + q.key());
                        }
                    }
                }
                assertEquals(expected, actual);
            }));
        }
        return tests;
    }

    @Test
    void quotationsWithTheirSpeakers() {
        Claim c = claims("\"We came, we saw and we left quickly,\" Mayor John Smith told reporters on Monday.").get(0);
        QuoteMention q = c.quotes().get(0);
        assertEquals("We came, we saw and we left quickly,", q.evidence().text());
        assertEquals("Mayor John Smith", q.speaker());
        assertTrue(q.named());
        QuoteMention after = claims("\"The bridge will reopen next week after repairs,\" said an unnamed official.").get(0)
                .quotes().get(0);
        assertEquals("an unnamed official", after.speaker());
        assertFalse(after.named());
        QuoteMention cited = claims("Reuters cited a local commander as saying \"the road was closed for hours\".").get(0)
                .quotes().get(0);
        assertEquals("a local commander", cited.speaker());
    }

    @Test
    void hedgesNegationAndUnknowns() {
        assertEquals("reportedly", claims("The strikes reportedly occurred near the border town.").get(0).hedge());
        Claim unknown = claims("It is unclear whether anyone was killed in the blast at the depot.").get(0);
        assertTrue(unknown.unknown());
        assertTrue(unknown.events().contains("death"));
        assertTrue(claims("The ministry did not confirm the report on Friday.").get(0).negated());
        assertEquals("", claims("The river rose two metres overnight in the valley.").get(0).hedge());
        assertEquals("", claims("The meeting took place on May 3 in the capital city.").get(0).hedge(), "May the month");
    }

    @Test
    void headlinesAndCaptionsAreNotCheckWorthy() {
        List<Claim> c = claims("Storm kills 24 in Oklahoma\n"
                + "© AP Photo/Sue Ogrocki Rescue workers search the rubble of homes\n"
                + "The storm killed 24 people in the suburb of Moore on Monday afternoon, officials said.");
        assertFalse(c.get(0).checkWorthy());
        assertTrue(c.get(0).quantities().isEmpty(), "a headline's figure repeats the text");
        assertFalse(c.get(1).checkWorthy());
        assertTrue(c.get(2).checkWorthy());
    }

    @Test
    void namesAndTimes() {
        Claim c = claims("On Tuesday, President Barack Obama spoke with Gov. Mary Fallin about the tornado in Moore.").get(0);
        assertTrue(c.times().contains("Tuesday"), c.times().toString());
        assertTrue(c.actors().size() >= 2, c.actors().toString());
        assertTrue(c.checkWorthy());
    }

    @Test
    void idsAreStableAndOffsetsExact() {
        String text = "First sentence with 12 people injured.\nSecond one: the bridge collapsed at 10 p.m. on Friday.";
        List<Claim> a = claims(text);
        List<Claim> b = claims(text);
        assertEquals(a, b);
        for (Claim c : a) {
            assertEquals(text.substring(c.evidence().start(), c.evidence().end()), c.evidence().text());
            for (Quantity q : c.quantities()) {
                assertEquals(text.substring(q.evidence().start(), q.evidence().end()), q.evidence().text());
            }
        }
    }
}
