package org.factdiff.text;

import org.factdiff.base.Words;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits clean text into sentences the way news text needs: the JDK's sentence
 * {@link BreakIterator}, corrected by rules it lacks.
 *
 * <ul>
 *   <li>a line break ends a sentence (headlines, captions, list items have no final stop),
 *       unless the text was hard-wrapped: the line ends without a stop and the next begins in
 *       lower case or a digit, or the line ends in a comma or a function word, or inside a
 *       quotation;</li>
 *   <li>no split after an abbreviation ("U.S.", "Gen.", "Sept.", "Okla.") or an initial ("John
 *       F. Kennedy"), nor before a piece that begins in lower case;</li>
 *   <li>no split inside a quotation: "It did happen. It was against..." stays with its
 *       "the official said".</li>
 *   <li>a split where pasting lost the space after a stop: "the statement said.Apparently a
 *       tank..." is two sentences (a lower-case word, a stop, a capitalised word).</li>
 * </ul>
 */
public final class Segmenter {
    /** A sentence longer than this is cut at a space, so that later stages stay bounded. */
    public static final int MAX_SENTENCE_CHARS = 3000;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "rev", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "maj",
            "cmdr", "adm", "cpl", "pvt", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "ave",
            "blvd", "rd", "approx", "est", "dept", "univ", "ala", "ariz", "ark", "calif", "colo", "conn", "del",
            "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
            "neb", "nev", "okla", "ore", "pa", "tenn", "va", "vt", "wash", "wis", "wyo", "e.g", "i.e", "a.m", "p.m",
            "u.s", "u.k", "u.n", "e.u", "n.y", "n.j", "n.c", "s.c", "n.h", "n.m", "n.d", "s.d", "r.i", "d.c",
            "w.va", "u.s.a", "fig", "op", "vol", "pp", "govt");

    /** A stop with no space after it between a lower-case word and a capitalised one: "said.Apparently". */
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile(
            "(?<![\\p{L}.])(\\p{Ll}{2,})([.!?][\"\u201D]?)(?=\\p{Lu}\\p{Ll})");

    public List<Sentence> split(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int[] block : blocks(text)) {
            splitBlock(text, block[0], block[1], spans);
        }
        List<Sentence> out = new ArrayList<>();
        for (int[] s : spans) {
            for (int[] piece : bound(text, s[0], s[1])) {
                out.add(new Sentence(out.size(), piece[0], piece[1]));
            }
        }
        return out;
    }

    /** Runs of lines that belong together: one line, or a hard-wrapped paragraph. */
    private static List<int[]> blocks(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (!text.substring(start, end).isBlank()) {
                lines.add(new int[] {start, end});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        List<int[]> blocks = new ArrayList<>();
        for (int[] line : lines) {
            if (!blocks.isEmpty()) {
                int[] last = blocks.get(blocks.size() - 1);
                String previous = text.substring(last[0], last[1]);
                // An open quotation carries over a line break unless the line ends a sentence: a
                // quotation left unclosed at a paragraph's stop ends with its paragraph (news style
                // reopens it on the next one), so one stray quotation mark cannot swallow the text.
                if (continues(text, last, line) || openQuote(previous) && !endsSentence(previous)) {
                    last[1] = line[1];
                    continue;
                }
            }
            blocks.add(new int[] {line[0], line[1]});
        }
        return blocks;
    }

    /** True when the line ends in a full stop, question or exclamation mark, before any closing marks. */
    static boolean endsSentence(String line) {
        String p = line.strip();
        int i = p.length() - 1;
        while (i >= 0 && "\"\u201D\u2019')]".indexOf(p.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(p.charAt(i)) >= 0;
    }

    /** True when {@code next} is the continuation of a hard-wrapped sentence in {@code prev}. */
    private static boolean continues(String text, int[] prev, int[] next) {
        String p = text.substring(prev[0], prev[1]).strip();
        String n = text.substring(next[0], next[1]).strip();
        if (p.isEmpty() || n.isEmpty()) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        if (".!?:;\"\u201D\u2019)]".indexOf(last) >= 0) {
            return false;
        }
        if (last == ',' || last == '-' || last == '\u2014' || last == '\u2013') {
            return true;
        }
        if (LIST_ITEM.matcher(n).lookingAt()) {
            return false; // "- $11.5 million for repaving": a list's item begins, whatever its first word
        }
        char first = firstLetterOrDigit(n);
        if (Character.isLowerCase(first) || Character.isDigit(first)) {
            return true;
        }
        String lastWord = p.substring(p.lastIndexOf(' ') + 1);
        return StopWords.contains(lastWord) && !lastWord.isEmpty() && Character.isLowerCase(lastWord.charAt(0));
    }

    /** A list item's mark at the start of a line: "- ", "* ", "\u2022 ", "\u2013 ". */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("[-*\\u2022\\u2013\\u2014]\\s");

    private static char firstLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return ' ';
    }

    private static void splitBlock(String text, int from, int to, List<int[]> out) {
        String block = text.substring(from, to);
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(block);
        List<int[]> pieces = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int at = start;
            java.util.regex.Matcher glued = GLUED.matcher(block).region(start, end);
            while (glued.find()) {
                String word = block.substring(glued.start(1), glued.end(1));
                if (!ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                    pieces.add(new int[] {at, glued.end(2)});
                    at = glued.end(2);
                }
            }
            pieces.add(new int[] {at, end});
        }
        int[] current = null;
        for (int[] piece : pieces) {
            String pieceText = block.substring(piece[0], piece[1]);
            if (pieceText.isBlank()) {
                continue;
            }
            if (current != null && joins(block.substring(current[0], current[1]), pieceText)) {
                current[1] = piece[1];
            } else {
                if (current != null) {
                    add(text, from + current[0], from + current[1], out);
                }
                current = new int[] {piece[0], piece[1]};
            }
        }
        if (current != null) {
            add(text, from + current[0], from + current[1], out);
        }
    }

    /** True when the break between {@code prev} and {@code next} is not a sentence end. */
    static boolean joins(String prev, String next) {
        String p = prev.strip();
        String n = next.strip();
        char first = firstLetterOrDigit(n);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (openQuote(p)) {
            return true;
        }
        if (!p.endsWith(".")) {
            return false;
        }
        int space = Math.max(p.lastIndexOf(' '), Math.max(p.lastIndexOf('('), p.lastIndexOf('\u201C')));
        String word = p.substring(space + 1, p.length() - 1);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        String abbreviation = word.toLowerCase(Locale.ROOT);
        if (!ABBREVIATIONS.contains(abbreviation)) {
            return false;
        }
        String nextWord = n.split("[\\s,;:]+", 2)[0];
        if (abbreviation.equals("no") || abbreviation.equals("nos")) {
            return Character.isDigit(first); // "No. 5", but "He said no. Then ..."
        }
        // "moved to the U.S. The next day", "at 5 p.m. Officials said": an abbreviation that can
        // end a sentence does when a capitalised function word follows.
        String following = nextWord.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (abbreviation.equals("a.m") || abbreviation.equals("p.m")) {
            // "at 5 p.m. Monday", "9 p.m. ET" go on; "at 5 p.m. Officials said" ends.
            return !Character.isUpperCase(first) || TIME_FOLLOWERS.contains(following);
        }
        boolean canEnd = SENTENCE_FINAL.contains(abbreviation);
        return !(canEnd && Character.isUpperCase(first) && StopWords.contains(following));
    }

    /** Words that may follow "p.m." in the same sentence: days, months, time zones. */
    private static final Set<String> TIME_FOLLOWERS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
            "bst", "cet", "cest", "local", "eastern", "central", "mountain", "pacific");

    /** Abbreviations that often end a sentence: "the U.S.", "5 p.m.", "and so on etc.". */
    private static final Set<String> SENTENCE_FINAL = Set.of("u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "etc",
            "inc", "co", "corp", "ltd", "jr", "sr", "u.s.a");

    /** True when the text has opened a quotation it has not closed. */
    static boolean openQuote(String s) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                open--;
            }
        }
        return straight % 2 == 1 || open > 0;
    }

    private static void add(String text, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    /** Cuts an overlong sentence at spaces so that no piece exceeds {@link #MAX_SENTENCE_CHARS}. */
    private static List<int[]> bound(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
            if (cut <= start) {
                cut = start + MAX_SENTENCE_CHARS;
            }
            out.add(new int[] {start, cut});
            start = cut;
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
        return out;
    }
}
