package org.factdiff.claims;

import java.util.List;
import org.factdiff.ingest.Article;
import org.factdiff.text.ParsedText;

/** Extracts the claims of one article, one per sentence, in text order. */
public interface ClaimExtractor {
    List<Claim> extract(Article article, ParsedText text);
}
