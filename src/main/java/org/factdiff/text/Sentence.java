package org.factdiff.text;

/**
 * A sentence (or a line without final punctuation: a headline, a caption, a list item).
 *
 * @param index position among the text's sentences, from 0
 * @param start 0-based UTF-16 offset of its first character in the clean text
 * @param end   end-exclusive offset (trailing spaces excluded)
 */
public record Sentence(int index, int start, int end) {
    public Sentence {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence " + index + " [" + start + "," + end + ")");
        }
    }

    public String text(String cleanText) {
        return cleanText.substring(start, end);
    }
}
