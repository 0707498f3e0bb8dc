package org.factdiff.text;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.factdiff.base.Cache;
import org.factdiff.base.Sha256;
import org.factdiff.base.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The shared text stage: sentences and normalised tokens of a clean text. Names of the
 * lexicon become one token each ("Russian Federation" and "Russia" read the same); every
 * other word gets its canonical form. Names never span two sentences.
 */
public final class TextAnalyzer {
    /** A "word" longer than this (a pasted hash, base64, a run of letters) is left out of the analysis. */
    public static final int MAX_WORD_CHARS = 64;
    /**
     * Most sentences analysed in one article. A long news feature has about 500; 4 Mi characters
     * of "a. a. a." would make two million, each encoded, tagged and compared later on. The 2 MB
     * one-line article of HostileInputTest, cut into sentences of Segmenter.MAX_SENTENCE_CHARS, has 11,977.
     */
    public static final int MAX_SENTENCES = 20_000;
    /** Most words analysed in one article; a long news feature has about 15,000, HostileInputTest's 2 MB line 347,333. */
    public static final int MAX_TOKENS = 500_000;

    /** The kind of cache entry (and file extension) that holds a text's sentences and tokens. */
    public static final String KIND = "tokens";

    private final Lexicon lexicon;
    private final Segmenter segmenter = new Segmenter();
    private final Cache cache;
    private final Cache.Key settings;

    public TextAnalyzer(Lexicon lexicon) {
        this(lexicon, Cache.NONE);
    }

    /**
     * Takes the sentences and tokens of texts parsed by an earlier run with the same names from
     * {@code cache}, and stores those of the others. They depend on the text and the names alone.
     */
    public TextAnalyzer(Lexicon lexicon, Cache cache) {
        this.lexicon = lexicon;
        this.cache = cache;
        this.settings = lexicon.keyed(Cache.Key.of(KIND));
    }

    /**
     * As {@link #analyzeArticle}, for texts the tool itself holds (phrase lists), which stay far
     * below the bounds.
     *
     * @throws IllegalArgumentException when the text is beyond {@link #MAX_SENTENCES} or {@link #MAX_TOKENS}
     */
    public ParsedText analyze(String id, String text) {
        try {
            return analyzeArticle(id, id, text);
        } catch (TextLimitException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The sentences and tokens of an article's clean text.
     *
     * @param name the article's file as the case file gives it, for messages
     * @throws TextLimitException when the text has more than {@link #MAX_SENTENCES} sentences or
     *                            {@link #MAX_TOKENS} words
     */
    public ParsedText analyzeArticle(String name, String id, String text) throws TextLimitException {
        if (cache.folder().isEmpty()) {
            return parse(name, id, text);
        }
        Cache.Key key = settings.and(Sha256.hex(text.getBytes(StandardCharsets.UTF_8)));
        Optional<ParsedText> cached = cache.load(key, in -> ParsedTextCodec.read(id, text, in));
        if (cached.isPresent()) {
            return cached.get();
        }
        ParsedText parsed = parse(name, id, text);
        cache.store(key, parsed, ParsedTextCodec::write);
        return parsed;
    }

    private ParsedText parse(String name, String id, String text) throws TextLimitException {
        List<Sentence> sentences = segmenter.split(text);
        if (sentences.size() > MAX_SENTENCES) {
            throw new TextLimitException(name + ": article '" + id + "' has " + count(sentences.size())
                    + " sentences, more than the " + count(MAX_SENTENCES)
                    + " limit (TextAnalyzer.MAX_SENTENCES); give only the article's text");
        }
        List<Token> tokens = new ArrayList<>();
        int words = 0;
        Matcher m = Words.WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            if (m.end() - m.start() <= MAX_WORD_CHARS) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        words = spans.size();
        if (words > MAX_TOKENS) {
            throw new TextLimitException(name + ": article '" + id + "' has " + count(words)
                    + " words, more than the " + count(MAX_TOKENS)
                    + " limit (TextAnalyzer.MAX_TOKENS); give only the article's text");
        }
        int w = 0;
        for (Sentence s : sentences) {
            while (w < spans.size() && spans.get(w)[0] < s.start()) {
                w++; // a word outside every sentence cannot happen, but stay safe
            }
            List<int[]> inside = new ArrayList<>();
            while (w < spans.size() && spans.get(w)[1] <= s.end()) {
                inside.add(spans.get(w++));
            }
            tokenize(text, s.index(), inside, tokens);
        }
        return new ParsedText(id, text, sentences, tokens, words);
    }

    private void tokenize(String text, int sentence, List<int[]> spans, List<Token> out) {
        List<String> surfaces = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            surfaces.add(text.substring(s[0], s[1]));
        }
        for (int i = 0; i < spans.size(); ) {
            Lexicon.NameMatch name = lexicon.matchName(surfaces, i);
            if (name != null) {
                int start = spans.get(i)[0];
                int end = spans.get(i + name.words() - 1)[1];
                out.add(new Token(start, end, exact(text.substring(start, end)), name.group(), true, name.words(), sentence));
                i += name.words();
                continue;
            }
            String surface = surfaces.get(i);
            String folded = Lexicon.fold(surface);
            boolean content = !StopWords.contains(folded) && !folded.isEmpty();
            String norm = lexicon.norm(surface);
            out.add(new Token(spans.get(i)[0], spans.get(i)[1], exact(surface), norm.isEmpty() ? folded : norm,
                    content, 1, sentence));
            i++;
        }
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The surface with typographic variants unified, case kept. */
    static String exact(String surface) {
        return surface.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
}
