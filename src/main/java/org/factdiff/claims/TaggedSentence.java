package org.factdiff.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;
import org.factdiff.text.Sentence;
import org.factdiff.text.Token;

/**
 * One sentence as the slot readers read it: its tokens, each token's surface, folded form
 * and part-of-speech tag, and the text they point into. Built once per sentence. Token
 * indices are 0-based within the sentence; character offsets are 0-based, end-exclusive
 * UTF-16 offsets into the article's clean text.
 *
 * @param parsed   the article's parsed text, which all offsets refer to
 * @param sentence the sentence
 * @param tokens   its tokens, in text order
 * @param surface  each token as written
 * @param folded   each token folded ({@link Lexicon#fold}: lower case in {@code Locale.ROOT},
 *                 no accents, no possessive "'s")
 * @param tags     each token's Universal Dependencies part-of-speech tag
 */
public record TaggedSentence(ParsedText parsed, Sentence sentence, List<Token> tokens, List<String> surface,
                             List<String> folded, List<String> tags) {
    public TaggedSentence {
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(sentence, "sentence");
        tokens = List.copyOf(tokens);
        surface = List.copyOf(surface);
        folded = List.copyOf(folded);
        // A tagger may leave a word untagged (null); the rules compare tags with equals.
        tags = Collections.unmodifiableList(new ArrayList<>(tags));
        if (surface.size() != tokens.size() || folded.size() != tokens.size() || tags.size() != tokens.size()) {
            throw new IllegalArgumentException("tagged sentence " + sentence.index() + " has " + tokens.size()
                    + " tokens but " + surface.size() + " surfaces, " + folded.size() + " folded forms and "
                    + tags.size() + " tags");
        }
    }

    /** The sentence's tokens read from {@code parsed} and tagged by {@code tagger}. */
    public static TaggedSentence of(ParsedText parsed, Sentence sentence, List<Token> tokens, Tagger tagger) {
        List<String> surface = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (Token tk : tokens) {
            String s = parsed.text().substring(tk.start(), tk.end());
            surface.add(s);
            folded.add(Lexicon.fold(s));
        }
        return new TaggedSentence(parsed, sentence, tokens, surface, folded,
                Arrays.asList(tagger.tag(surface)));
    }

    /** Number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** The article's whole clean text. */
    public String cleanText() {
        return parsed.text();
    }

    /** The sentence's text. */
    public String text() {
        return sentence.text(parsed.text());
    }

    /** Offset of the sentence's first character. */
    public int start() {
        return sentence.start();
    }

    /** End-exclusive offset of the sentence. */
    public int end() {
        return sentence.end();
    }

    /** Token {@code i}. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** Token {@code i} as written. */
    public String word(int i) {
        return surface.get(i);
    }

    /** Token {@code i} folded to lower case. */
    public String lower(int i) {
        return folded.get(i);
    }

    /** The part-of-speech tag of token {@code i}. */
    public String tag(int i) {
        return tags.get(i);
    }

    /** True when token {@code i} exists and is tagged {@code tag}. */
    public boolean isTag(int i, String tag) {
        return i >= 0 && i < tags.size() && tag.equals(tags.get(i));
    }

    /** True when token {@code i} exists and begins with a capital letter. */
    public boolean isCapitalized(int i) {
        return i >= 0 && i < surface.size() && Character.isUpperCase(surface.get(i).charAt(0));
    }

    /** True when token {@code i} begins with a digit. */
    public boolean isDigits(int i) {
        String w = folded.get(i);
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** The text from token {@code from} to token {@code to}, both included. */
    public String span(int from, int to) {
        return parsed.text().substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** The excerpt from token {@code from} to token {@code to}, both included. */
    public Excerpt excerpt(int from, int to) {
        return parsed.excerpt(tokens.get(from).start(), tokens.get(to).end());
    }

    /** The characters between token {@code i - 1} and token {@code i} (or before token 0 in its sentence). */
    public String gap(int i) {
        int start = i == 0 ? sentence.start() : tokens.get(i - 1).end();
        return parsed.text().substring(start, tokens.get(i).start());
    }
}
