package org.factdiff.text;

import org.factdiff.base.Words;
import java.util.List;
import java.util.Objects;

/**
 * One article's clean text split into sentences and normalised tokens; the common input of
 * the claim and reuse stages.
 *
 * @param id        the article id
 * @param text      the clean text all offsets refer to
 * @param sentences in text order, not overlapping
 * @param tokens    in text order, not overlapping, each inside its sentence
 * @param words     number of words of the text ({@link Words})
 */
public record ParsedText(String id, String text, List<Sentence> sentences, List<Token> tokens, int words) {
    public ParsedText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /**
     * How the text stage reads a stretch: the canonical forms of the tokens inside
     * [start, end), joined by spaces ("al-Tanf" and "At Tanf" read alike).
     */
    public String canonical(int start, int end) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end) {
                b.append(b.length() == 0 ? "" : " ").append(t.norm());
            }
        }
        return b.toString();
    }

    /**
     * The canonical form of a phrase as it stands in an excerpt of this text (its first
     * occurrence), or "" when the excerpt does not hold it.
     */
    public String canonical(Excerpt within, String phrase) {
        int at = phrase.isEmpty() ? -1 : within.text().indexOf(phrase);
        return at < 0 ? "" : canonical(within.start() + at, within.start() + at + phrase.length());
    }

    /** The excerpt of this text between two offsets. */
    public Excerpt excerpt(int start, int end) {
        return Excerpt.of(id, text, start, end);
    }
}
