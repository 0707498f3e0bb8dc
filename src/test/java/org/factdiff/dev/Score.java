package org.factdiff.dev;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The word matching of ../shared/dev-cases/score.py, so that tests measure what it measures. */
final class Score {
    private static final Set<String> STOP = Set.of(("a an the of to in on at and or for by with from as is was were be "
            + "been that this it its has have had are not but").split(" "));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");

    private Score() {
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(norm(s));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Share of the needle's content words that occur in the text. */
    static double wordCoverage(String needle, String text) {
        List<String> n = words(needle);
        if (n.isEmpty()) {
            return 0;
        }
        Set<String> t = new HashSet<>(words(text));
        return (double) n.stream().filter(t::contains).count() / n.size();
    }
}
