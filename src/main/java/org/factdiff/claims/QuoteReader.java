package org.factdiff.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdiff.text.Quotes;
import org.factdiff.text.Sentence;
import org.factdiff.text.StopWords;
import org.factdiff.base.Words;

/**
 * Reads the quotations of a sentence with whom the article credits them ("..., the official
 * said", "Said Nutter: ...", "Reuters cited X as saying ...") and the outlet they came
 * through ("told AFP"). "He said" and a quotation that carries on without attribution are
 * credited to the person the text spoke of last. One reader serves one article, read in
 * sentence order: it remembers who was spoken of.
 */
final class QuoteReader implements SlotReader<List<QuoteMention>> {
    /** Words after a quotation searched for "..., the official said". */
    static final int SPEAKER_WINDOW = 8;
    /** A quotation shorter than this is a phrase in quotation marks, not a quote of someone. */
    static final int MIN_QUOTE_WORDS = 3;
    /** Pronouns that stand for a speaker named before. */
    static final Set<String> PRONOUN_SPEAKERS = Set.of("he", "she");

    private final List<Quotes.Quote> quotes;
    private final SpeakerContext speakers = new SpeakerContext();
    /** The index of the last sentence whose paragraph break was counted. */
    private int lastSentence;

    /** @param quotes the quotations of the article ({@link Quotes#find}) */
    QuoteReader(List<Quotes.Quote> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    @Override
    public List<QuoteMention> read(TaggedSentence s) {
        countParagraphs(s);
        List<QuoteMention> out = new ArrayList<>();
        for (Quotes.Quote q : quotes) {
            if (q.start() < s.start() || q.end() > s.end() + 1) {
                continue;
            }
            int end = Math.min(q.end(), s.end());
            String quoted = s.cleanText().substring(q.start(), end);
            if (Words.count(quoted) < MIN_QUOTE_WORDS) {
                continue;
            }
            int[] speaker = speaker(s, q.start(), end);
            String who = speaker == null ? "" : s.span(speaker[0], speaker[1]);
            if (speaker == null && introducedByColon(s, q.start())) {
                // "Mayor Carla Wynn described the flood: "The water came up ..."": the sentence's subject speaks;
                // "..., with Prime Minister Irena Solt declaring in parliament: "..."": the name before the verb.
                who = subject(s);
                if (who.isEmpty()) {
                    who = speakerBeforeColon(s, q.start());
                }
            }
            boolean named = speaker == null && !who.isEmpty();
            if (speaker != null) {
                for (int k = speaker[0]; k <= speaker[1]; k++) {
                    named |= ("PROPN".equals(s.tag(k)) || k > 0) && s.isCapitalized(k)
                            && !StopWords.contains(s.lower(k)) || s.token(k).isName();
                }
            }
            String pronoun = who.toLowerCase(Locale.ROOT);
            boolean continued = who.isEmpty() && (s.text().startsWith("\"") || s.text().startsWith("\u201C"));
            if (PRONOUN_SPEAKERS.contains(pronoun) || continued) {
                // "..., he said": the person the sentence opens with, or the one spoken of last.
                String subject = PRONOUN_SPEAKERS.contains(pronoun) ? subject(s) : "";
                String resolved = !subject.isEmpty() ? subject : speakers.resolve();
                if (!resolved.isEmpty()) {
                    who = resolved + (continued ? "" : " (\u201C" + who + "\u201D)");
                    named = true;
                    speakers.mention(resolved);
                }
            } else if (named) {
                speakers.mention(who);
            }
            out.add(new QuoteMention(s.parsed().excerpt(q.start(), end), who, named, channel(s, q.start(), end)));
        }
        String subject = quotedPerson(s).orElse(subject(s));
        if (!subject.isEmpty() && out.stream().noneMatch(QuoteMention::named)) {
            speakers.mention(subject);
        }
        return out;
    }

    /**
     * The name of two capitalised words or more right before a verb of saying or a participle
     * ("Irena Solt declaring", "Ivo Marn said") in the clause that the colon before the quotation
     * at {@code qs} ends; "" when there is none.
     */
    private static String speakerBeforeColon(TaggedSentence s, int qs) {
        int last = -1;
        for (int k = 0; k < s.size() && s.token(k).end() <= qs; k++) {
            last = k;
        }
        if (last >= 2 && s.gap(last).contains(",") && SAYING.contains(s.lower(last))) {
            return nameBeforeVerb(s, last); // "Ana Pell welcomed the plan, saying: ...": her words
        }
        for (int v = last; v >= 2; v--) {
            if (s.gap(v).contains(",") || s.gap(v).contains(";")) {
                return ""; // the clause the colon ends has begun
            }
            String w = s.lower(v);
            if (!(w.endsWith("ing") && w.length() > 4 || Cues.REPORTING.contains(w))) {
                continue;
            }

            int to = v - 1;
            int from = to;
            while (from - 1 >= 0 && s.isCapitalized(from - 1) && s.gap(from).isBlank()) {
                from--;
            }
            return s.isCapitalized(to) && to > from && !StopWords.contains(s.lower(from)) ? s.span(from, to) : "";
        }
        return "";
    }

    /** Participles of saying after a comma, whose speaker is the sentence's subject. */
    private static final Set<String> SAYING = Set.of("saying", "adding", "declaring", "telling", "warning", "insisting");

    /**
     * The first name of two capitalised words or more before token {@code stop} that a verb
     * follows: "Students' union president Tomasz Wieczorek welcomed ..."; "" when there is none.
     */
    private static String nameBeforeVerb(TaggedSentence s, int stop) {
        for (int k = 0; k + 1 < stop; k++) {
            int to = k;
            while (to + 1 < stop && s.gap(to + 1).isBlank() && isNameWord(s, to + 1) && isNameWord(s, k)) {
                to++;
            }
            int from = k;
            while (from < to && !s.isCapitalized(from)) {
                from++; // "president Tomasz Wieczorek": the name without the office in lower case
            }
            if (to > from && to + 1 < stop && "VERB".equals(s.tag(to + 1)) && s.gap(to + 1).isBlank()
                    && !StopWords.contains(s.lower(from))) {
                return s.span(from, to);
            }
            k = to;
        }
        return "";
    }

    /** True when a colon stands right before the quotation starting at {@code qs}, after words of the sentence. */
    private static boolean introducedByColon(TaggedSentence s, int qs) {
        String before = s.cleanText().substring(s.start(), Math.max(s.start(), qs)).stripTrailing();
        while (!before.isEmpty() && "\"\u201C'\u2018".indexOf(before.charAt(before.length() - 1)) >= 0) {
            before = before.substring(0, before.length() - 1).stripTrailing();
        }
        return before.endsWith(":") && before.length() > 1;
    }

    /** Counts the paragraph breaks between the sentences read before and this one, empty ones included. */
    private void countParagraphs(TaggedSentence s) {
        List<Sentence> all = s.parsed().sentences();
        String text = s.cleanText();
        for (int k = Math.max(1, lastSentence + 1); k <= s.sentence().index() && k < all.size(); k++) {
            if (text.substring(all.get(k - 1).end(), all.get(k).start()).contains("\n")) {
                speakers.newParagraph();
            }
        }
        lastSentence = Math.max(lastSentence, s.sentence().index());
    }

    /**
     * The name the sentence opens with, two capitalised words or more that close its first
     * phrase: "Paul Cheung, an AP manager, ...", and after the words of a title, "Provincial
     * sports minister Thandiwe Ncube, who ...", "Police spokesman Sipho Dlamini said"; or "".
     */
    private static String subject(TaggedSentence s) {
        if (s.size() == 0 || StopWords.contains(s.lower(0)) || !s.text().startsWith(s.word(0))) {
            return ""; // "The ...", or a sentence that opens with a quotation
        }
        int from = -1;
        int to = -1;
        int k = 0;
        for (; k < s.size() && (k == 0 || s.gap(k).isBlank()); k++) {
            if (s.isCapitalized(k) && !ActorReader.isDateWord(s.lower(k))) {
                from = to == k - 1 && from >= 0 ? from : k;
                to = k;
            } else if (to < 0 || !TITLE_TAGS.contains(s.tag(k)) || StopWords.contains(s.lower(k))) {
                break; // a verb or a function word: the phrase the sentence opens with has ended
            }
        }
        return to == k - 1 && to > from ? s.span(from, to) : "";
    }

    /**
     * The person an outlet or body cites, when the sentence says so: in "ERTV News quoted
     * commission spokesman Peter Lindqvist as saying ...", Lindqvist speaks, and a "he said"
     * after it is his, not the outlet's.
     */
    private static java.util.Optional<String> quotedPerson(TaggedSentence s) {
        for (int k = 1; k + 1 < s.size(); k++) {
            if (!s.lower(k).equals("quoted") && !s.lower(k).equals("cited")) {
                continue;
            }
            // Past the lower-case words of a title ("commission spokesman") to the name.
            int j = k + 1;
            while (j < s.size() && j <= k + TITLE_WORDS && !isNameWord(s, j) && TITLE_TAGS.contains(s.tag(j))
                    && s.gap(j).isBlank()) {
                j++;
            }
            int[] run = nameRun(s, j, 1);
            if (run != null && run[1] > run[0] && run[1] + 1 < s.size() && s.lower(run[1] + 1).equals("as")) {
                return java.util.Optional.of(s.span(run[0], run[1]));
            }
        }
        return java.util.Optional.empty();
    }

    /** Most lower-case words of a title between "quoted" and a name: "regional police spokesman". */
    private static final int TITLE_WORDS = 4;

    /** What the lower-case words of a title before a name are tagged: "sports minister", "fire chief". */
    private static final Set<String> TITLE_TAGS = Set.of("NOUN", "ADJ");

    /**
     * The named outlet or person through whom the quote came, near it outside the quotation
     * marks: "told AFP", "Reuters cited ... as saying", "according to Reuters"; "" when none.
     */
    private static String channel(TaggedSentence s, int qs, int qe) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < s.size(); k++) {
            if (s.token(k).end() > qs && s.token(k).start() < qe) {
                continue; // inside the quotation
            }
            int distance = s.token(k).start() >= qe ? s.token(k).start() - qe : qs - s.token(k).end();
            String w = s.lower(k);
            int[] run = null;
            if ((w.equals("told") || w.equals("tells")) && k + 1 < s.size()) {
                run = nameRun(s, k + 1, 1);
            } else if (w.equals("according") && k + 2 < s.size() && s.lower(k + 1).equals("to")) {
                run = nameRun(s, k + 2, 1);
            } else if ((w.equals("cited") || w.equals("quoted")) && k > 0) {
                run = nameRun(s, k - 1, -1);
            }
            if (run != null && distance < bestDistance && distance <= SPEAKER_WINDOW * 12) {
                best = s.span(run[0], run[1]);
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The run of capitalised words or names starting at k going in direction dir, as [from, to], or null. */
    private static int[] nameRun(TaggedSentence s, int k, int dir) {
        int from = k;
        int to = k;
        if (k < 0 || k >= s.size() || !isNameWord(s, k) || s.token(k).start() < s.start()) {
            return null;
        }
        while (true) {
            int next = dir > 0 ? to + 1 : from - 1;
            if (next < 0 || next >= s.size() || !isNameWord(s, next)
                    || !s.gap(dir > 0 ? next : from).isBlank() && !afterTitle(s, dir > 0 ? next : from)) {
                break;
            }
            if (dir > 0) {
                to = next;
            } else {
                from = next;
            }
        }
        return new int[] {from, to};
    }

    /** Titles written short with a full stop before a name: "Dr. Anneke Sol". */
    private static final Set<String> SHORT_TITLES = Set.of("dr", "mr", "mrs", "ms", "prof", "gen", "col", "capt", "sgt",
            "lt", "rev", "gov", "sen", "rep", "insp", "det", "supt", "cmdr", "maj", "adm");

    /** True when the gap before token k is the full stop of a short title at token k - 1: "Dr. Sol". */
    private static boolean afterTitle(TaggedSentence s, int k) {
        return k >= 1 && s.gap(k).matches("\\.\\s+") && SHORT_TITLES.contains(s.lower(k - 1));
    }

    private static boolean isNameWord(TaggedSentence s, int k) {
        return s.token(k).isName() || s.isCapitalized(k) && !ActorReader.isDateWord(s.lower(k));
    }

    /** Token range of the speaker credited for the quote [qs, qe), or null. */
    private static int[] speaker(TaggedSentence s, int qs, int qe) {
        int after = -1;
        int before = -1;
        for (int k = 0; k < s.size(); k++) {
            if (after < 0 && s.token(k).start() >= qe) {
                after = k;
            }
            if (s.token(k).end() <= qs) {
                before = k;
            }
        }
        if (after >= 0) {
            for (int k = after; k < Math.min(s.size(), after + SPEAKER_WINDOW); k++) {
                if (Cues.REPORTING.contains(s.lower(k)) && ("VERB".equals(s.tag(k)) || pastReporting(s.lower(k)))) {
                    if (k > after) {
                        // "..." Tobias Renk, the union's general secretary, told reporters: the name.
                        int name = after;
                        while (name + 1 < k && isNameWord(s, name) && isNameWord(s, name + 1) && s.gap(name + 1).isBlank()) {
                            name++;
                        }
                        boolean apposed = name > after && isNameWord(s, after) && s.gap(name + 1).contains(",");
                        return new int[] {after, apposed ? name : k - 1}; // "..." the official said
                    }
                    int stop = k + 1;
                    while (stop < s.size() && stop < k + 1 + SPEAKER_WINDOW && (s.gap(stop).isBlank() || afterTitle(s, stop))) {
                        stop++;
                    }
                    if (stop == k + 1) {
                        return null;
                    }
                    int named = appositiveName(s, k + 1, stop);
                    return new int[] {k + 1, named >= 0 ? named : nameEnd(s, k + 1, asSaying(s, k + 1, stop - 1))}; // said X
                }
            }
        }
        if (before >= 0) {
            for (int k = before; k >= Math.max(0, before - SPEAKER_WINDOW); k--) {
                if ((s.lower(k).equals("cited") || s.lower(k).equals("quoted")) && k < before) {
                    int as = asSaying(s, k + 1, before);
                    if (as < before - 1) {
                        return new int[] {k + 1, as}; // Reuters cited X as saying "..."
                    }
                }
                if (Cues.REPORTING.contains(s.lower(k)) && ("VERB".equals(s.tag(k)) || s.lower(k).equals("said"))) {
                    int start = k;
                    while (start > 0 && k - start < SPEAKER_WINDOW && (s.gap(start).isBlank() || afterTitle(s, start))) {
                        start--;
                    }
                    if (start < k) {
                        return new int[] {start, k - 1}; // X said: "..."
                    }
                    boolean told = s.lower(k).equals("told") || s.lower(k).equals("tells");
                    // "Said X: ..." names the speaker after the verb; "..., 23, told Riverline News: ..." the listener
                    return !told && k < before && before - k <= SPEAKER_WINDOW ? new int[] {k + 1, before} : null;
                }
            }
        }
        return null;
    }

    /**
     * True for a verb of saying in the past, which the tagger may take for a noun ("Tobias Renk,
     * the union's general secretary, told reporters"); "report" or "tells" may be nouns.
     */
    private static boolean pastReporting(String w) {
        return w.equals("said") || w.equals("told") || w.equals("wrote") || w.endsWith("ed");
    }

    /** Longest name read after a role, in words: "Miriam Tallis", "Ana de la Cruz". */
    static final int APPOSITIVE_NAME_WORDS = 4;

    /**
     * The last token of a name set after a role that names no one: "said the warehouse's owner,
     * Miriam Tallis, after ..." credits Miriam Tallis. The role is tokens [from, stop); the name
     * follows the comma at {@code stop} and ends the sentence or its clause. -1 when there is none.
     */
    private static int appositiveName(TaggedSentence s, int from, int stop) {
        if (stop >= s.size() || !s.gap(stop).strip().equals(",")) {
            return -1;
        }
        for (int k = from; k < stop; k++) {
            if (isNameWord(s, k)) {
                return -1; // "said Peter Holm, a passenger": the name comes first
            }
        }
        int end = stop;
        while (end + 1 < s.size() && end + 1 < stop + APPOSITIVE_NAME_WORDS && s.gap(end + 1).isBlank() && isNameWord(s, end + 1)) {
            end++;
        }
        boolean closed = end + 1 >= s.size() || !s.gap(end + 1).isBlank();
        return isNameWord(s, stop) && end > stop && closed ? end : -1;
    }

    /**
     * The last token of a speaker after "said" that ends at a word of circumstance after the
     * name: "said Northfield coach Tomas Brandt after the defeat" credits "Northfield coach Tomas
     * Brandt"; "said Ada Voss of the Carvel police" keeps whose she is.
     */
    private static int nameEnd(TaggedSentence s, int from, int to) {
        boolean name = false;
        for (int k = from; k <= to; k++) {
            if (name && CIRCUMSTANCE.contains(s.lower(k))) {
                return Math.max(from, k - 1);
            }
            name |= isNameWord(s, k);
        }
        return to;
    }

    /** Words that begin the circumstances of a saying, not the speaker: "after the defeat", "on Tuesday". */
    private static final Set<String> CIRCUMSTANCE = Set.of("after", "before", "when", "while", "during", "following",
            "outside", "on", "in", "as", "shortly", "later", "earlier", "moments", "hours", "minutes", "afterwards");

    /** Drops a trailing "as saying" from "cited X as saying". */
    private static int asSaying(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals("as") && s.lower(k + 1).startsWith("say")) {
                return Math.max(from, k - 1);
            }
        }
        return to;
    }

    /**
     * Who the text has been speaking of, so that "he added" and a quotation that carries on
     * without attribution can be credited: the person last named as a speaker or as the
     * subject of a sentence, in this paragraph or the one before; older ones are forgotten.
     */
    static final class SpeakerContext {
        private String last = "";
        private int paragraphs;

        /** News text often opens a paragraph with "he said" about the person of the one before. */
        void newParagraph() {
            paragraphs++;
            if (paragraphs >= 2) {
                last = "";
            }
        }

        void mention(String person) {
            last = person;
            paragraphs = 0;
        }

        String resolve() {
            return last;
        }
    }
}
