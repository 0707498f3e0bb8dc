package org.factdiff.claims;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.Sha256;
import org.factdiff.ingest.Article;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;
import org.factdiff.text.Quotes;
import org.factdiff.text.Sentence;
import org.factdiff.text.Token;

/**
 * Claim extraction by explainable rules over part-of-speech tags and the cue words of
 * {@link Cues}: every sentence becomes a claim whose slots say what it states.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {
    /** Words either side of a figure searched for what happened ("killed", "injured"). */
    static final int EVENT_WINDOW = 10;
    /** Words before a figure searched for "initially", "previously". */
    static final int EARLIER_WINDOW = 8;
    /** Words after a quotation searched for "..., the official said". */
    static final int SPEAKER_WINDOW = 8;
    /** Minutes a clock time given as exact may be off ("9:30 p.m."). */
    static final int TIME_EXACT = 5;
    /** Minutes either side of a time given as "about 9:30". */
    static final int TIME_ABOUT = 14;
    /** Minutes after (before) a time given as "shortly after (before) 9". */
    static final int TIME_NEAR = 20;
    /** Minutes after (before) a time given as "after (before) 9". */
    static final int TIME_FAR = 120;
    /** A quotation shorter than this is a phrase in quotation marks, not a quote of someone. */
    static final int MIN_QUOTE_WORDS = 3;
    /** A line without a final stop and shorter than this is a headline or caption: it repeats the text. */
    static final int HEADLINE_WORDS = 14;

    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b(?:(shortly after|shortly before|just after|just before|about|around|approximately|roughly|"
                    + "after|before|at|by)\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)");
    /** Prepositions after which a name is a place. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "inside", "around", "from",
            "into", "across", "towards", "toward");

    /** Photo captions and credits: page furniture, not claims of the story. */
    private static final Pattern CAPTION = Pattern.compile(
            "\u00A9|\\(c\\)|(?i)^(photo|image|picture|credit|source)s?\\s*:|(?i)/\\s*(handout|getty|ap photo)");
    /** A rating written as one word: "EF5", "F4". */
    private static final Pattern RATING = Pattern.compile("(EF|F)(\\d)");
    /** Words that name a scale when a number follows: "EF-4", "Category 4", "magnitude 7.1". */
    private static final Set<String> SCALES = Set.of("ef", "f", "category", "magnitude");
    private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d");
    /** Words before a year that make it name the year, not count: "the 2016 strike". */
    private static final Set<String> YEAR_DETERMINERS = Set.of("the", "a", "this", "that", "its", "their", "last", "his",
            "her");

    private final Lexicon lexicon;
    private final Optional<LocalDate> reference;
    private final Tagger pos;

    /**
     * @param lexicon   the case's lexicon (names read as in the text stage)
     * @param reference the incident's date, when known: figures in sentences about other dates
     *                  are kept apart from the incident's
     */
    public RuleBasedClaimExtractor(Lexicon lexicon, Optional<LocalDate> reference) {
        this(lexicon, reference, Tagger.model());
    }

    /** As above, with another part-of-speech tagger: to measure the model against {@link Tagger#rules()}. */
    public RuleBasedClaimExtractor(Lexicon lexicon, Optional<LocalDate> reference, Tagger tagger) {
        this.lexicon = lexicon;
        this.reference = reference;
        this.pos = tagger;
    }

    @Override
    public List<Claim> extract(Article article, ParsedText text) {
        List<Claim> claims = new ArrayList<>();
        List<Quotes.Quote> quotes = Quotes.find(text.text());
        List<Token> all = text.tokens();
        int t = 0;
        List<Sentence> sentences = text.sentences();
        SpeakerContext speakers = new SpeakerContext();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (k > 0 && text.text().substring(sentences.get(k - 1).end(), s.start()).contains("\n")) {
                speakers.newParagraph();
            }
            int from = t;
            while (t < all.size() && all.get(t).sentence() == s.index()) {
                t++;
            }
            List<Token> tokens = all.subList(from, t);
            if (!tokens.isEmpty()) {
                // A line without a stop right before a photo credit is the photo's caption.
                String sentenceText = s.text(text.text());
                boolean caption = CAPTION.matcher(sentenceText).find() || !endsAsSentence(sentenceText)
                        && k + 1 < sentences.size() && CAPTION.matcher(sentences.get(k + 1).text(text.text())).find();
                claims.add(new SentenceReader(article.id(), text, s, tokens, quotes,
                        article.published().map(org.factdiff.casefile.Timestamp::date), caption, speakers).claim());
            }
        }
        return claims;
    }

    /** Reads one sentence. */
    private final class SentenceReader {
        final String article;
        final ParsedText text;
        final Sentence sentence;
        final List<Token> tokens;
        final List<Quotes.Quote> quotes;
        final List<String> surface = new ArrayList<>();
        final List<String> low = new ArrayList<>();
        final String[] tags;
        final Optional<LocalDate> published;
        /** True for a photo caption or credit: page furniture, not a claim of the story. */
        final boolean caption;
        final SpeakerContext speakers;

        SentenceReader(String article, ParsedText text, Sentence sentence, List<Token> tokens, List<Quotes.Quote> quotes,
                       Optional<LocalDate> published, boolean caption, SpeakerContext speakers) {
            this.caption = caption;
            this.speakers = speakers;
            this.article = article;
            this.published = published;
            this.text = text;
            this.sentence = sentence;
            this.tokens = tokens;
            this.quotes = quotes;
            for (Token tk : tokens) {
                String s = text.text().substring(tk.start(), tk.end());
                surface.add(s);
                low.add(Lexicon.fold(s));
            }
            this.tags = pos.tag(surface);
        }

        Claim claim() {
            String sentenceText = sentence.text(text.text());
            String context = dateContext();
            if (context.isEmpty() && low.stream().anyMatch(Cues.SEPARATE::contains)) {
                context = Quantity.OTHER_OCCASION; // "three killed in a separate shooting": not the incident's figure
            }
            List<Quantity> quantities = quantities(context);
            List<String> times = times(sentenceText);
            List<String> actors = actors();
            List<String> places = places();
            List<QuoteMention> quoteMentions = quoteMentions();
            String source = source();
            boolean negated = false;
            String hedge = "";
            for (int i = 0; i < tokens.size(); i++) {
                String w = low.get(i);
                if (Cues.NEGATIONS.contains(w) || w.endsWith("n't")) {
                    negated = true;
                }
                if (hedge.isEmpty() && (Cues.UNKNOWN.contains(w) || Cues.HEDGES.contains(w) && isHedgeUse(i))) {
                    hedge = surface.get(i);
                }
            }
            if (hedge.isEmpty()) {
                hedge = unknownPhrase();
            }
            Set<String> events = new java.util.TreeSet<>();
            for (String w : low) {
                String e = Cues.eventOf(w);
                if (!e.isEmpty()) {
                    events.add(e);
                }
            }
            Set<String> content = new LinkedHashSet<>();
            for (Token tk : tokens) {
                if (tk.content()) {
                    content.add(lexicon.synonymClass(tk.norm()));
                }
            }
            boolean headline = tokens.size() < HEADLINE_WORDS && !endsAsSentence(sentenceText) || caption;
            if (headline) {
                quantities = List.of(); // a headline repeats, in short, what the text states
            }
            boolean namedAction = !actors.isEmpty() && hasVerb();
            List<Role> roles = caption ? List.of() : new RoleReader(text, sentence, tokens, surface, low, tags).read();
            boolean act = roles.stream().anyMatch(r -> r.patient().isPresent());
            boolean worthy = !headline && !opinion(sentenceText) && tokens.size() >= 5 && (!quantities.isEmpty() || !times.isEmpty()
                    || namedAction || act || quoteMentions.stream().anyMatch(q -> words(q.evidence().text()) >= 5));
            String id = "c-" + Sha256.hex((article + "\n" + sentenceText).getBytes(StandardCharsets.UTF_8)).substring(0, 10);
            boolean otherOccasion = !context.isEmpty() || otherOccasion();
            return new Claim(id, article, text.excerpt(sentence.start(), sentence.end()), sentence.index(), quantities,
                    times, actors, places, quoteMentions, source, negated, hedge, events, content, roles,
                    caption ? List.of() : new TitleReader(text, sentence, tokens, surface, low).read(), otherOccasion,
                    worthy);
        }

        /**
         * A question, or the writer's own view ("We guess we now know ..."): nothing a source
         * states that one could check. Quoted words are a source's and stay claims.
         */
        private boolean opinion(String sentenceText) {
            if (sentenceText.strip().endsWith("?")) {
                return true;
            }
            return low.size() >= 2 && (low.get(0).equals("we") || low.get(0).equals("i"))
                    && Cues.OPINION.contains(low.get(1)) && !sentenceText.startsWith("\"")
                    && !sentenceText.startsWith("\u201C");
        }

        /** "previously", "again", "not the first time": the sentence recalls another occasion. */
        private boolean otherOccasion() {
            for (int i = 0; i < low.size(); i++) {
                String w = low.get(i);
                if (Cues.OTHER_OCCASION.contains(w) || Cues.SEPARATE.contains(w)
                        || (w.equals("first") || w.equals("last")) && i + 1 < low.size() && low.get(i + 1).equals("time")) {
                    return true;
                }
            }
            return false;
        }

        /** "may" and "might" hedge as auxiliaries; "May" the month does not. */
        private boolean isHedgeUse(int i) {
            String w = low.get(i);
            if (w.equals("may") || w.equals("might")) {
                return "AUX".equals(tags[i]) && Character.isLowerCase(surface.get(i).charAt(0));
            }
            return true;
        }

        private String unknownPhrase() {
            for (List<String> phrase : Cues.UNKNOWN_PHRASES) {
                for (int i = 0; i + phrase.size() <= low.size(); i++) {
                    if (low.subList(i, i + phrase.size()).equals(phrase)) {
                        return text.text().substring(tokens.get(i).start(), tokens.get(i + phrase.size() - 1).end());
                    }
                }
            }
            return "";
        }

        private boolean hasVerb() {
            for (String tag : tags) {
                if ("VERB".equals(tag)) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- figures

        List<Quantity> quantities(String context) {
            List<Quantity> out = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                double[] number = number(i);
                if (number == null || isDateOrTime(i) || isIdentifier(i) || isConversion(i, spans) || isPartitiveOne(i)) {
                    continue;
                }
                int last = (int) number[1];
                double value = number[0];
                double upper = value;
                Qualifier qualifier = Qualifier.EXACT;
                int first = i;
                int[] range = range(last);
                if (range != null) {
                    double[] end = number(range[0]);
                    upper = Math.max(value, end[0]);
                    value = Math.min(value, end[0]);
                    last = (int) end[1];
                    qualifier = Qualifier.RANGE;
                    if (i >= 1 && low.get(i - 1).equals("between")) {
                        first = i - 1;
                    }
                } else {
                    int[] q = qualifier(i);
                    if (q != null) {
                        qualifier = Qualifier.values()[q[1]];
                        first = q[0];
                    } else if (Cues.PLURAL_AMOUNTS.containsKey(low.get(i))) {
                        qualifier = Qualifier.AT_LEAST;
                    }
                }
                if (first >= 1 && low.get(first - 1).equals("by")) {
                    i = last; // "overcounted by 30", "lowered by 30": a change, not a count
                    continue;
                }
                int head = thingHead(last);
                String thing = head < 0 ? "" : lexicon.synonymClass(tokens.get(head).norm());
                String event = event(i, last, head);
                if (head >= 0 && Cues.EVENT_NOUNS_OF_PEOPLE.contains(low.get(head))) {
                    thing = "people";
                } else if (head >= 0 && Cues.PEOPLE.contains(low.get(head))) {
                    thing = "people";
                }
                if (thing.isEmpty() && !event.isEmpty() && !event.equals("derailment")) {
                    thing = "people";
                } else if (!thing.isEmpty() && !event.equals("derailment") && !isPeople(head, thing)) {
                    event = ""; // "two schools ... died": what happens to people says nothing of schools
                }
                if (thing.isEmpty() && event.isEmpty()) {
                    i = last;
                    continue;
                }
                boolean earlier = earlier(first, last);
                if (first >= 1 && low.get(first - 1).equals("including") && !out.isEmpty()) {
                    // "24 people, including seven children": a subset of the figure before it.
                    Quantity whole = out.get(out.size() - 1);
                    event = event.isEmpty() || !whole.event().isEmpty() ? whole.event() : event;
                    earlier = whole.earlier();
                }
                if (!isPeople(head, thing) && !thing.isEmpty()) {
                    event = event.equals("derailment") ? event : "";
                    double[] metric = Units.metric(thing, value, upper);
                    if (metric != null) {
                        thing = Units.metricThing(thing);
                        value = metric[0];
                        upper = metric[1];
                    }
                    thing = thing + dimension(Math.max(last, head));
                }
                int end = Math.max(last, head);
                Excerpt evidence = text.excerpt(tokens.get(first).start(), tokens.get(end).end());
                out.add(new Quantity(evidence, value, upper, qualifier, thing, event, earlier, false, context));
                spans.add(new int[] {first, end});
                i = end;
            }
            out.addAll(ratings(context));
            out.addAll(clockTimes(context));
            out.sort(java.util.Comparator.comparing(Quantity::evidence));
            return withTotals(out);
        }

        /**
         * Clock times of the event the sentence reports ("derailed about 9:30 p.m."), as
         * intervals of minutes after midnight: "about" widens a time, "shortly after" opens it
         * forwards.
         */
        private List<Quantity> clockTimes(String context) {
            List<Quantity> out = new ArrayList<>();
            boolean occurrence = low.stream().anyMatch(Cues.OCCURRENCE::contains);
            if (!occurrence) {
                return out;
            }
            String s = text.text().substring(sentence.start(), sentence.end());
            Matcher m = CLOCK.matcher(s);
            while (m.find()) {
                int hour = Integer.parseInt(m.group(2));
                int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                if (hour > 12 || minute > 59) {
                    continue;
                }
                boolean pm = m.group(4).toLowerCase(Locale.ROOT).startsWith("p");
                int t = (hour % 12 + (pm ? 12 : 0)) * 60 + minute;
                String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                int[] window = switch (q) {
                    case "shortly after", "just after" -> new int[] {t, t + TIME_NEAR};
                    case "shortly before", "just before" -> new int[] {t - TIME_NEAR, t};
                    case "about", "around", "approximately", "roughly" -> new int[] {t - TIME_ABOUT, t + TIME_ABOUT};
                    case "after" -> new int[] {t, t + TIME_FAR};
                    case "before", "by" -> new int[] {t - TIME_FAR, t};
                    default -> new int[] {t - TIME_EXACT, t + TIME_EXACT};
                };
                int start = sentence.start() + m.start() + (m.group().length() - m.group().stripLeading().length());
                out.add(new Quantity(text.excerpt(start, sentence.start() + m.end()), window[0], window[1],
                        Qualifier.RANGE, Quantity.CLOCK_TIME, "", false, false, context));
            }
            return out;
        }

        /** Ratings on a scale: "EF-4", "EF5", "F4", "Category 4", "magnitude 7.1". */
        private List<Quantity> ratings(String context) {
            List<Quantity> out = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Matcher joined = RATING.matcher(surface.get(i));
                String scale = null;
                double value = 0;
                int last = i;
                if (joined.matches()) {
                    scale = joined.group(1);
                    value = Double.parseDouble(joined.group(2));
                } else if (i + 1 < tokens.size() && SCALES.contains(low.get(i)) && isCapitalizedOrScale(i)
                        && number(i + 1) != null && (gap(i + 1).equals("-") || gap(i + 1).equals(" "))) {
                    scale = low.get(i);
                    value = number(i + 1)[0];
                    last = (int) number(i + 1)[1];
                }
                if (scale == null) {
                    continue;
                }
                String thing = "scale " + scale.toLowerCase(Locale.ROOT).replace("ef", "f");
                boolean earlier = i >= 1 && low.get(i - 1).equals("from");
                out.add(new Quantity(text.excerpt(tokens.get(i).start(), tokens.get(last).end()), value, value,
                        Qualifier.EXACT, thing, "", earlier, false, context));
                i = last;
            }
            return out;
        }

        private boolean isCapitalizedOrScale(int i) {
            return isCapitalized(i) || low.get(i).equals("magnitude");
        }

        /** "one of the officials", "one of the 136 people": not a count. */
        private boolean isPartitiveOne(int i) {
            return low.get(i).equals("one") && i + 1 < tokens.size() && low.get(i + 1).equals("of");
        }

        /**
         * What a measure measures, from the word after it: "10 miles south" (a position) is not
         * "two miles wide" (a width).
         */
        private String dimension(int last) {
            if (last + 1 < tokens.size() && gap(last + 1).isBlank()
                    && ("ADJ".equals(tags[last + 1]) || "ADV".equals(tags[last + 1]))) {
                return " " + low.get(last + 1);
            }
            return "";
        }

        /** The value of the number at token i and the index of its last token, or null. */
        double[] number(int i) {
            if (i < 0 || i >= tokens.size()) {
                return null;
            }
            String w = low.get(i);
            double value;
            int last = i;
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                try {
                    value = Double.parseDouble(w.replace(",", ""));
                } catch (NumberFormatException e) {
                    return null;
                }
            } else if (Cues.NUMBER_WORDS.containsKey(w) && !w.equals("hundred") && !w.equals("dozen")) {
                value = Cues.NUMBER_WORDS.get(w);
                if (value >= 20 && i + 1 < tokens.size() && gap(i + 1).equals("-")
                        && Cues.NUMBER_WORDS.getOrDefault(low.get(i + 1), 100) < 10) {
                    value += Cues.NUMBER_WORDS.get(low.get(i + 1));
                    last = i + 1;
                }
                if (w.equals("one") && !"NUM".equals(tags[i])) {
                    return null; // "one of the officials"
                }
            } else if (w.equals("a") && i + 1 < tokens.size() && low.get(i + 1).equals("dozen")) {
                return new double[] {12, i + 1};
            } else if (Cues.PLURAL_AMOUNTS.containsKey(w) && i + 1 < tokens.size() && low.get(i + 1).equals("of")) {
                return new double[] {Cues.PLURAL_AMOUNTS.get(w), i}; // "dozens of people": at least 24
            } else {
                return null;
            }
            if (last + 1 < tokens.size() && Cues.MULTIPLIERS.containsKey(low.get(last + 1))) {
                value *= Cues.MULTIPLIERS.get(low.get(last + 1));
                last++;
                // "two hundred and fifty", "two hundred fifty": the words go on counting.
                int more = last + 1 < tokens.size() && low.get(last + 1).equals("and") ? last + 2 : last + 1;
                if (!digitsAt(i) && more < tokens.size() && Cues.NUMBER_WORDS.getOrDefault(low.get(more), 100) < 100) {
                    value += Cues.NUMBER_WORDS.get(low.get(more));
                    last = more;
                    if (last + 2 < tokens.size() && gap(last + 1).equals("-")
                            && Cues.NUMBER_WORDS.getOrDefault(low.get(last + 1), 100) < 10) {
                        value += Cues.NUMBER_WORDS.get(low.get(last + 1));
                        last++;
                    }
                }
            }
            return new double[] {value, last};
        }

        private boolean digitsAt(int i) {
            return !low.get(i).isEmpty() && Character.isDigit(low.get(i).charAt(0));
        }

        /** The index of the second number of "20 to 30", "20-30", "between 20 and 30". */
        private int[] range(int last) {
            if (last + 2 < tokens.size()) {
                String w = low.get(last + 1);
                boolean revision = last >= 1 && low.get(last - 1).equals("from");
                boolean to = !revision && (w.equals("to") || w.equals("and") && last >= 1
                        && low.subList(Math.max(0, last - 3), last).contains("between"));
                if (to && number(last + 2) != null && !isDateOrTime(last + 2)) {
                    return new int[] {last + 2};
                }
            }
            if (last + 1 < tokens.size() && gap(last + 1).strip().equals("-") && number(last + 1) != null) {
                return new int[] {last + 1};
            }
            return null;
        }

        /** [first token, qualifier ordinal] of the qualifier right before token i, or null. */
        private int[] qualifier(int i) {
            for (Map.Entry<List<String>, Qualifier> q : Cues.QUALIFIERS) {
                int n = q.getKey().size();
                if (i - n >= 0 && low.subList(i - n, i).equals(q.getKey())) {
                    return new int[] {i - n, q.getValue().ordinal()};
                }
            }
            return null;
        }

        /** The head noun of what the figure counts, or -1. */
        private int thingHead(int last) {
            int k = last + 1;
            int head = -1;
            int seen = 0;
            if (k < tokens.size() && low.get(k).equals("of") && k + 1 < tokens.size()) {
                k++; // "dozens of people", "nine of the dead"
                if (low.get(k).equals("the") || low.get(k).equals("them")) {
                    k++;
                }
            }
            while (k < tokens.size() && seen < 5) {
                String tag = tags[k];
                if (!gap(k).isBlank() && !gap(k).strip().equals("-")) {
                    break; // punctuation ends the phrase
                }
                if (k + 1 < tokens.size() && gap(k + 1).equals("-")) {
                    k++; // "US-backed", "pro-government": a modifier, not the head
                    seen++;
                    continue;
                }
                if (gap(k).equals("-") && !"NOUN".equals(tag)) {
                    k++;
                    seen++;
                    continue;
                }
                if ("NOUN".equals(tag) || "PROPN".equals(tag) && tokens.get(k).isName()) {
                    head = k;
                } else if (!"ADJ".equals(tag) && !"PROPN".equals(tag) && !("VERB".equals(tag) && head < 0 && seen == 0
                        && Cues.EVENT_NOUNS_OF_PEOPLE.contains(low.get(k)))) {
                    break;
                }
                k++;
                seen++;
            }
            if (head < 0 && last + 1 < tokens.size() && Cues.EVENT_NOUNS_OF_PEOPLE.contains(low.get(last + 1))) {
                head = last + 1;
            }
            return head;
        }

        /** The nearest event word around the figure, by the priority of {@link Cues#EVENTS}. */
        private String event(int first, int last, int head) {
            if (head >= 0) {
                String e = eventOf(low.get(head));
                if (!e.isEmpty()) {
                    return e;
                }
            }
            String best = "";
            int bestDistance = Integer.MAX_VALUE;
            for (int k = Math.max(0, first - EVENT_WINDOW); k < Math.min(tokens.size(), last + 1 + EVENT_WINDOW); k++) {
                String e = eventOf(low.get(k));
                if (e.isEmpty()) {
                    continue;
                }
                int d = k < first ? first - k : k - last;
                if (e.equals("critical") && d <= 3) {
                    return e;
                }
                if (d < bestDistance) {
                    best = e;
                    bestDistance = d;
                }
            }
            return best;
        }

        private String eventOf(String word) {
            return Cues.eventOf(word);
        }

        private boolean earlier(int first, int last) {
            for (int k = Math.max(0, first - EARLIER_WINDOW); k < first; k++) {
                if (Cues.EARLIER.contains(low.get(k)) || low.get(k).equals("used") && k + 1 < first
                        && low.get(k + 1).equals("to")) {
                    return true;
                }
            }
            // "from 51 to 24" and "to 24 from 51": the "from" figure is the old one.
            if (first >= 1 && low.get(first - 1).equals("from")) {
                return true;
            }
            return false;
        }

        private boolean isDateOrTime(int i) {
            String w = low.get(i);
            if (i >= 1 && SCALES.contains(low.get(i - 1)) && isCapitalizedOrScale(i - 1)) {
                return true; // a rating, read by ratings()
            }
            String prev = i >= 1 ? low.get(i - 1) : "";
            String next = i + 1 < tokens.size() ? low.get(i + 1) : "";
            boolean digits = !w.isEmpty() && Character.isDigit(w.charAt(0));
            if (digits && (Cues.MONTHS.contains(prev) && isCapitalized(i - 1) && gap(i).matches("\\.?\\s+")
                    || Cues.MONTHS.contains(next) && isCapitalized(i + 1) && gap(i + 1).isBlank())) {
                return true; // "May 20", "Sept. 3", "20 May": a day of the month
            }
            if (YEAR.matcher(w).matches() && (i + 1 >= tokens.size() || !"NOUN".equals(tags[i + 1])
                    || i >= 1 && YEAR_DETERMINERS.contains(prev))) {
                return true; // "in 2016", "the 2016 strike"
            }
            if (next.equals("am") || next.equals("pm") || next.equals("a.m") || next.equals("p.m") || next.equals("gmt")
                    || next.equals("utc") || next.equals("o'clock")) {
                return true;
            }
            String after = i + 1 < tokens.size() ? gap(i + 1) : "";
            String rest = text.text().substring(tokens.get(i).end(), Math.min(text.text().length(), tokens.get(i).end() + 5));
            return after.startsWith(":") || rest.matches("(?i)^\\s*(a\\.m|p\\.m|am\\b|pm\\b).*") || w.matches("\\d{1,2}[:.]\\d{2}");
        }

        private boolean isCapitalized(int i) {
            return i >= 0 && i < surface.size() && Character.isUpperCase(surface.get(i).charAt(0));
        }

        /** "Train 188", "Flight 17": a number naming something, not counting. */
        private boolean isIdentifier(int i) {
            if (i == 0) {
                return false;
            }
            boolean namePrev = "PROPN".equals(tags[i - 1]) && isCapitalized(i - 1) && gap(i).equals(" ")
                    && (i - 1 > 0 || tokens.get(i - 1).isName()) && !Cues.QUALIFIERS.stream()
                    .anyMatch(q -> q.getKey().contains(low.get(i - 1))) && !low.get(i - 1).equals("between");
            int head = thingHead(i);
            return namePrev && head < 0 || low.get(i - 1).equals("no") && isCapitalized(i - 1);
        }

        /** "40 kilometers (25 miles)": the figure in brackets repeats the one before. */
        private boolean isConversion(int i, List<int[]> spans) {
            if (spans.isEmpty()) {
                return false;
            }
            int prevEnd = spans.get(spans.size() - 1)[1];
            return prevEnd == i - 1 && gap(i).contains("(");
        }

        /** Marks "20 children and 31 others" as parts and adds their total. */
        private List<Quantity> withTotals(List<Quantity> in) {
            List<Quantity> out = new ArrayList<>();
            for (int k = 0; k < in.size(); k++) {
                Quantity q = in.get(k);
                if (k + 1 < in.size()) {
                    Quantity r = in.get(k + 1);
                    String between = r.evidence().start() >= q.evidence().end()
                            ? text.text().substring(q.evidence().end(), r.evidence().start()).strip() : "";
                    if ((between.equals("and") || between.equals(", and")) && isPersonCount(q) && isPersonCount(r)) {
                        out.add(part(q));
                        out.add(part(r));
                        Excerpt both = text.excerpt(q.evidence().start(), r.evidence().end());
                        String event = q.event().isEmpty() ? r.event() : q.event();
                        out.add(new Quantity(both, q.value() + r.value(), q.upper() + r.upper(), q.qualifier(), "people",
                                event, q.earlier(), false, q.context()));
                        k++;
                        continue;
                    }
                }
                out.add(q);
            }
            return out;
        }

        private boolean isPeople(int head, String thing) {
            return thing.equals("people") || head >= 0 && Cues.PERSON_NOUNS.contains(low.get(head));
        }

        private boolean isPersonCount(Quantity q) {
            String last = Lexicon.fold(q.evidence().text().replaceAll(".*\\s", ""));
            return Cues.PERSON_NOUNS.contains(last);
        }

        private Quantity part(Quantity q) {
            return new Quantity(q.evidence(), q.value(), q.upper(), q.qualifier(), q.thing(), q.event(), q.earlier(), true,
                    q.context());
        }

        // ---------------------------------------------------------------- dates and times

        /** The date of the weekday named in an article published on {@code published}: that day or the last before it. */
        private LocalDate weekdayBefore(LocalDate published, String weekday) {
            java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
            return published.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
        }

        List<String> times(String sentenceText) {
            List<String> out = new ArrayList<>();
            Matcher m = CLOCK.matcher(sentenceText);
            while (m.find()) {
                out.add(m.group().strip());
            }
            for (int i = 0; i < tokens.size(); i++) {
                String w = low.get(i);
                if (Cues.MONTHS.contains(w) && isCapitalized(i) && !(w.equals("may") && "AUX".equals(tags[i]))) {
                    boolean day = i + 1 < tokens.size() && number(i + 1) != null && low.get(i + 1).matches("\\d{1,2}");
                    if (!day) {
                        out.add(surface.get(i));
                        continue;
                    }
                    // "September 17, 2016", "Sept. 3": the day as written and as a date, the
                    // year from the text, else the publication's, else the incident's.
                    int d = Integer.parseInt(low.get(i + 1));
                    boolean withYear = i + 2 < tokens.size() && YEAR.matcher(low.get(i + 2)).matches()
                            && gap(i + 2).matches(",?\\s*");
                    Optional<Integer> year = withYear ? Optional.of(Integer.parseInt(low.get(i + 2)))
                            : published.or(() -> reference).map(LocalDate::getYear);
                    String written = text.text().substring(tokens.get(i).start(), tokens.get(withYear ? i + 2 : i + 1).end());
                    Optional<LocalDate> date = year.flatMap(y -> date(y, month(w), d));
                    out.add(date.map(x -> written + " (" + x + ")").orElse(written));
                    i += withYear ? 2 : 1;
                } else if (Cues.WEEKDAYS.contains(w) && isCapitalized(i)) {
                    String day = surface.get(i);
                    out.add(published.map(p -> day + " (" + weekdayBefore(p, w) + ")").orElse(day));
                } else if (w.equals("last") && i + 1 < tokens.size() && low.get(i + 1).equals("week")) {
                    out.add(published.map(p -> "last week (week of " + p.minusWeeks(1)
                            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)) + ")")
                            .orElse("last week"));
                }
            }
            return out;
        }

        /**
         * The date the sentence speaks of, when it names one far from the incident: a year or a
         * month other than the incident's. "" when it names none or the incident's own.
         */
        String dateContext() {
            if (reference.isEmpty()) {
                return "";
            }
            LocalDate ref = reference.get();
            int year = 0;
            int month = 0;
            for (int i = 0; i < tokens.size(); i++) {
                String w = low.get(i);
                boolean isYear = YEAR.matcher(w).matches() && (i + 1 >= tokens.size() || !"NOUN".equals(tags[i + 1])
                        || i >= 1 && YEAR_DETERMINERS.contains(low.get(i - 1)));
                if (isYear && year == 0) {
                    year = Integer.parseInt(w);
                }
                if (Cues.MONTHS.contains(w) && isCapitalized(i) && !(w.equals("may") && "AUX".equals(tags[i]))
                        && month == 0) {
                    month = month(w);
                }
            }
            boolean otherYear = year != 0 && year != ref.getYear();
            // A month next to the incident's (December before January) may be the same story.
            boolean otherMonth = month != 0 && month != ref.getMonthValue() && Math.abs(month - ref.getMonthValue()) % 11 != 0;
            if (otherYear && month != 0) {
                return String.format(Locale.ROOT, "%d-%02d", year, month); // "September 2016"
            }
            if (otherYear) {
                return String.valueOf(year);
            }
            return otherMonth && year == 0 ? String.valueOf(month) : otherMonth ? String.format(Locale.ROOT, "%d-%02d", year,
                    month) : "";
        }

        private Optional<LocalDate> date(int year, int month, int day) {
            try {
                return month > 0 ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
            } catch (java.time.DateTimeException e) {
                return Optional.empty(); // "February 30"
            }
        }

        private int month(String w) {
            String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
            for (int m = 0; m < names.length; m++) {
                if (w.startsWith(names[m])) {
                    return m + 1;
                }
            }
            return 0;
        }

        // ---------------------------------------------------------------- names, quotes, sources

        List<String> actors() {
            List<String> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                Token tk = tokens.get(i);
                boolean name = tk.isName() || "PROPN".equals(tags[i]) && isCapitalized(i)
                        && !Cues.MONTHS.contains(low.get(i)) && !Cues.WEEKDAYS.contains(low.get(i));
                if (name) {
                    run.append(run.length() == 0 ? "" : " ").append(tk.isName() ? tk.norm() : tk.norm());
                } else if (run.length() > 0) {
                    out.add(run.toString());
                    run.setLength(0);
                }
            }
            if (run.length() > 0) {
                out.add(run.toString());
            }
            return out.stream().distinct().toList();
        }

        /** Names after a preposition of place ("in Moore", "near At Tanf"), as written. */
        List<String> places() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!PLACE_PREPOSITIONS.contains(low.get(i))) {
                    continue;
                }
                int k = i + 1;
                if (k < tokens.size() && low.get(k).equals("the")) {
                    k++;
                }
                int start = k;
                while (k < tokens.size() && (tokens.get(k).isName() || "PROPN".equals(tags[k]) && isCapitalized(k))
                        && !Cues.MONTHS.contains(low.get(k)) && !Cues.WEEKDAYS.contains(low.get(k))) {
                    k++;
                }
                if (k > start) {
                    out.add(span(start, k - 1));
                }
            }
            return out.stream().distinct().toList();
        }

        List<QuoteMention> quoteMentions() {
            List<QuoteMention> out = new ArrayList<>();
            for (Quotes.Quote q : quotes) {
                if (q.start() < sentence.start() || q.end() > sentence.end() + 1) {
                    continue;
                }
                int end = Math.min(q.end(), sentence.end());
                String quoted = text.text().substring(q.start(), end);
                if (words(quoted) < MIN_QUOTE_WORDS) {
                    continue;
                }
                int[] speaker = speaker(q.start(), end);
                String who = speaker == null ? "" : text.text().substring(tokens.get(speaker[0]).start(), tokens.get(speaker[1]).end());
                boolean named = false;
                if (speaker != null) {
                    for (int k = speaker[0]; k <= speaker[1]; k++) {
                        named |= ("PROPN".equals(tags[k]) || k > 0) && isCapitalized(k)
                                && !org.factdiff.text.StopWords.contains(low.get(k)) || tokens.get(k).isName();
                    }
                }
                String pronoun = who.toLowerCase(Locale.ROOT);
                boolean continued = who.isEmpty() && (sentence.text(text.text()).startsWith("\"")
                        || sentence.text(text.text()).startsWith("\u201C"));
                if (PRONOUN_SPEAKERS.contains(pronoun) || continued) {
                    // "..., he said": the person the sentence opens with, or the one spoken of last.
                    String subject = PRONOUN_SPEAKERS.contains(pronoun) ? subject() : "";
                    String resolved = !subject.isEmpty() ? subject : speakers.resolve();
                    if (!resolved.isEmpty()) {
                        who = resolved + (continued ? "" : " (\u201C" + who + "\u201D)");
                        named = true;
                        speakers.mention(resolved);
                    }
                } else if (named) {
                    speakers.mention(who);
                }
                out.add(new QuoteMention(text.excerpt(q.start(), end), who, named, channel(q.start(), end)));
            }
            String subject = subject();
            if (!subject.isEmpty() && out.stream().noneMatch(QuoteMention::named)) {
                speakers.mention(subject);
            }
            return out;
        }

        /** The name the sentence opens with, two capitalised words or more ("Paul Cheung, an AP manager, ..."), or "". */
        private String subject() {
            if (tokens.isEmpty() || org.factdiff.text.StopWords.contains(low.get(0)) || !sentence.text(text.text())
                    .startsWith(surface.get(0))) {
                return ""; // "The ...", or a sentence that opens with a quotation
            }
            int e = -1;
            while (e + 1 < tokens.size() && isCapitalized(e + 1) && (e < 0 || gap(e + 1).isBlank())
                    && !Cues.MONTHS.contains(low.get(e + 1)) && !Cues.WEEKDAYS.contains(low.get(e + 1))) {
                e++;
            }
            return e >= 1 ? span(0, e) : "";
        }

        /**
         * The named outlet or person through whom the quote came, near it outside the quotation
         * marks: "told AFP", "Reuters cited ... as saying", "according to Reuters"; "" when none.
         */
        private String channel(int qs, int qe) {
            String best = "";
            int bestDistance = Integer.MAX_VALUE;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).end() > qs && tokens.get(k).start() < qe) {
                    continue; // inside the quotation
                }
                int distance = tokens.get(k).start() >= qe ? tokens.get(k).start() - qe : qs - tokens.get(k).end();
                String w = low.get(k);
                int[] run = null;
                if ((w.equals("told") || w.equals("tells")) && k + 1 < tokens.size()) {
                    run = nameRun(k + 1, 1);
                } else if (w.equals("according") && k + 2 < tokens.size() && low.get(k + 1).equals("to")) {
                    run = nameRun(k + 2, 1);
                } else if ((w.equals("cited") || w.equals("quoted")) && k > 0) {
                    run = nameRun(k - 1, -1);
                }
                if (run != null && distance < bestDistance && distance <= SPEAKER_WINDOW * 12) {
                    best = span(run[0], run[1]);
                    bestDistance = distance;
                }
            }
            return best;
        }

        /** The run of capitalised words or names starting at k going in direction dir, as [from, to], or null. */
        private int[] nameRun(int k, int dir) {
            int from = k;
            int to = k;
            if (k < 0 || k >= tokens.size() || !isNameWord(k) || tokens.get(k).start() < sentence.start()) {
                return null;
            }
            while (true) {
                int next = dir > 0 ? to + 1 : from - 1;
                if (next < 0 || next >= tokens.size() || !isNameWord(next) || !gap(dir > 0 ? next : from).isBlank()) {
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

        private boolean isNameWord(int k) {
            return tokens.get(k).isName() || isCapitalized(k) && !Cues.WEEKDAYS.contains(low.get(k))
                    && !Cues.MONTHS.contains(low.get(k));
        }

        /** Token range of the speaker credited for the quote [qs, qe), or null. */
        private int[] speaker(int qs, int qe) {
            int after = -1;
            int before = -1;
            for (int k = 0; k < tokens.size(); k++) {
                if (after < 0 && tokens.get(k).start() >= qe) {
                    after = k;
                }
                if (tokens.get(k).end() <= qs) {
                    before = k;
                }
            }
            if (after >= 0) {
                for (int k = after; k < Math.min(tokens.size(), after + SPEAKER_WINDOW); k++) {
                    if (Cues.REPORTING.contains(low.get(k)) && "VERB".equals(tags[k]) || low.get(k).equals("said")) {
                        if (k > after) {
                            return new int[] {after, k - 1}; // "..." the official said
                        }
                        int stop = k + 1;
                        while (stop < tokens.size() && stop < k + 1 + SPEAKER_WINDOW && gap(stop).isBlank()) {
                            stop++;
                        }
                        return stop > k + 1 ? new int[] {k + 1, asSaying(k + 1, stop - 1)} : null; // said X
                    }
                }
            }
            if (before >= 0) {
                for (int k = before; k >= Math.max(0, before - SPEAKER_WINDOW); k--) {
                    if ((low.get(k).equals("cited") || low.get(k).equals("quoted")) && k < before) {
                        int as = asSaying(k + 1, before);
                        if (as < before - 1) {
                            return new int[] {k + 1, as}; // Reuters cited X as saying "..."
                        }
                    }
                    if (Cues.REPORTING.contains(low.get(k)) && ("VERB".equals(tags[k]) || low.get(k).equals("said"))) {
                        int start = k;
                        while (start > 0 && k - start < SPEAKER_WINDOW && gap(start).isBlank()) {
                            start--;
                        }
                        if (start < k) {
                            return new int[] {start, k - 1}; // X said: "..."
                        }
                        return k < before && before - k <= SPEAKER_WINDOW ? new int[] {k + 1, before} : null; // Said X: "..."
                    }
                }
            }
            return null;
        }

        /** Drops a trailing "as saying" from "cited X as saying". */
        private int asSaying(int from, int to) {
            for (int k = from; k < to; k++) {
                if (low.get(k).equals("as") && low.get(k + 1).startsWith("say")) {
                    return Math.max(from, k - 1);
                }
            }
            return to;
        }

        /** Whom the sentence credits: the phrase before a reporting verb, or after "according to". */
        String source() {
            for (int k = 0; k < tokens.size(); k++) {
                if (low.get(k).equals("according") && k + 1 < tokens.size() && low.get(k + 1).equals("to")) {
                    int end = k + 2;
                    while (end + 1 < tokens.size() && end - k < 8 && gap(end + 1).isBlank()) {
                        end++;
                    }
                    return k + 2 < tokens.size() ? span(k + 2, end) : "";
                }
            }
            for (int k = 1; k < tokens.size(); k++) {
                if (Cues.REPORTING.contains(low.get(k)) && "VERB".equals(tags[k])) {
                    int start = k - 1;
                    while (start > 0 && k - start < 6 && gap(start).isBlank() && !"VERB".equals(tags[start - 1])) {
                        start--;
                    }
                    return span(start, k - 1);
                }
            }
            return "";
        }

        private String span(int from, int to) {
            return text.text().substring(tokens.get(from).start(), tokens.get(to).end());
        }

        /** The characters between token i-1 and token i (or before token 0 in its sentence). */
        String gap(int i) {
            int start = i == 0 ? sentence.start() : tokens.get(i - 1).end();
            return text.text().substring(start, tokens.get(i).start());
        }
    }

    /** Pronouns that stand for a speaker named before. */
    static final Set<String> PRONOUN_SPEAKERS = Set.of("he", "she");

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

    static int words(String s) {
        return org.factdiff.text.Words.count(s);
    }

    private static boolean endsAsSentence(String s) {
        String t = s.strip();
        return !t.isEmpty() && ".!?\"\u201D\u2019".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
