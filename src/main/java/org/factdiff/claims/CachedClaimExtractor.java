package org.factdiff.claims;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.factdiff.base.Cache;
import org.factdiff.base.Sha256;
import org.factdiff.casefile.Timestamp;
import org.factdiff.ingest.Article;
import org.factdiff.text.ParsedText;

/**
 * Claims of earlier runs: an article whose id, publication date and clean text are unchanged,
 * read with the same names, reference date and tagger by the same build, gets the claims
 * stored for it; any other is extracted and its claims stored. A claim is a function of
 * those inputs alone, so the claims are the same with or without the cache.
 */
public final class CachedClaimExtractor implements ClaimExtractor {
    /** The kind of cache entry (and file extension) that holds an article's claims. */
    public static final String KIND = "claims";

    private final ClaimExtractor extractor;
    private final Cache.Key settings;
    private final Cache cache;

    private CachedClaimExtractor(ClaimExtractor extractor, Cache.Key settings, Cache cache) {
        this.extractor = extractor;
        this.settings = settings;
        this.cache = cache;
    }

    /** The extractor with a cache in front, or the extractor alone when its claims cannot be keyed. */
    public static ClaimExtractor of(RuleBasedClaimExtractor extractor, Cache cache) {
        Optional<Cache.Key> key = extractor.cacheKey();
        if (key.isEmpty() || cache.folder().isEmpty()) {
            return extractor;
        }
        return new CachedClaimExtractor(extractor, key.get(), cache);
    }

    @Override
    public List<Claim> extract(Article article, ParsedText text) {
        // The extractor reads the article's id, its date of publication and its text, no more.
        Cache.Key key = settings.and(article.id()).and(article.published().map(Timestamp::date)
                .map(Object::toString).orElse("")).and(Sha256.hex(text.text().getBytes(StandardCharsets.UTF_8)));
        Optional<List<Claim>> cached = cache.load(key, ClaimCodec::read);
        if (cached.isPresent()) {
            return cached.get();
        }
        List<Claim> claims = extractor.extract(article, text);
        cache.store(key, claims, ClaimCodec::write);
        return claims;
    }
}
