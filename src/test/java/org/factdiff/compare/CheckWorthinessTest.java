package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdiff.Articles;
import org.factdiff.claims.Claim;
import org.factdiff.claims.RuleBasedClaimExtractor;
import org.factdiff.ingest.Article;
import org.factdiff.text.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pairs of sentences in which the first is worth checking more than the second, and why. Written for this test. */
class CheckWorthinessTest {
    private static CheckWorthiness.Score score(String sentence) throws Exception {
        // Two sentences before it, so that it is not read as the lede.
        Article a = Articles.of("a", "The ferry service resumed on Friday. Crews cleared the slipway. " + sentence);
        Claim c = new RuleBasedClaimExtractor(Lexicon.builtIn(), java.util.Optional.empty())
                .extract(a, Articles.parse(List.of(a), List.of()).get(0)).get(2);
        return CheckWorthiness.of(c);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a figure over a feeling              | Nine cabins flooded when the ferry listed, the harbour master said. | The harbour master said he was saddened by what happened to the ferry.
            a named source over an unnamed one   | Coastguard commander Ilse Mertens said the ferry left without clearance. | A passenger said the ferry left without clearance that morning.
            an accusation over a description     | The union blamed the ferry operator for cutting the crew to four. | The ferry operator has run the crossing for many years with a small crew.
            a report over a caption              | Engineers from the port found a cracked hull plate below the waterline. | Photo taken from the quay shows the ferry listing beside the pier.
            the report over boilerplate          | The port authority fined the operator for the missing lifejackets. | Subscribe to our newsletter for the latest on the ferry inquiry and more.
            """)
    void theFirstIsMoreWorthChecking(String why, String better, String worse) throws Exception {
        CheckWorthiness.Score b = score(better);
        CheckWorthiness.Score w = score(worse);
        assertTrue(b.value() > w.value(), why + ": " + b + " vs " + w);
        assertTrue(b.value() >= CheckWorthiness.FLOOR, why + ": " + b);
    }
}
