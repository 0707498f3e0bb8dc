package org.factdiff.reuse;

/**
 * Thresholds of reuse detection, each a named value with the reason for it. Change them with
 * the {@code with...} methods; the defaults were chosen on the example and development cases.
 *
 * @param gram              content words per fingerprint (function words are skipped)
 * @param window            winnowing window: any run of {@code gram + window - 1} shared content
 *                          words is sure to be seen
 * @param maxPostings       a fingerprint found more often than this in one article is too common
 *                          to be evidence and is skipped (also bounds the work on repetitive text)
 * @param maxArticles       a fingerprint found in more articles than this, or than
 *                          {@code maxArticleShare} of the case if that is more, is a stock phrase of
 *                          the case, not evidence that two of them share a passage; skipping it keeps
 *                          the work near-linear in the words of large cases
 * @param minWords          fewer words than this (on the shorter side) is no passage
 * @param minContentMatches fewer matching content words than this is no passage
 * @param shortQuoteWords   a passage inside quotation marks on both sides with fewer words than
 *                          this is a quote of the same speaker, not a copy
 * @param nearVerbatim      share of words matching in order from which a passage with few edits
 *                          is near-verbatim, not a paraphrase
 * @param minSimilarity     similarity below which aligned words are not a shared passage
 * @param mergeGap          passages separated by at most this many words merge into one
 * @param containment       coverage from which an article counts as contained in another
 * @param maxPairCells      alignment work allowed for one pair of articles (cells of the alignment
 *                          matrices); a pair that needs more is aligned that far and reported as
 *                          bounded, and the run goes on
 * @param minPairMatches    distinct fingerprints two articles must share before any of their
 *                          sentences is aligned (passim's min-match): one shared run of common
 *                          words is chance in real prose, a copied passage leaves several
 * @param minSentenceMatches distinct fingerprints two sentences must share before they are
 *                          aligned as a seed of a passage (or all of the shorter one's, when it
 *                          has fewer): the same filter one level down; a passage still grows
 *                          into neighbouring sentences that share less. It bounds the work of
 *                          large cases and costs recall (a quoted fragment inside two long
 *                          sentences shares one fingerprint), so it applies only to cases of
 *                          more than {@code sentenceFilterFrom} articles
 * @param sentenceFilterFrom articles from which {@code minSentenceMatches} applies
 * @param maxArticleShare   the document-frequency limit relative to the case: in a newsroom's
 *                          archive of thousands, a wire story reprinted by a hundred outlets is
 *                          still a story, not a stock phrase
 */
public record ReuseOptions(int gram, int window, int maxPostings, int maxArticles, int minWords, int minContentMatches,
                           int shortQuoteWords, double nearVerbatim, double minSimilarity, int mergeGap,
                           double containment, long maxPairCells, int minPairMatches,
                           int minSentenceMatches, int sentenceFilterFrom, double maxArticleShare) {
    public static final int DEFAULT_GRAM = 3;
    public static final int DEFAULT_WINDOW = 2;
    public static final int DEFAULT_MAX_POSTINGS = 32;
    public static final int DEFAULT_MAX_ARTICLES = 50;
    public static final int DEFAULT_MIN_WORDS = 8;
    public static final int DEFAULT_MIN_CONTENT_MATCHES = 4;
    public static final int DEFAULT_SHORT_QUOTE_WORDS = 12;
    public static final double DEFAULT_NEAR_VERBATIM = 0.7;
    public static final double DEFAULT_MIN_SIMILARITY = 0.4;
    public static final int DEFAULT_MERGE_GAP = 4;
    public static final double DEFAULT_CONTAINMENT = 0.8;
    public static final long DEFAULT_MAX_PAIR_CELLS = 20_000_000L;
    public static final int DEFAULT_MIN_PAIR_MATCHES = 2;
    public static final int DEFAULT_MIN_SENTENCE_MATCHES = 2;
    public static final int DEFAULT_SENTENCE_FILTER_FROM = 100;
    public static final double DEFAULT_MAX_ARTICLE_SHARE = 0.01;

    public static final ReuseOptions DEFAULTS = new ReuseOptions(DEFAULT_GRAM, DEFAULT_WINDOW, DEFAULT_MAX_POSTINGS,
            DEFAULT_MAX_ARTICLES, DEFAULT_MIN_WORDS, DEFAULT_MIN_CONTENT_MATCHES, DEFAULT_SHORT_QUOTE_WORDS, DEFAULT_NEAR_VERBATIM,
            DEFAULT_MIN_SIMILARITY, DEFAULT_MERGE_GAP, DEFAULT_CONTAINMENT, DEFAULT_MAX_PAIR_CELLS,
            DEFAULT_MIN_PAIR_MATCHES, DEFAULT_MIN_SENTENCE_MATCHES, DEFAULT_SENTENCE_FILTER_FROM,
            DEFAULT_MAX_ARTICLE_SHARE);

    public ReuseOptions {
        if (gram < 1 || window < 1 || maxPostings < 1 || maxArticles < 2 || minWords < 1 || mergeGap < 0 || maxPairCells < 1
                || minPairMatches < 1 || minSentenceMatches < 1 || sentenceFilterFrom < 0
                || !(maxArticleShare >= 0 && maxArticleShare <= 1)) {
            throw new IllegalArgumentException("reuse options out of range: " + this);
        }
        if (!(0 < minSimilarity && minSimilarity <= nearVerbatim && nearVerbatim <= 1)) {
            throw new IllegalArgumentException("need 0 < minSimilarity <= nearVerbatim <= 1: " + this);
        }
    }

    public ReuseOptions withMaxPairCells(long cells) {
        return new ReuseOptions(gram, window, maxPostings, maxArticles, minWords, minContentMatches, shortQuoteWords,
                nearVerbatim, minSimilarity, mergeGap, containment, cells, minPairMatches, minSentenceMatches,
                sentenceFilterFrom, maxArticleShare);
    }

    public ReuseOptions withMinPairMatches(int matches) {
        return new ReuseOptions(gram, window, maxPostings, maxArticles, minWords, minContentMatches, shortQuoteWords,
                nearVerbatim, minSimilarity, mergeGap, containment, maxPairCells, matches, minSentenceMatches,
                sentenceFilterFrom, maxArticleShare);
    }

    public ReuseOptions withMaxArticles(int articles) {
        return new ReuseOptions(gram, window, maxPostings, articles, minWords, minContentMatches, shortQuoteWords,
                nearVerbatim, minSimilarity, mergeGap, containment, maxPairCells, minPairMatches, minSentenceMatches,
                sentenceFilterFrom, maxArticleShare);
    }

    public ReuseOptions withMinWords(int words) {
        return new ReuseOptions(gram, window, maxPostings, maxArticles, words, minContentMatches, shortQuoteWords,
                nearVerbatim, minSimilarity, mergeGap, containment, maxPairCells, minPairMatches, minSentenceMatches,
                sentenceFilterFrom, maxArticleShare);
    }

    public ReuseOptions withMinSentenceMatches(int matches) {
        return new ReuseOptions(gram, window, maxPostings, maxArticles, minWords, minContentMatches, shortQuoteWords,
                nearVerbatim, minSimilarity, mergeGap, containment, maxPairCells, minPairMatches, matches,
                sentenceFilterFrom, maxArticleShare);
    }

    public ReuseOptions withSentenceFilterFrom(int articles) {
        return new ReuseOptions(gram, window, maxPostings, maxArticles, minWords, minContentMatches, shortQuoteWords,
                nearVerbatim, minSimilarity, mergeGap, containment, maxPairCells, minPairMatches, minSentenceMatches,
                articles, maxArticleShare);
    }

    public ReuseOptions withMaxArticleShare(double share) {
        return new ReuseOptions(gram, window, maxPostings, maxArticles, minWords, minContentMatches, shortQuoteWords,
                nearVerbatim, minSimilarity, mergeGap, containment, maxPairCells, minPairMatches, minSentenceMatches,
                sentenceFilterFrom, share);
    }

    /** The most articles a usable fingerprint may be found in, in a case of {@code articles}. */
    public int articleLimit(int articles) {
        return Math.max(maxArticles, (int) Math.ceil(maxArticleShare * articles));
    }
}
