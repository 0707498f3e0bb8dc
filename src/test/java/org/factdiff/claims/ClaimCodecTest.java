package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdiff.TestFiles;
import org.factdiff.casefile.CaseFile;
import org.factdiff.ingest.Article;
import org.factdiff.ingest.Ingest;
import org.factdiff.text.Lexicon;
import org.factdiff.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Claims written to the cache come back as equal records, and the same claims give the same bytes. */
class ClaimCodecTest {
    @Test
    void theExamplesClaimsComeBackEqual() throws Exception {
        var c = CaseFile.load(TestFiles.exampleCase());
        Lexicon lexicon = Lexicon.withNames(List.of(List.of("At Tanf", "al-Tanf", "Tanf")));
        RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor(lexicon, c.incidentDate());
        List<Claim> all = new ArrayList<>();
        for (Article a : new Ingest().read(c)) {
            List<Claim> claims = extractor.extract(a, new TextAnalyzer(lexicon).analyze(a.id(), a.text()));
            byte[] bytes = bytes(claims);
            List<Claim> back = ClaimCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
            assertEquals(claims, back, a.id());
            assertArrayEquals(bytes, bytes(back), a.id() + ": the same claims give the same bytes");
            all.addAll(claims);
        }
        // Every kind of slot was written and read back, not only empty ones.
        assertTrue(all.stream().anyMatch(x -> !x.quantities().isEmpty()), "quantities");
        assertTrue(all.stream().anyMatch(x -> !x.quotes().isEmpty()), "quotes");
        assertTrue(all.stream().anyMatch(x -> !x.titles().isEmpty()), "titles");
        assertTrue(all.stream().anyMatch(x -> !x.events().isEmpty()), "events");
        assertTrue(all.stream().flatMap(x -> x.roles().stream())
                .anyMatch(r -> r.agent().isPresent() && r.patient().isPresent() && !r.groups().isEmpty()), "roles");
        assertTrue(all.stream().anyMatch(x -> !x.hedge().isEmpty()), "hedges");
    }

    @Test
    void theKeyNamesTheTaggerOrThereIsNone() {
        Lexicon lexicon = Lexicon.builtIn();
        assertTrue(new RuleBasedClaimExtractor(lexicon, Optional.empty(), Tagger.model()).cacheKey().isPresent());
        assertTrue(new RuleBasedClaimExtractor(lexicon, Optional.empty(), Tagger.rules()).cacheKey().isPresent());
        Tagger unnamed = words -> words.stream().map(w -> "NOUN").toArray(String[]::new);
        assertEquals(Optional.empty(), new RuleBasedClaimExtractor(lexicon, Optional.empty(), unnamed).cacheKey(),
                "a tagger that cannot name itself is not cached");
        assertTrue(!new RuleBasedClaimExtractor(lexicon, Optional.empty(), Tagger.model()).cacheKey()
                .equals(new RuleBasedClaimExtractor(lexicon, Optional.empty(), Tagger.rules()).cacheKey()));
    }

    private static byte[] bytes(List<Claim> claims) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        ClaimCodec.write(claims, out);
        out.flush();
        return b.toByteArray();
    }
}
