package org.factdiff.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.factdiff.Articles;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.SlotClaimAligner;
import org.factdiff.casefile.Timestamp;
import org.factdiff.claims.Claim;
import org.factdiff.claims.RuleBasedClaimExtractor;
import org.factdiff.ingest.Article;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.reuse.WinnowingReuseDetector;
import org.factdiff.text.Lexicon;
import org.factdiff.text.Meanings;
import org.factdiff.text.MiniLmEncoder;
import org.factdiff.text.ParsedText;

/** The claim stages over articles made from strings. */
final class ClaimsPipeline {
    private ClaimsPipeline() {
    }

    static Comparison compare(List<Article> articles) throws Exception {
        return compare(articles, false);
    }

    /** As above, with the sentence encoder when {@code meaning} is true (as a real run has it). */
    static Comparison compare(List<Article> articles, boolean meaning) throws Exception {
        return compare(articles, meaning, Optional.of(LocalDate.of(2024, 5, 1)));
    }

    /** As above, with the incident's date known to the claims stage or not ({@code reference} empty, as for undated articles). */
    static Comparison compare(List<Article> articles, boolean meaning, Optional<LocalDate> reference) throws Exception {
        List<ParsedText> texts = Articles.parse(articles, List.of());
        Meanings meanings = meaning ? Meanings.of(texts, new MiniLmEncoder(1)) : Meanings.NONE;
        Lexicon lexicon = Lexicon.builtIn();
        RuleBasedClaimExtractor x = new RuleBasedClaimExtractor(lexicon, reference);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            claims.addAll(x.extract(articles.get(i), texts.get(i)));
        }
        List<ClaimGroup> groups = new SlotClaimAligner(meanings).align(claims);
        ReuseResult reuse = new WinnowingReuseDetector().detect(articles, texts);
        Map<String, ParsedText> byId = new TreeMap<>();
        texts.forEach(t -> byId.put(t.id(), t));
        Map<String, Timestamp> published = new TreeMap<>();
        articles.forEach(a -> a.published().ifPresent(t -> published.put(a.id(), t)));
        return new RuleBasedComparer(lexicon, published, meanings).compare(groups, claims, reuse, byId);
    }
}
