package org.factdiff.claims;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdiff.base.Cache;
import org.factdiff.base.Sha256;
import org.factdiff.casefile.Timestamp;
import org.factdiff.ingest.Article;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;
import org.factdiff.text.Quotes;
import org.factdiff.text.Sentence;
import org.factdiff.text.Token;
import org.factdiff.base.Words;

/**
 * Claim extraction by explainable rules over part-of-speech tags and the cue words of
 * {@link Cues}: every sentence becomes a claim whose slots say what it states. Each slot is
 * read by one {@link SlotReader}, registered in {@link Readers}; this class tags the
 * sentence once, runs the readers and decides whether the claim is worth checking.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {
    /** A line without a final stop and shorter than this is a headline or caption: it repeats the text. */
    static final int HEADLINE_WORDS = 14;
    /**
     * A paragraph of its own without a final stop and shorter than this, among the text's first
     * {@link #TOP_LINES} sentences, is a headline or its deck (a longer one is a sentence cut off;
     * further down, a line list of facts without stops is no headline).
     */
    static final int HEADLINE_LINE_WORDS = 30;
    static final int TOP_LINES = 3;
    /** A sentence shorter than this states too little to check. */
    static final int MIN_CHECKABLE_WORDS = 5;
    /** A quotation shorter than this, in words, does not make a sentence worth checking. */
    static final int MIN_CHECKABLE_QUOTE_WORDS = 5;
    /** Content words a sentence with no figure, name or event needs to state a fact of its own. */
    static final int MIN_STATED_CONTENT = 5;

    /** Photo captions and credits: page furniture, not claims of the story. */
    private static final Pattern CAPTION = Pattern.compile(
            "\u00A9|\\(c\\)|(?i)^(photo|image|picture|credit|source)s?\\s*:|(?i)/\\s*(handout|getty|ap photo)");

    /** A line that ends in a bracketed credit and no stop: "... at the scene [Reuters]". */
    private static final Pattern CREDIT_END = Pattern.compile("[\\[(]\\p{Lu}[^\\])\\n]{1,40}[\\])]\\s*$");

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

    /**
     * Everything the claims of an article depend on besides its id, publication date and text:
     * the case's names (the built-in lists come with the build), the reference date and the
     * tagger. Empty when the tagger has no name: such claims are not cached.
     */
    public Optional<Cache.Key> cacheKey() {
        if (pos.name().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(lexicon.keyed(Cache.Key.of(CachedClaimExtractor.KIND).and(pos.name().get())
                .and(reference.map(LocalDate::toString).orElse(""))));
    }

    /**
     * The slot readers for one article, one per slot of {@link Claim}. The quotation reader
     * remembers who the article spoke of, so each article gets its own set.
     */
    record Readers(OccasionReader occasion, SlotReader<List<Quantity>> quantities, SlotReader<List<String>> times,
                   SlotReader<List<String>> actors, SlotReader<List<String>> places,
                   SlotReader<List<QuoteMention>> quotes, SlotReader<String> source, SlotReader<Boolean> negated,
                   SlotReader<String> hedge, SlotReader<Set<String>> events, SlotReader<Set<String>> content,
                   SlotReader<List<Role>> roles, SlotReader<List<Title>> titles) {
    }

    /** The readers of an article published on {@code published}, whose quotations are {@code quotes}. */
    Readers readers(Optional<LocalDate> published, List<Quotes.Quote> quotes) {
        OccasionReader occasion = new OccasionReader(reference);
        return new Readers(occasion, new QuantityReader(lexicon, occasion), new DateReader(published, reference),
                new ActorReader(), new PlaceReader(), new QuoteReader(quotes), new SourceReader(), new NegationReader(),
                new HedgeReader(), new EventReader(), new ContentReader(lexicon), new RoleReader(), new TitleReader());
    }

    @Override
    public List<Claim> extract(Article article, ParsedText text) {
        List<Claim> claims = new ArrayList<>();
        List<Quantity> headlineTolls = new ArrayList<>();
        Readers readers = readers(article.published().map(Timestamp::date), Quotes.find(text.text()));
        List<Token> all = text.tokens();
        int t = 0;
        List<Sentence> sentences = text.sentences();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            int from = t;
            while (t < all.size() && all.get(t).sentence() == s.index()) {
                t++;
            }
            List<Token> tokens = all.subList(from, t);
            if (!tokens.isEmpty()) {
                // A line without a stop right before a photo credit is the photo's caption.
                String sentenceText = s.text(text.text());
                boolean caption = CAPTION.matcher(sentenceText).find() || !endsAsSentence(sentenceText)
                        && (CREDIT_END.matcher(sentenceText).find()
                        || k + 1 < sentences.size() && CAPTION.matcher(sentences.get(k + 1).text(text.text())).find());
                boolean titleLine = !endsAsSentence(sentenceText) && k < TOP_LINES && k + 1 < sentences.size()
                        && ownLine(text.text(), s) && tokens.size() < HEADLINE_LINE_WORDS;
                TaggedSentence tagged = TaggedSentence.of(text, s, tokens, pos);
                Claim claim = claim(article.id(), tagged, caption, titleLine, readers);
                if (claim.furniture() && !caption) {
                    readers.quantities().read(tagged).stream().filter(RuleBasedClaimExtractor::bareToll)
                            .forEach(headlineTolls::add);
                }
                claims.add(claim);
            }
        }
        return headlineTolls.isEmpty() ? claims : claims.stream().map(c -> totals(c, headlineTolls)).toList();
    }

    /**
     * True for a headline's count told by its outcome alone ("Seven dead", "nine killed"): a
     * headline in title case ("Nine Children Dead") may have its counted noun read as a name,
     * so a count with any word besides the outcome's is no toll of everyone.
     */
    private static boolean bareToll(Quantity q) {
        if (q.event().isEmpty() || !Cues.PEOPLE.contains(q.thing())) {
            return false;
        }
        String[] words = q.evidence().text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\d]+");
        int k = words.length - 1;
        while (k >= 0 && !words[k].isEmpty() && !words[k].matches("[\\d,.]+")
                && !Cues.NUMBER_WORDS.containsKey(words[k])) {
            if (Cues.eventOf(words[k]).isEmpty()) {
                return false;
            }
            k--;
        }
        return true;
    }

    /**
     * The claim with each count its headline gives as the toll read as that toll: under "Seven
     * dead as ferry capsizes", "seven passengers drowned" counts all the dead, not only the
     * passengers among them, and is set against another article's "nine people lost their
     * lives". A headline states no figure of its own; it tells which of the text's is the total.
     */
    private static Claim totals(Claim c, List<Quantity> tolls) {
        if (c.furniture() || c.quantities().isEmpty()) {
            return c;
        }
        List<Quantity> read = new ArrayList<>(c.quantities());
        boolean changed = false;
        for (int i = 0; i < read.size(); i++) {
            Quantity q = read.get(i);
            for (Quantity t : tolls) {
                if (!q.event().isEmpty() && q.event().equals(t.event()) && !q.thing().equals(t.thing())
                        && q.value() == t.value() && q.upper() == t.upper()
                        && q.context().isEmpty() && t.context().isEmpty() && !q.part() && !q.earlier()) {
                    read.set(i, new Quantity(q.evidence(), q.value(), q.upper(), q.qualifier(), t.thing(), q.event(),
                            q.earlier(), q.part(), q.context()));
                    changed = true;
                    break;
                }
            }
        }
        return changed ? new Claim(c.id(), c.article(), c.evidence(), c.sentence(), read, c.times(), c.actors(),
                c.places(), c.quotes(), c.source(), c.negated(), c.hedge(), c.events(), c.content(), c.roles(),
                c.titles(), c.otherOccasion(), c.checkWorthy(), c.furniture()) : c;
    }

    /**
     * The claim of one sentence. A caption (page furniture) and a headline (which repeats the
     * text in short) state no figures, roles or titles of their own and are not worth checking.
     */
    private static Claim claim(String article, TaggedSentence s, boolean caption, boolean titleLine, Readers r) {
        String sentenceText = s.text();
        OccasionReader.Occasion occasion = r.occasion().read(s);
        List<Quantity> quantities = r.quantities().read(s);
        List<String> times = r.times().read(s);
        List<String> actors = r.actors().read(s);
        List<String> places = r.places().read(s);
        List<QuoteMention> quoteMentions = r.quotes().read(s);
        String source = r.source().read(s);
        boolean negated = r.negated().read(s);
        String hedge = r.hedge().read(s);
        Set<String> events = r.events().read(s);
        Set<String> content = r.content().read(s);
        boolean headline = (s.size() < HEADLINE_WORDS || titleLine) && !endsAsSentence(sentenceText) && !cutInQuote(s)
                || caption;
        if (headline) {
            quantities = List.of(); // a headline repeats, in short, what the text states
        }
        boolean namedAction = !actors.isEmpty() && s.tags().contains("VERB");
        List<Role> roles = caption ? List.of() : r.roles().read(s);
        boolean act = roles.stream().anyMatch(role -> role.patient().isPresent());
        // What happened, said of the event itself ("the blast started in a reactor"), is a fact
        // one can check though no one is named.
        boolean happening = s.tags().contains("VERB") && Cues.tellsHappening(s.folded());
        // A count of what happened to people is a fact however short ("No one died.").
        boolean outcome = quantities.stream().anyMatch(q -> !q.event().isEmpty());
        boolean worthy = !headline && !opinion(s) && (s.size() >= MIN_CHECKABLE_WORDS || outcome) && (!quantities.isEmpty()
                || !times.isEmpty() || namedAction || act || happening
                || stated(s, content)
                || quoteMentions.stream().anyMatch(q -> Words.count(q.evidence().text()) >= MIN_CHECKABLE_QUOTE_WORDS));
        String id = "c-" + Sha256.hex((article + "\n" + sentenceText).getBytes(StandardCharsets.UTF_8)).substring(0, 10);
        return new Claim(id, article, s.parsed().excerpt(s.start(), s.end()), s.sentence().index(), quantities,
                times, actors, places, quoteMentions, source, negated, hedge, events, content, roles,
                caption ? List.of() : r.titles().read(s), occasion.other(), worthy, headline);
    }

    /**
     * True when a sentence tells what something did or underwent in words of its own: a noun
     * right before its verb ("the company has suspended all sailings", "the order was lifted")
     * and at least {@link #MIN_STATED_CONTENT} content words. Such a sentence names no one and
     * gives no figure, yet another article can state the same fact; "it was a sad week for
     * everyone who lives here" has no noun doing anything.
     */
    private static boolean stated(TaggedSentence s, Set<String> content) {
        if (content.size() < MIN_STATED_CONTENT) {
            return false;
        }
        List<String> tags = s.tags();
        for (int i = 0; i + 1 < tags.size(); i++) {
            if (!"NOUN".equals(tags.get(i)) && !"PROPN".equals(tags.get(i))) {
                continue;
            }
            int j = i + 1;
            while (j < tags.size() && ("AUX".equals(tags.get(j)) || "ADV".equals(tags.get(j)))) {
                j++;
            }
            if (j < tags.size() && "VERB".equals(tags.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question, or the writer's own view ("We guess we now know ..."): nothing a source
     * states that one could check. Quoted words are a source's and stay claims.
     */
    private static boolean opinion(TaggedSentence s) {
        String sentenceText = s.text();
        if (sentenceText.strip().endsWith("?")) {
            return true;
        }
        return s.size() >= 2 && (s.lower(0).equals("we") || s.lower(0).equals("i"))
                && Cues.OPINION.contains(s.lower(1)) && !sentenceText.startsWith("\"")
                && !sentenceText.startsWith("\u201C");
    }

    /**
     * True for the text's last sentence when it stops inside a quotation it opened: the saved
     * text was cut off there, and what is left is a sentence, not a headline.
     */
    private static boolean cutInQuote(TaggedSentence s) {
        if (s.sentence().index() != s.parsed().sentences().size() - 1) {
            return false;
        }
        String t = s.text();
        long straight = t.chars().filter(c -> c == '"').count();
        return straight % 2 == 1 || t.lastIndexOf('\u201C') > t.lastIndexOf('\u201D');
    }

    /** True when a line ends as a sentence does, or as a lead-in to what follows ("... has 11:"). */
    /** True when the sentence is a paragraph by itself: it starts a line and a blank line follows it. */
    private static boolean ownLine(String text, Sentence s) {
        int before = s.start() - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        int after = s.end();
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (!(before < 0 || text.charAt(before) == '\n') || after >= text.length() || text.charAt(after) != '\n') {
            return false;
        }
        // A paragraph of its own: a blank line follows (a text whose lines all run on without
        // blank lines gives no such sign, and a line there may be a lede cut by the saving).
        int next = after + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        return next < text.length() && text.charAt(next) == '\n';
    }

    private static boolean endsAsSentence(String s) {
        String t = s.strip();
        return !t.isEmpty() && ".!?:\"\u201D\u2019".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
