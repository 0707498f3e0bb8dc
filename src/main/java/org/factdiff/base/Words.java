package org.factdiff.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as a word, everywhere in factdiff (word counts, coverage, tokens): a number
 * with its inner separators ("1,000", "3.5"), or a run of letters and digits with inner
 * apostrophes and dots ("don't", "U.S"). Hyphens separate words ("al-Tanf" is two), so that
 * "US-led" and "US -led" read the same.
 */
public final class Words {
    /** One word. */
    public static final Pattern WORD = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)+|[\\p{L}\\p{N}\\p{M}]+(?:['\u2019.][\\p{L}\\p{N}\\p{M}]+)*");

    private Words() {
    }

    /** The words of a text, in order. */
    public static java.util.List<String> list(CharSequence text) {
        Matcher m = WORD.matcher(text);
        java.util.List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
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
