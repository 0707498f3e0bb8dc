package org.factdiff.text;

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

    /** The excerpt of this text between two offsets. */
    public Excerpt excerpt(int start, int end) {
        return Excerpt.of(id, text, start, end);
    }
}
