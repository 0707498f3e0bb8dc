package org.factdiff.text;

import java.util.Objects;

/**
 * A word, or a name of several words that the lexicon reads as one ("Russian Federation",
 * "U.S."), with the forms used to compare texts.
 *
 * @param start    0-based UTF-16 offset of its first character in the clean text
 * @param end      end-exclusive offset
 * @param exact    the surface with typographic variants unified (quotes, apostrophes), case kept
 * @param norm     the canonical form: lower case, folded, British spelling made American,
 *                 number words as digits, stemmed; or the id of a name group ({@code §...})
 * @param content  false for function words ("the", "of", "said" is content)
 * @param words    how many words of the text it covers (1, or more for a name)
 * @param sentence index of its sentence
 */
public record Token(int start, int end, String exact, String norm, boolean content, int words, int sentence) {
    public Token {
        // One instance per distinct form: a case of 10,000 articles holds millions of tokens but
        // tens of thousands of forms, and two strings a token made half of its heap.
        exact = Objects.requireNonNull(exact, "exact").intern();
        norm = Objects.requireNonNull(norm, "norm").intern();
        if (start < 0 || end <= start || words < 1 || sentence < 0) {
            throw new IllegalArgumentException("bad token [" + start + "," + end + ") words=" + words);
        }
    }

    /** True when the token stands for a name group of the lexicon. */
    public boolean isName() {
        return norm.startsWith(Lexicon.NAME_PREFIX);
    }
}
