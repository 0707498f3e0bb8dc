package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PolarityConflicts}: an act denied by one article and reported by another.
 * Each look-alike stands beside a real conflict of the same shape, so that silencing the
 * look-alike by silencing everything fails. Written for this test; no article's text.
 */
class PolarityConflictsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a denial of something else       | Police did not say whether the driver of the lorry was charged. | The driver of the lorry was charged with dangerous driving, police said.
            a denial about someone else      | Police have not charged the cyclist who was hit, a spokesman said. | The lorry driver was charged with dangerous driving, police said.
            a denial whose speaker names the other's object | "The side gate was not locked as it should have been," said Ada Pell, the Orrin Trust's head of security. | Thieves locked the Orrin Trust's staff in the office on Monday, police said.
            a bound on a reading, not a denial | Air monitors in the Dunmore estate never recorded more than 0.2 parts per million of ammonia, the council said. | Sensors at the Dunmore works recorded ammonia levels of 0.9 parts per million on Monday, the agency said.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.found(a, b), why);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            negation | a reading and none recorded    | Air monitors in the Dunmore estate never recorded ammonia after the leak, the council said. | Air monitors in the Dunmore estate recorded ammonia levels of 0.9 parts per million after the leak, the agency said.
            negation | charged and not charged        | Police have not charged the driver of the lorry, a spokesman said on Friday. | The driver of the lorry was charged with dangerous driving, police said.
            """)
    void realConflictsOfTheSameShapeAreReported(String kind, String why, String a, String b) throws Exception {
        String found = RuleCases.found(a, b);
        assertTrue(List.of(found.split(" ")).contains(kind), why + ": " + found);
    }

    /**
     * Many articles deny an act and many report it: one dispute, one finding holding every
     * sentence, not one finding per pair of sentences (which grows with the square of the case).
     */
    @Test
    void oneDisputeOverManyArticlesIsOneFinding() throws Exception {
        List<org.factdiff.ingest.Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            articles.add(Articles.of("d" + i, "The harbour pilot has not been charged over the ferry collision, officials said on day " + (i + 1) + "."));
            articles.add(Articles.of("r" + i, "The harbour pilot was charged over the ferry collision, a court clerk said on day " + (i + 1) + "."));
        }
        List<Contradiction> found = ClaimsPipeline.compare(articles).contradictions().stream()
                .filter(c -> c.kind() == ContradictionKind.NEGATION).toList();
        assertEquals(1, found.size(), found.toString());
        Contradiction c = found.get(0);
        assertEquals(12, c.values().size());
        assertEquals(6, c.values().stream().filter(v -> v.value().equals("not charged")).count());
        assertTrue(c.explanation().startsWith("d0, d1, d2, d3, d4 and d5 say it was not charged; r0, r1, r2, r3, r4 and r5 say it was."),
                c.explanation());
    }

    /**
     * A side of more articles than a sentence can name is named in part and counted: the
     * explanation stays readable, and the finding still holds every article's sentence.
     */
    @Test
    void aLongSideIsNamedInPartAndCounted() throws Exception {
        List<org.factdiff.ingest.Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            articles.add(Articles.of(String.format(java.util.Locale.ROOT, "d%02d", i),
                    "The harbour pilot has not been charged over the ferry collision, officials said on day " + (i + 1) + "."));
        }
        for (int i = 0; i < 2; i++) {
            articles.add(Articles.of("r" + i, "The harbour pilot was charged over the ferry collision, a court clerk said on day " + (i + 1) + "."));
        }
        Contradiction c = ClaimsPipeline.compare(articles).contradictions().stream()
                .filter(x -> x.kind() == ContradictionKind.NEGATION).findFirst().orElseThrow();
        assertEquals(13, c.values().size());
        assertTrue(c.explanation().startsWith("d00, d01, d02, d03, d04, d05 and 5 more say it was not charged; r0 and r1 say it was."),
                c.explanation());
    }
}
