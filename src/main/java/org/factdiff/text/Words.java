package org.factdiff.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What counts as a word: a run of letters and digits, with inner apostrophes, hyphens and dots. */
public final class Words {
    /** One word; "U.S.", "don't", "F-15E", "3.5" and "al-Tanf" are each one word. */
    public static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}\\p{M}]+(?:['\u2019.\\-][\\p{L}\\p{N}\\p{M}]+)*");

    private Words() {
    }

    public static int count(CharSequence text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
