package org.factdiff.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdiff.ingest.Article;
import org.factdiff.text.Lexicon;
import org.factdiff.text.Meanings;
import org.factdiff.base.IntList;
import org.factdiff.text.ParsedText;
import org.factdiff.text.Quotes;
import org.factdiff.text.Sentence;
import org.factdiff.text.TextAnalyzer;
import org.factdiff.text.Token;

/**
 * Reuse detection the way text-reuse detectors work:
 *
 * <ol>
 *   <li>fingerprint each sentence by hashed runs of {@code gram} content words (canonical
 *       forms: case, spelling, stems, names), keeping one hash per {@code window}
 *       (winnowing), and put them in one inverted index over all articles;</li>
 *   <li>sentence pairs of two articles that share a fingerprint are candidates (no pair of
 *       articles is ever aligned in full); a gapped local alignment over their tokens keeps
 *       the part that really matches, and neighbouring sentence pairs are tried in turn, so
 *       that a passage grows beyond its seeds;</li>
 *   <li>matches adjacent in both articles merge into maximal passages, which are measured
 *       (word diff, similarity), labelled verbatim, near-verbatim or paraphrase, and dropped
 *       when short, made of stock phrases or a short quote of the same speaker.</li>
 * </ol>
 *
 * <p>Articles are handled in id order and every pair as (a, b) with a &lt; b, so the result
 * does not depend on the order of the case file, and comparing b with a is comparing a with b.
 */
public final class WinnowingReuseDetector implements ReuseDetector {
    /** Score a sentence-pair alignment needs to count: about three matching content words. */
    static final int MIN_MATCH_SCORE = 3 * TokenAligner.MATCH_CONTENT;
    /** Matching content words a sentence-pair alignment needs to count. */
    static final int MIN_MATCH_CONTENT = 2;
    /** Words left unaligned at a sentence's start or end that still join the passage. */
    static final int SNAP_WORDS = 5;
    /** Sentences sharing this much of their content words are a match as wholes (reordered paraphrase). */
    static final double SENTENCE_DICE = 0.7;

    private final ReuseOptions options;

    public WinnowingReuseDetector() {
        this(ReuseOptions.DEFAULTS);
    }

    public WinnowingReuseDetector(ReuseOptions options) {
        this.options = options;
    }

    /** One article prepared for matching. */
    static final class Doc {
        final int index;
        final String id;
        final Article article;
        final ParsedText text;
        final int[] ids;
        final long[] hashes;
        final boolean[] content;
        final boolean[] stock;
        final List<Quotes.Quote> quotes;
        final int[] sentenceStart;
        final int[] sentenceEnd;
        /** Per sentence, the ids of its content tokens and of all its tokens, each sorted. */
        final int[][] contentIds;
        final int[][] allIds;
        /** Character offsets of each token, and the words before each (for coverage). */
        final int[] tokenStart;
        final int[] tokenEnd;
        final int[] wordsBefore;
        private final boolean[] meaningful;

        Doc(int index, Article article, ParsedText text, Vocabulary vocabulary, List<int[]> stockPhrases, Lexicon lexicon) {
            this(index, article, text, vocabulary.ids(words(text, lexicon)), words(text, lexicon), stockPhrases);
        }

        /** As above, with the canonical words and their ids already known (they are found first, in order). */
        Doc(int index, Article article, ParsedText text, int[] ids, String[] words, List<int[]> stockPhrases) {
            this.index = index;
            this.id = article.id();
            this.article = article;
            this.text = text;
            List<Token> tokens = text.tokens();
            this.ids = ids;
            hashes = new long[tokens.size()];
            content = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                hashes[i] = fnv(words[i]);
                content[i] = tokens.get(i).content();
            }
            stock = markStock(ids, stockPhrases);
            quotes = Quotes.find(text.text());
            int sentences = text.sentences().size();
            sentenceStart = new int[sentences];
            sentenceEnd = new int[sentences];
            java.util.Arrays.fill(sentenceStart, -1);
            for (int i = 0; i < tokens.size(); i++) {
                int s = tokens.get(i).sentence();
                if (sentenceStart[s] < 0) {
                    sentenceStart[s] = i;
                }
                sentenceEnd[s] = i + 1;
            }
            contentIds = new int[sentences][];
            allIds = new int[sentences][];
            for (int s = 0; s < sentences; s++) {
                int from = Math.max(sentenceStart[s], 0);
                int to = sentenceStart[s] < 0 ? 0 : sentenceEnd[s];
                allIds[s] = java.util.Arrays.copyOfRange(ids, from, Math.max(from, to));
                java.util.Arrays.sort(allIds[s]);
                IntList c = new IntList();
                for (int i = from; i < to; i++) {
                    if (content[i]) {
                        c.add(ids[i]);
                    }
                }
                contentIds[s] = c.toArray();
                java.util.Arrays.sort(contentIds[s]);
            }
            tokenStart = new int[tokens.size()];
            tokenEnd = new int[tokens.size()];
            wordsBefore = new int[tokens.size() + 1];
            for (int i = 0; i < tokens.size(); i++) {
                tokenStart[i] = tokens.get(i).start();
                tokenEnd[i] = tokens.get(i).end();
                wordsBefore[i + 1] = wordsBefore[i] + tokens.get(i).words();
            }
            meaningful = new boolean[sentences];
            for (int s = 0; s < sentences; s++) {
                meaningful[s] = MeaningRuns.eligible(this, s);
            }
        }

        /**
         * How many content tokens of sentence {@code sa} have a token of the same id in sentence
         * {@code sb} of {@code b} (as multisets): no alignment of the two can match more.
         */
        int sharedContent(int sa, Doc b, int sb) {
            int[] x = contentIds[sa];
            int[] y = b.allIds[sb];
            int i = 0;
            int j = 0;
            int common = 0;
            while (i < x.length && j < y.length) {
                if (x[i] < y[j]) {
                    i++;
                } else if (x[i] > y[j]) {
                    j++;
                } else {
                    common++;
                    i++;
                    j++;
                }
            }
            return common;
        }

        /** The canonical word of each token: synonym classes, so that a spun copy ("fatalities" for "deaths") still aligns. */
        static String[] words(ParsedText text, Lexicon lexicon) {
            List<Token> tokens = text.tokens();
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = lexicon.synonymClass(tokens.get(i).norm());
            }
            return words;
        }

        /** FNV-1a of a canonical form: fingerprints depend on the words only, not on other articles. */
        static long fnv(String s) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }

        int sentences() {
            return sentenceStart.length;
        }

        /** Per sentence, whether it has the words to be compared by meaning ({@link MeaningRuns#MIN_WORDS}). */
        boolean[] meaningful() {
            return meaningful;
        }

        boolean hasTokens(int sentence) {
            return sentence >= 0 && sentence < sentences() && sentenceStart[sentence] >= 0;
        }

        private static boolean[] markStock(int[] ids, List<int[]> phrases) {
            boolean[] stock = new boolean[ids.length];
            // The ids phrases start with: a token that starts none (nearly all) is passed by one look.
            int limit = 0;
            for (int[] p : phrases) {
                limit = p.length == 0 ? limit : Math.max(limit, p[0] + 1);
            }
            boolean[] starts = new boolean[limit];
            for (int[] p : phrases) {
                if (p.length > 0) {
                    starts[p[0]] = true;
                }
            }
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] >= limit || !starts[ids[i]]) {
                    continue;
                }
                for (int[] p : phrases) {
                    if (i + p.length <= ids.length && matchesAt(ids, i, p)) {
                        for (int k = 0; k < p.length; k++) {
                            stock[i + k] = true;
                        }
                    }
                }
            }
            return stock;
        }

        private static boolean matchesAt(int[] ids, int at, int[] phrase) {
            for (int k = 0; k < phrase.length; k++) {
                if (ids[at + k] != phrase[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Canonical forms to small ints, in order of first sight (deterministic for a given input order). */
    static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();

        int id(String norm) {
            return ids.computeIfAbsent(norm, k -> ids.size());
        }

        int[] ids(String[] words) {
            int[] out = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                out[i] = id(words[i]);
            }
            return out;
        }
    }

    /** What aligning one article pair gave: its passages, and the note when its bound cut it. */
    private record PairOutcome(List<Passage> passages, ReuseResult.Bounded bounded) {
    }

    /** A sentence pair's aligned part: token ranges [aFrom, aTo) and [bFrom, bTo). */
    record Match(int aFrom, int aTo, int bFrom, int bTo) {
    }

    @Override
    public ReuseResult detect(List<Article> articles, List<ParsedText> texts, Meanings meanings) throws ReuseException {
        if (articles.size() != texts.size()) {
            throw new IllegalArgumentException("one parsed text per article expected");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> articles.get(i).id()));
        Vocabulary vocabulary = new Vocabulary();
        Lexicon lexicon = Lexicon.builtIn();
        List<int[]> stock = stockPhrases(vocabulary, lexicon);
        for (int i : order) {
            if (!articles.get(i).id().equals(texts.get(i).id())) {
                throw new IllegalArgumentException("parsed text " + texts.get(i).id() + " for article " + articles.get(i).id());
            }
        }
        // Canonical words on all cores, their ids in article order (so that ids are the same in
        // every run), then the rest of each article on all cores again.
        List<String[]> words = order.parallelStream().map(i -> Doc.words(texts.get(i), lexicon)).toList();
        List<int[]> ids = words.stream().map(vocabulary::ids).toList();
        List<Doc> docs = java.util.stream.IntStream.range(0, order.size()).parallel()
                .mapToObj(n -> new Doc(n, articles.get(order.get(n)), texts.get(order.get(n)), ids.get(n), words.get(n), stock))
                .toList();

        Map<Long, long[]> candidates = candidates(docs);
        PassageBuilder builder = new PassageBuilder(options);
        // Pairs are aligned on all cores, each on its own, and gathered in key order: the
        // result is the same as one after the other.
        List<Map.Entry<Long, long[]>> work = new ArrayList<>(candidates.entrySet());
        PairOutcome[] outcomes = new PairOutcome[work.size()];
        ThreadLocal<TokenAligner> aligners = ThreadLocal.withInitial(TokenAligner::new);
        java.util.stream.IntStream.range(0, work.size()).parallel().forEach(i -> {
            long key = work.get(i).getKey();
            Doc a = docs.get((int) (key >>> 32));
            Doc b = docs.get((int) (key & 0xFFFFFFFFL));
            // Each pair has its own bound: a repetitive pair is aligned that far and named, and
            // no pair can make the case fail, whichever comes last.
            Budget budget = new Budget(options.maxPairCells());
            List<Match> matches = align(a, b, work.get(i).getValue(), budget, aligners.get());
            outcomes[i] = new PairOutcome(builder.build(a, b, matches), budget.exhausted()
                    ? new ReuseResult.Bounded(a.id, b.id, budget.aligned(), budget.candidates()) : null);
        });
        Map<Long, List<Passage>> passages = new TreeMap<>();
        List<ReuseResult.Bounded> bounded = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].bounded() != null) {
                bounded.add(outcomes[i].bounded());
            }
            if (!outcomes[i].passages().isEmpty()) {
                passages.put(work.get(i).getKey(), outcomes[i].passages());
            }
        }
        if (meanings.known()) {
            rewrites(docs, candidates.keySet(), meanings, builder, passages);
            passages.values().removeIf(WinnowingReuseDetector::loneShortRewrite);
        }
        ReuseResult r = new Provenance(options).summarize(docs, passages);
                return new ReuseResult(r.pairs(), r.originalShare(), bounded);
    }

    /** Words a pair's only passage needs when it is a rewrite: one short sentence said alike is no copy. */
    static final int LONE_REWRITE_WORDS = 25;

    /**
     * True when all a pair shares is one short reworded passage: two independent reports of one
     * event word one fact alike ("at the city hospital, officials said") as often as a rewriter
     * does, so a short rewrite alone is no evidence; a copied phrase, or a longer or second
     * rewritten passage, is.
     */
    private static boolean loneShortRewrite(List<Passage> ps) {
        return ps.size() == 1 && ps.get(0).kind() == PassageKind.PARAPHRASE
                && Math.max(org.factdiff.base.Words.count(ps.get(0).a().text()),
                org.factdiff.base.Words.count(ps.get(0).b().text())) < LONE_REWRITE_WORDS;
    }

    /**
     * Adds the sentence-by-sentence rewrites {@link MeaningRuns} finds, as paraphrase passages
     * of whole sentences, where the word fingerprints found no passage. Every article pair is
     * compared while there are at most {@link #DENSE_PAIRS} pairs; beyond that only pairs that
     * share a fingerprint (a rewrite keeps some names and figures in a row).
     */
    private static void rewrites(List<Doc> docs, Set<Long> linked, Meanings meanings, PassageBuilder builder,
                                 Map<Long, List<Passage>> passages) {
        boolean dense = (long) docs.size() * (docs.size() - 1) / 2 <= DENSE_PAIRS;
        List<Long> keys = new ArrayList<>();
        if (dense) {
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    keys.add(pack(i, j));
                }
            }
        } else {
            keys.addAll(new TreeSet<>(linked));
        }
        // First the pairs known to share text: a run of rewritten sentences, or copied passages
        // that make up a good share of one article. Sharing goes one step further: a rewrite of
        // one copy of a wire story rewrites the story's other copies too. Each pair is compared
        // on its own, on all cores, and the results are gathered in key order.
        List<List<int[]>> anchors = new ArrayList<>(java.util.Collections.nCopies(keys.size(), null));
        boolean[] related = new boolean[keys.size()];
        java.util.stream.IntStream.range(0, keys.size()).parallel().forEach(n -> {
            long key = keys.get(n);
            Doc a = docs.get((int) (key >>> 32));
            Doc b = docs.get((int) (key & 0xFFFFFFFFL));
            List<int[]> found = new ArrayList<>(MeaningRuns.find(a, b, meanings));
            boolean rel = !found.isEmpty();
            int copied = 0;
            for (Passage k : passages.getOrDefault(key, List.of())) {
                found.add(new int[] {sentenceOf(a, k.a().start()), sentenceOf(b, k.b().start())});
                copied += org.factdiff.base.Words.count(k.a().text());
            }
            related[n] = rel || copied >= ESTABLISHED_SHARE * Math.min(a.text.words(), b.text.words());
            anchors.set(n, found);
        });
        // Who shares text with whom, as sorted neighbour lists: a third article sharing with both
        // is found by merging two short lists, not by trying every article.
        List<IntList> neighbours = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            neighbours.add(new IntList());
        }
        for (int n = 0; n < keys.size(); n++) {
            if (related[n]) {
                int i = (int) (keys.get(n) >>> 32);
                int j = (int) (keys.get(n) & 0xFFFFFFFFL);
                neighbours.get(i).add(j);
                neighbours.get(j).add(i);
            }
        }
        int[][] sharing = new int[docs.size()][];
        for (int i = 0; i < docs.size(); i++) {
            sharing[i] = neighbours.get(i).toArray();
            java.util.Arrays.sort(sharing[i]);
        }
        List<List<Passage>> rewritten = new ArrayList<>(java.util.Collections.nCopies(keys.size(), null));
        java.util.stream.IntStream.range(0, keys.size()).parallel().forEach(n -> {
            long key = keys.get(n);
            int i = (int) (key >>> 32);
            int j = (int) (key & 0xFFFFFFFFL);
            if (related[n] || oneHop(sharing[i], sharing[j])) {
                rewritten.set(n, wholeSentences(docs.get(i), docs.get(j), passages.getOrDefault(key, List.of()),
                        anchors.get(n), meanings, builder));
            }
        });
        for (int n = 0; n < keys.size(); n++) {
            if (rewritten.get(n) != null) {
                passages.put(keys.get(n), rewritten.get(n));
            }
        }
    }

    /**
     * Within a pair that shares text, the sentences that mean the same in the anchors' order
     * become paraphrase passages of whole sentences; shorter passages inside them give way.
     */
    private static List<Passage> wholeSentences(Doc a, Doc b, List<Passage> copied, List<int[]> anchors,
                                                Meanings meanings, PassageBuilder builder) {
        List<Passage> found = new ArrayList<>(copied);
        boolean changed = false;
        for (int[] cell : MeaningRuns.extend(a, b, meanings, anchors)) {
            if (!a.hasTokens(cell[0]) || !b.hasTokens(cell[1])) {
                continue;
            }
            int aFrom = a.sentenceStart[cell[0]];
            int aTo = a.sentenceEnd[cell[0]];
            int bFrom = b.sentenceStart[cell[1]];
            int bTo = b.sentenceEnd[cell[1]];
            // A copied passage that runs over the sentences' edge on both sides (a clause moved to
            // the next sentence: "... since October 10. The figure has stayed at 42" / "Since
            // October 10, the figure has been 42.") joins them into one passage.
            for (Passage k : found) {
                if (overlaps(k.a(), a, aFrom, aTo) && overlaps(k.b(), b, bFrom, bTo)) {
                    aFrom = Math.min(aFrom, tokenAt(a, k.a().start()));
                    aTo = Math.max(aTo, tokenAt(a, k.a().end() - 1) + 1);
                    bFrom = Math.min(bFrom, tokenAt(b, k.b().start()));
                    bTo = Math.max(bTo, tokenAt(b, k.b().end() - 1) + 1);
                }
            }
            Passage p = builder.rewrite(a, b, aFrom, aTo, bFrom, bTo);
            if (p == null) {
                continue;
            }
            List<Passage> inside = found.stream().filter(k -> within(k.a(), p.a()) && within(k.b(), p.b())).toList();
            boolean clash = found.stream().anyMatch(k -> !inside.contains(k)
                    && (overlaps(k.a(), p.a()) || overlaps(k.b(), p.b())));
            if (!clash) {
                found.removeAll(inside);
                found.add(p);
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        found.sort(PassageBuilder.ORDER);
        return found;
    }

    /**
     * True when a third article shares text with both: one step of the family, never a chain
     * (a chain would join every article of a large case through stock sentences).
     */
    private static boolean oneHop(int[] sharingI, int[] sharingJ) {
        int x = 0;
        int y = 0;
        while (x < sharingI.length && y < sharingJ.length) {
            if (sharingI[x] == sharingJ[y]) {
                return true;
            } else if (sharingI[x] < sharingJ[y]) {
                x++;
            } else {
                y++;
            }
        }
        return false;
    }

    private static boolean within(org.factdiff.text.Excerpt inner, org.factdiff.text.Excerpt outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    /** True when an excerpt overlaps the characters of tokens [from, to). */
    private static boolean overlaps(org.factdiff.text.Excerpt x, Doc d, int from, int to) {
        List<Token> tokens = d.text.tokens();
        return x.start() < tokens.get(to - 1).end() && tokens.get(from).start() < x.end();
    }

    /** The index of the token holding a character offset (or the first one after it). */
    private static int tokenAt(Doc d, int offset) {
        List<Token> tokens = d.text.tokens();
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Share of an article's words in copied passages that makes the pair known to share text. */
    static final double ESTABLISHED_SHARE = 0.25;

    /** The index of the sentence holding a character offset. */
    private static int sentenceOf(Doc d, int offset) {
        List<org.factdiff.text.Sentence> s = d.text.sentences();
        int lo = 0;
        int hi = s.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Article pairs up to which every pair is compared by meaning (about 100 articles). */
    static final int DENSE_PAIRS = 5_000;

    private static boolean overlaps(org.factdiff.text.Excerpt x, org.factdiff.text.Excerpt y) {
        return x.start() < y.end() && y.start() < x.end();
    }

    private static List<int[]> stockPhrases(Vocabulary vocabulary, Lexicon lexicon) {
        TextAnalyzer analyzer = new TextAnalyzer(lexicon);
        List<int[]> out = new ArrayList<>();
        for (String phrase : StockPhrases.PHRASES) {
            List<Token> tokens = analyzer.analyze("stock", phrase).tokens();
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = vocabulary.id(lexicon.synonymClass(tokens.get(i).norm()));
            }
            out.add(ids);
        }
        return out;
    }

    /**
     * Sentence pairs worth aligning, per article pair (keys pack two ints into a long; both the
     * keys and each pair's sentence pairs ascending). Filtered the way scalable reuse detectors
     * filter (passim's min-match): two articles must share at least
     * {@link ReuseOptions#minPairMatches} distinct fingerprints, and in a large case a sentence
     * pair at least {@link ReuseOptions#minSentenceMatches} of them, or all of the shorter
     * sentence's. One shared run of three content words in two long sentences is mostly common
     * phrasing; a copied sentence shares several, and a short one shares all it has.
     */
    /** How many different values a short array holds. */
    private static int distinct(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                n++;
            }
        }
        return n;
    }

    /** Fingerprints to dense ids in order of first sight, in a primitive table. */
    static final class FingerprintIds {
        private final PairCounts numbers = new PairCounts();
        /** The id of each of {@code numbers}' keys, by its number. */
        private final IntList idOfNumber = new IntList();
        /** {@link PairCounts} reserves {@link Long#MIN_VALUE}: that one fingerprint's id is kept here. */
        private int reserved = -1;
        private int next;

        int id(long hash) {
            if (hash == Long.MIN_VALUE) {
                if (reserved < 0) {
                    reserved = next++;
                }
                return reserved;
            }
            int before = numbers.size();
            int n = numbers.number(hash);
            if (numbers.size() > before) {
                idOfNumber.add(next++);
            }
            return idOfNumber.get(n);
        }

        int size() {
            return next;
        }
    }

    private Map<Long, long[]> candidates(List<Doc> docs) {
        // Postings grouped by fingerprint in linear time: fingerprints get dense ids in order of
        // first sight, then a counting sort keeps each group in (article, sentence) order.
        // Each article's fingerprints on all cores; their ids in article order, as before.
        List<long[][]> winnowed = docs.parallelStream().map(d -> {
            long[][] perSentence = new long[d.sentences()][];
            for (int s = 0; s < d.sentences(); s++) {
                perSentence[s] = d.hasTokens(s) ? Fingerprints.winnow(d, s, options.gram(), options.window()) : null;
            }
            return perSentence;
        }).toList();
        FingerprintIds ids = new FingerprintIds();
        IntList hashOf = new IntList();
        IntList docOf = new IntList();
        IntList sentenceOf = new IntList();
        List<int[]> fingerprints = new ArrayList<>();
        for (Doc d : docs) {
            long[][] bySentence = winnowed.get(d.index);
            int[] perSentence = new int[d.sentences()];
            for (int s = 0; s < d.sentences(); s++) {
                long[] hashes = bySentence[s];
                if (hashes == null) {
                    continue;
                }
                perSentence[s] = distinct(hashes);
                for (long hash : hashes) {
                    hashOf.add(ids.id(hash));
                    docOf.add(d.index);
                    sentenceOf.add(s);
                }
            }
            fingerprints.add(perSentence);
        }
        int[] groupStart = new int[ids.size() + 1];
        for (int i = 0; i < hashOf.size(); i++) {
            groupStart[hashOf.get(i) + 1]++;
        }
        for (int g = 0; g < ids.size(); g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] order = new int[hashOf.size()];
        int[] fill = java.util.Arrays.copyOf(groupStart, ids.size());
        for (int i = 0; i < hashOf.size(); i++) {
            order[fill[hashOf.get(i)]++] = i;
        }
        // The usable groups, each as its articles and, per article, its distinct sentences. A
        // fingerprint in one article only (most of them) pairs nothing; one in too many articles,
        // or repeated too often in one, is common phrasing and left out.
        List<int[][]> usable = new ArrayList<>();
        int articleLimit = options.articleLimit(docs.size());
        for (int g = 0; g < ids.size(); g++) {
            int from = groupStart[g];
            int to = groupStart[g + 1];
            if (to - from < 2 || docOf.get(order[from]) == docOf.get(order[to - 1])) {
                continue;
            }
            List<int[]> byDoc = new ArrayList<>();
            boolean common = false;
            for (int k = from; k < to && !common; ) {
                int doc = docOf.get(order[k]);
                int end = k;
                while (end < to && docOf.get(order[end]) == doc) {
                    end++;
                }
                common = end - k > options.maxPostings();
                IntList sentences = new IntList();
                sentences.add(doc);
                for (int x = k; x < end; x++) {
                    int s = sentenceOf.get(order[x]);
                    if (x == k || s != sentenceOf.get(order[x - 1])) {
                        sentences.add(s);
                    }
                }
                byDoc.add(sentences.toArray());
                k = end;
            }
            if (!common && byDoc.size() <= articleLimit) {
                usable.add(byDoc.toArray(new int[0][]));
            }
        }
        // First pass: distinct fingerprints per article pair. In real prose most pairs share
        // fewer than minPairMatches, and never get sentence pairs, so the second pass stays small.
        PairCounts shared = new PairCounts();
        for (int[][] byDoc : usable) {
            for (int x = 0; x < byDoc.length; x++) {
                for (int y = x + 1; y < byDoc.length; y++) {
                    shared.add(pack(byDoc[x][0], byDoc[y][0]));
                }
            }
        }
        PairCounts numbers = new PairCounts();
        List<LongList> seen = new ArrayList<>();
        LongList keys = new LongList();
        for (int[][] byDoc : usable) {
            for (int x = 0; x < byDoc.length; x++) {
                for (int y = x + 1; y < byDoc.length; y++) {
                    long pairKey = pack(byDoc[x][0], byDoc[y][0]);
                    if (shared.get(pairKey) < options.minPairMatches()) {
                        continue;
                    }
                    int n = numbers.number(pairKey);
                    if (n == seen.size()) {
                        seen.add(new LongList());
                        keys.add(pairKey);
                    }
                    LongList list = seen.get(n);
                    for (int i = 1; i < byDoc[x].length; i++) {
                        for (int j = 1; j < byDoc[y].length; j++) {
                            list.add(pack(byDoc[x][i], byDoc[y][j]));
                        }
                    }
                }
            }
        }
        // Second filter: a sentence pair appears once per distinct fingerprint it shares.
        int minSentence = docs.size() > options.sentenceFilterFrom() ? options.minSentenceMatches() : 1;
        Map<Long, long[]> pairs = new TreeMap<>();
        for (int n = 0; n < seen.size(); n++) {
            long pairKey = keys.get(n);
            int[] fa = fingerprints.get((int) (pairKey >>> 32));
            int[] fb = fingerprints.get((int) (pairKey & 0xFFFFFFFFL));
            long[] all = seen.get(n).toArray();
            java.util.Arrays.sort(all);
            LongList seeds = new LongList();
            for (int k = 0; k < all.length; ) {
                int end = k;
                while (end < all.length && all[end] == all[k]) {
                    end++;
                }
                int sa = (int) (all[k] >>> 32);
                int sb = (int) (all[k] & 0xFFFFFFFFL);
                if (end - k >= Math.min(minSentence, Math.min(fa[sa], fb[sb]))) {
                    seeds.add(all[k]);
                }
                k = end;
            }
            if (seeds.size() > 0) {
                pairs.put(pairKey, seeds.toArray());
            }
        }
        return pairs;
    }

    /** Aligns candidate sentence pairs and grows from each match to the neighbouring sentences. */
    private List<Match> align(Doc a, Doc b, long[] seeds, Budget budget, TokenAligner aligner) {
        // Sentence pairs as packed longs, without a box each: a case tries hundreds of thousands.
        org.factdiff.base.LongSet tried = new org.factdiff.base.LongSet();
        LongList queue = new LongList();
        for (long seed : seeds) {
            queue.add(seed);
        }
        List<Match> matches = new ArrayList<>();
        for (int next = 0; next < queue.size(); next++) {
            long key = queue.get(next);
            if (!tried.add(key)) {
                continue;
            }
            int sa = (int) (key >>> 32);
            int sb = (int) (key & 0xFFFFFFFFL);
            if (!a.hasTokens(sa) || !b.hasTokens(sb)) {
                continue;
            }
            if (a.sharedContent(sa, b, sb) < MIN_MATCH_CONTENT) {
                continue; // no alignment of the two could count: not worth its cells
            }
            int aFrom = a.sentenceStart[sa];
            int aTo = a.sentenceEnd[sa];
            int bFrom = b.sentenceStart[sb];
            int bTo = b.sentenceEnd[sb];
            if (!budget.spend((long) (aTo - aFrom) * (bTo - bFrom), seeds.length)) {
                break;
            }
            TokenAligner.Alignment al = aligner.run(a.ids, a.content, aFrom, aTo, b.ids, b.content, bFrom, bTo);
            if (al.score() < MIN_MATCH_SCORE || al.contentMatches() < MIN_MATCH_CONTENT) {
                continue;
            }
            boolean wholeA = al.aFrom() == aFrom && al.aTo() == aTo;
            boolean wholeB = al.bFrom() == bFrom && al.bTo() == bTo;
            if (!wholeA && !wholeB && contentDice(a, aFrom, aTo, b, bFrom, bTo) >= SENTENCE_DICE) {
                // The two sentences say the same, reordered: the passage is both of them. (When
                // one sentence aligns whole, the other's extra words were added, not moved.)
                matches.add(new Match(aFrom, aTo, bFrom, bTo));
            } else {
                // A few different words at the start or end of both sentences were replaced, not
                // added: they belong to the passage too ("Spokesman" / "Spokeswoman for the office").
                boolean head = al.aFrom() > aFrom && al.bFrom() > bFrom
                        && al.aFrom() - aFrom <= SNAP_WORDS && al.bFrom() - bFrom <= SNAP_WORDS;
                boolean tail = al.aTo() < aTo && al.bTo() < bTo
                        && aTo - al.aTo() <= SNAP_WORDS && bTo - al.bTo() <= SNAP_WORDS;
                matches.add(new Match(head ? aFrom : al.aFrom(), tail ? aTo : al.aTo(),
                        head ? bFrom : al.bFrom(), tail ? bTo : al.bTo()));
            }
            // Extension: the sentences before and after, in both texts, may continue the passage.
            if (al.aTo() == aTo || al.bTo() == bTo) {
                queue.add(pack(sa + 1, sb + 1));
                queue.add(pack(sa, sb + 1));
                queue.add(pack(sa + 1, sb));
            }
            if (al.aFrom() == aFrom || al.bFrom() == bFrom) {
                queue.add(pack(sa - 1, sb - 1));
                queue.add(pack(sa, sb - 1));
                queue.add(pack(sa - 1, sb));
            }
        }
        matches.sort(Comparator.comparingInt(Match::aFrom).thenComparingInt(Match::bFrom)
                .thenComparingInt(Match::aTo).thenComparingInt(Match::bTo));
        return matches;
    }

    /** Dice coefficient of the content words (synonym classes, as multisets) of two token ranges. */
    static double contentDice(Doc a, int aFrom, int aTo, Doc b, int bFrom, int bTo) {
        int[] x = contentOf(a, aFrom, aTo);
        int[] y = contentOf(b, bFrom, bTo);
        // The multisets' intersection, by a merge of the sorted ids.
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return x.length + y.length == 0 ? 0 : 2.0 * common / (x.length + y.length);
    }

    /** The ids of the content tokens of a range that are not stock phrasing, sorted. */
    private static int[] contentOf(Doc d, int from, int to) {
        int[] out = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (d.content[i] && !d.stock[i]) {
                out[n++] = d.ids[i];
            }
        }
        int[] ids = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(ids);
        return ids;
    }

    static long pack(int hi, int lo) {
        return ((long) hi << 32) | (lo & 0xFFFFFFFFL);
    }

    /**
     * The alignment work one pair may take: bounded work on repetitive or hostile input. It
     * counts the sentence pairs aligned and seen, for the report's note when it runs out.
     */
    static final class Budget {
        private long left;
        private int aligned;
        private int candidates;
        private boolean exhausted;

        Budget(long cells) {
            this.left = cells;
        }

        /** Takes {@code cells} for one more sentence pair; false (and nothing taken) when they are not left. */
        boolean spend(long cells, int seen) {
            candidates = Math.max(candidates, seen);
            if (cells > left) {
                exhausted = true;
                return false;
            }
            left -= cells;
            aligned++;
            return true;
        }

        boolean exhausted() {
            return exhausted;
        }

        int aligned() {
            return aligned;
        }

        int candidates() {
            return candidates;
        }
    }

    /** Fingerprints of one sentence. */
    static final class Fingerprints {
        private Fingerprints() {
        }

        /** Winnowed hashes of runs of {@code gram} content (non-stock) tokens of sentence {@code s}. */
        static long[] winnow(Doc d, int s, int gram, int window) {
            IntList positions = new IntList();
            for (int i = d.sentenceStart[s]; i < d.sentenceEnd[s]; i++) {
                if (d.content[i] && !d.stock[i]) {
                    positions.add(i);
                }
            }
            int grams = positions.size() - gram + 1;
            if (grams <= 0) {
                return new long[0];
            }
            long[] hashes = new long[grams];
            for (int g = 0; g < grams; g++) {
                long h = 0x84222325cbf29ce4L;
                for (int k = 0; k < gram; k++) {
                    h = (h * 31 + d.hashes[positions.get(g + k)]) * 0x100000001b3L;
                }
                hashes[g] = h ^ (h >>> 29);
            }
            LongList out = new LongList();
            int last = -1;
            int w = Math.min(window, grams);
            for (int start = 0; start + w <= grams; start++) {
                int min = start;
                for (int k = start + 1; k < start + w; k++) {
                    if (hashes[k] <= hashes[min]) {
                        min = k; // rightmost minimum, as in Schleimer et al.
                    }
                }
                if (min != last) {
                    out.add(hashes[min]);
                    last = min;
                }
            }
            return out.toArray();
        }
    }

    /** For tests: the passages keyed by pair, without the summary. */
    static Map<String, List<Passage>> byPair(ReuseResult r) {
        Map<String, List<Passage>> out = new LinkedHashMap<>();
        for (ReusePair p : r.pairs()) {
            out.put(p.a() + "~" + p.b(), p.passages());
        }
        return out;
    }
}
