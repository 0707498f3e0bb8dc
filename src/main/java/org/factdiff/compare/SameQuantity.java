package org.factdiff.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;

/**
 * Whether two figures of the same key measure the same thing at all, by what their sentences
 * say around them: the time at which a count stood, the place a distance is measured from.
 */
final class SameQuantity {
    private SameQuantity() {
    }

    /**
     * False when two differing figures are no conflict for a reason the sentences give: counts
     * that stood at different stated times ("as of 4 p.m." / "as of 6 p.m."), or distances
     * measured from different places ("20 km from Minxian" / "1,233 km west of Beijing").
     */
    static boolean comparable(Quantity x, Claim cx, Quantity y, Claim cy) {
        if (differentStatusTimes(cx, cy) || differentDays(cx, cy) || kindsApart(x, cx, y, cy) || seasonsApart(x, cx, cy)
                || !payer(x, cx).equals(payer(y, cy)) || !requester(x, cx).equals(requester(y, cy))
                || votersApart(x, cx, y, cy)
                || baselinesApart(x, cx, y, cy) || levelAgainstChange(x, cx, y, cy) || changedApart(x, cx, y, cy) || lastedApart(x, cx, y, cy) || lastedApart(y, cy, x, cx)) {
            return false;
        }
        return !distance(x) || sameReference(reference(x, cx), reference(y, cy))
                || awayFromNamed(x, cx, reference(y, cy)) || awayFromNamed(y, cy, reference(x, cx));
    }

    /**
     * Who a cost falls on, when the sentence names it: "will cost the city about $310 million"
     * is the city's share, not the "$412 million" the whole will cost; "" when none is named.
     */
    static String payer(Quantity q, Claim c) {
        int at = q.evidence().start() - c.evidence().start();
        if (!q.thing().startsWith("money") || at <= 0 || at > c.evidence().text().length()) {
            return "";
        }
        Matcher m = COST_TO.matcher(c.evidence().text().substring(0, at));
        // "cost it about $18 million": a pronoun is the one the sentence is about, no other payer.
        return m.find() && !PRONOUNS.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * True when two tallies are votes of two bodies the sentences name: "the planning committee
     * of Brayford council voted 5-2" and "Brayford council approved the plan by nine votes to
     * four" are a committee's vote and the full council's.
     */
    static boolean votersApart(Quantity x, Claim cx, Quantity y, Claim cy) {
        String a = voter(x, cx);
        String b = voter(y, cy);
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }

    /** The body whose vote a tally is, as the noun before its verb of voting; "" when none is named. */
    private static String voter(Quantity q, Claim c) {
        int at = q.evidence().start() - c.evidence().start();
        if (!q.context().equals(Quantity.TALLY) || at <= 0 || at > c.evidence().text().length()) {
            return "";
        }
        Matcher m = VOTED_BY.matcher(c.evidence().text().substring(0, at));
        String body = "";
        while (m.find()) {
            body = m.group(1).toLowerCase(Locale.ROOT);
        }
        return body.endsWith("s") ? body.substring(0, body.length() - 1) : body;
    }

    /** A voting body, maybe "of" whose, then its verb of voting: "the planning committee of Brayford council voted". */
    private static final Pattern VOTED_BY = Pattern.compile("(?i)\\b(committee|subcommittee|council|board|panel|jury|juries"
            + "|senate|house|assembly|parliament|commission|cabinet|shareholders|members|delegates|trustees)"
            + "(?:\\s+of\\s+[^,;]{1,40}?)?\\s+(?:\\p{L}+\\s+){0,2}?(?:voted|approved|backed|rejected|passed|endorsed"
            + "|adopted|defeated|threw\\s+out|agreed)\\b");

    /**
     * Who asked for a figure, when the sentence says so right before it: "the defence requested
     * 36 months" and "prosecutors had sought 97 months" are two sides' requests, not two reports
     * of one; "" when none is named.
     */
    static String requester(Quantity q, Claim c) {
        int at = q.evidence().start() - c.evidence().start();
        if (at <= 0 || at > c.evidence().text().length()) {
            return "";
        }
        Matcher m = REQUESTED.matcher(c.evidence().text().substring(0, at));
        if (!m.find()) {
            return "";
        }
        String who = m.group(1).toLowerCase(Locale.ROOT);
        return PROSECUTION.contains(who) ? "prosecution" : DEFENCE.contains(who) ? "defence" : who;
    }

    /** "the defence requested", "prosecutors had sought", "lawyers asked for a sentence of": who, right before the figure. */
    private static final Pattern REQUESTED = Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:had\\s+|have\\s+|has\\s+|also\\s+)?"
            + "(?:requested|sought|asked\\s+for|demanded|proposed|recommended|urged|called\\s+for|wanted)\\s+"
            + "(?:a\\s+|an\\s+)?(?:(?:prison\\s+)?(?:sentence|term)\\s+of\\s+)?(?:about\\s+|around\\s+|at\\s+least\\s+)?$");
    /** Words for the side that prosecutes. */
    private static final Set<String> PROSECUTION = Set.of("prosecutors", "prosecutor", "prosecution", "government", "state",
            "crown", "attorneys");
    /** Words for the side that defends. */
    private static final Set<String> DEFENCE = Set.of("defence", "defense", "lawyers", "lawyer", "attorney", "counsel");

    private static final Set<String> PRONOUNS = Set.of("it", "them", "him", "her", "us", "me", "you");

    /** "cost the city about", "costing taxpayers", "will cost each household": the payer, right before the figure. */
    private static final Pattern COST_TO = Pattern.compile("(?i)\\bcost(?:s|ing)?\\s+(?:the\\s+|its\\s+|their\\s+|each\\s+|every\\s+)?"
            + "(?!about\\b|around\\b|roughly\\b|nearly\\b|almost\\b|some\\b|more\\b|less\\b|over\\b|an?\\b|up\\b|at\\b)(\\p{L}+)"
            + "(?:\\s+(?:about|around|roughly|nearly|almost|some|more\\s+than|less\\s+than|over|up\\s+to|an\\s+estimated))?\\s*$");

    /**
     * True when a standing figure (who live somewhere, what a place holds, a count with no event)
     * is told for a season in one sentence and for another or none in the other: "home to 3,400
     * year-round residents" and "the population swells to 5,000 in summer". A toll's season is
     * the incident's, never a reason.
     */
    static boolean seasonsApart(Quantity x, Claim cx, Claim cy) {
        if (!x.event().isEmpty() && !x.event().equals(Quantity.POPULATION) && !x.event().equals("capacity")
                && !x.event().equals("attendance")) {
            return false;
        }
        return !seasons(cx).equals(seasons(cy));
    }

    private static Set<String> seasons(Claim c) {
        Set<String> out = new java.util.TreeSet<>();
        Matcher m = SEASON.matcher(c.evidence().text());
        while (m.find()) {
            String s = m.group(1) != null ? m.group(1) : m.group();
            out.add(s.toLowerCase(Locale.ROOT).replace("fall", "autumn").replaceAll("\\s+", " "));
        }
        return out;
    }

    /** A season a figure is told for: "in summer", "during the winter", "year-round", "in peak season". */
    private static final Pattern SEASON = Pattern.compile("(?i)\\b(?:in|during|over|each|every|through)\\s+(?:the\\s+)?"
            + "(summer|winter|autumn|fall|spring)(?:time|s)?\\b|\\byear[- ]round\\b|\\ball\\s+year\\b|\\boff[- ]season\\b"
            + "|\\b(?:peak|high|low|tourist|holiday)\\s+season\\b");

    /**
     * True when two changes are measured against periods of different lengths: "rose 4% compared
     * with a year earlier" and "fell 1 percent in June from May" are two changes of one thing,
     * not two sizes of one.
     */
    static boolean baselinesApart(Quantity x, Claim cx, Quantity y, Claim cy) {
        if (!change(x, cx) || !change(y, cy)) {
            return false;
        }
        Set<String> bx = baselines(x, cx);
        Set<String> by = baselines(y, cy);
        return bx.size() == 1 && by.size() == 1 && !bx.equals(by);
    }

    /**
     * True when a figure is the size of a change: read so ("rose 21%"), or right after a word
     * of change ("fell 2 percent in March", whose month took the place of the change in its key).
     */
    private static boolean change(Quantity q, Claim c) {
        if (q.key().endsWith("|change")) {
            return true;
        }
        int at = q.evidence().start() - c.evidence().start();
        if (at <= 0 || at > c.evidence().text().length()) {
            return false;
        }
        int end = Math.min(c.evidence().text().length(), Math.max(at, q.evidence().end() - c.evidence().start()));
        if (org.factdiff.claims.PriceChanges.annual(c.evidence().text().substring(0, at), c.evidence().text().substring(end))) {
            return false; // "consumer prices rose 4.7 percent in the year to May": the inflation rate
        }
        String[] before = c.evidence().text().substring(0, at).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int k = before.length - 1;
        if (k > 0 && before[k].equals("by")) {
            k--;
        }
        return k >= 0 && org.factdiff.claims.Cues.CHANGE_DIRECTIONS.containsKey(before[k]);
    }

    /**
     * True when one figure is the size of a change and the other the level something moved to:
     * "rose 9.5 percent" and "rose to 3.2 percent" measure two things, whatever keys them alike.
     */
    static boolean levelAgainstChange(Quantity x, Claim cx, Quantity y, Claim cy) {
        return change(x, cx) && levelReached(y, cy) || change(y, cy) && levelReached(x, cx);
    }

    /**
     * True when two changes are of different measures, named right before their verbs:
     * "revenue rose 8 percent" and "profit fell 3 percent" tell of two things. Only measures
     * listed in change-subjects.txt count; a noun not listed may be any subject ("the town grew").
     */
    static boolean changedApart(Quantity x, Claim cx, Quantity y, Claim cy) {
        if (!change(x, cx) || !change(y, cy)) {
            return false;
        }
        String mx = changed(x, cx);
        String my = changed(y, cy);
        return !mx.isEmpty() && !my.isEmpty() && !mx.equals(my);
    }

    /** The measure a change is of, as its group in change-subjects.txt names it, or "". */
    private static String changed(Quantity q, Claim c) {
        int at = q.evidence().start() - c.evidence().start();
        if (at <= 0 || at > c.evidence().text().length()) {
            return "";
        }
        String[] before = c.evidence().text().substring(0, at).toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
        int k = before.length - 1;
        if (k > 0 && before[k].equals("by")) {
            k--;
        }
        if (k < 0 || !org.factdiff.claims.Cues.CHANGE_DIRECTIONS.containsKey(before[k])) {
            return "";
        }
        k--;
        // "profit has fallen 3 percent", "sales sharply rose 8%": auxiliaries and adverbs stand between.
        while (k >= 0 && (before[k].endsWith("ly") || CHANGE_AUXILIARIES.contains(before[k]))) {
            k--;
        }
        return k >= 0 ? CHANGE_SUBJECTS.getOrDefault(before[k], "") : "";
    }

    /** Words between a measure and its verb of change: "profit has fallen". */
    private static final Set<String> CHANGE_AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are");
    /** Each measure a change may be of ("revenue", "sales") to its group's first word, from change-subjects.txt. */
    private static final Map<String, String> CHANGE_SUBJECTS = groupsByWord("change-subjects.txt");

    private static Map<String, String> groupsByWord(String file) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (List<String> group : org.factdiff.base.WordLists.groups(SameQuantity.class, file)) {
            group.forEach(w -> out.put(w, group.get(0)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** True when the figure is a level reached: "rose to 3.2 percent", "fell to 4%". */
    private static boolean levelReached(Quantity q, Claim c) {
        int at = q.evidence().start() - c.evidence().start();
        if (at <= 0 || at > c.evidence().text().length()) {
            return false;
        }
        String[] before = c.evidence().text().substring(0, at).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int k = before.length - 1;
        return k >= 1 && before[k].equals("to") && org.factdiff.claims.Cues.CHANGE_DIRECTIONS.containsKey(before[k - 1]);
    }

    /** The lengths of period ("year", "month", "quarter") the sentence measures a change against, after the figure. */
    private static Set<String> baselines(Quantity q, Claim c) {
        int from = Math.max(0, q.evidence().end() - c.evidence().start());
        // The figure's own clause: "from May, although higher than a year ago".
        String after = c.evidence().text().substring(Math.min(from, c.evidence().text().length())).toLowerCase(Locale.ROOT)
                .split("[,;:]", 2)[0];
        Set<String> out = new java.util.TreeSet<>();
        BASELINES.forEach((period, pattern) -> {
            if (pattern.matcher(after).find()) {
                out.add(period);
            }
        });
        return out;
    }

    /** How a change's period of comparison is told, by its length. */
    private static final Map<String, Pattern> BASELINES = Map.of(
            "year", Pattern.compile("\\b(?:year[- ]on[- ]year|(?:a|one) year (?:earlier|ago|before)|(?:from|than|on|over|with) "
                    + "(?:the same \\w+ )?(?:of )?last year|the previous year|annual(?:ly)?|on the year)\\b"),
            "month", Pattern.compile("\\b(?:month[- ]on[- ]month|(?:a|one) month (?:earlier|ago|before)|the previous month"
                    + "|on the month|(?:from|than|on|over|with) (?:january|february|march|april|may|june|july|august|september"
                    + "|october|november|december)|from the month before)\\b"),
            "quarter", Pattern.compile("\\b(?:quarter[- ]on[- ]quarter|the previous quarter|on the quarter"
                    + "|the previous three months|from the quarter before)\\b"));

    /**
     * True when a length told as "away" from no named place stands in a sentence that names
     * the other's place: "a bull that broke out of a farm near Tilsey was caught 40 km away" is
     * 40 km from the farm, as "12 kilometres from the Tilsey farm" is.
     */
    private static boolean awayFromNamed(Quantity q, Claim c, Optional<String> other) {
        if (!q.thing().endsWith(" away") || other.isEmpty() || reference(q, c).isPresent()) {
            return false;
        }
        Set<String> words = placeWords(other.get());
        Set<String> sentence = new java.util.HashSet<>(java.util.Arrays.asList(
                c.evidence().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        return !words.isEmpty() && sentence.containsAll(words);
    }

    /**
     * True when the figures count things of different kinds by the "of" after their nouns: "five
     * counts of wire fraud" and "two counts of bank fraud" count two kinds, and "five counts of
     * wire fraud" may be a part of "seven counts" (a count of a kind fewer than one without).
     */
    static boolean kindsApart(Quantity x, Claim cx, Quantity y, Claim cy) {
        if (SHARE.equals(x.unitLabel()) && SHARE.equals(y.unitLabel())) {
            Set<String> bx = base(x, cx);
            Set<String> by = base(y, cy);
            if (!bx.isEmpty() && !by.isEmpty() && java.util.Collections.disjoint(bx, by)) {
                return true; // "61 per cent of the vote" is a share; "38% of eligible voters cast a ballot" is turnout
            }
        }
        Optional<String> kx = kind(x, cx);
        Optional<String> ky = kind(y, cy);
        // Only counts: "1,200 hectares of pine forest" is an area whatever it is of, and so is "120 hectares of pine".
        if (x.unitLabel() != null || y.unitLabel() != null) {
            return false;
        }
        if (kx.isPresent() && ky.isPresent()) {
            return !kx.equals(ky);
        }
        if (kx.isPresent() != ky.isPresent()) {
            Quantity part = kx.isPresent() ? x : y;
            Quantity whole = kx.isPresent() ? y : x;
            return FigureBounds.of(part)[1] < FigureBounds.of(whole)[0];
        }
        return false;
    }

    /** What {@link Quantity#unitLabel} calls a percentage. */
    private static final String SHARE = "percentage";
    /** "of" after a share and the words of what it is a share of: "of the vote", "of eligible voters". */
    private static final Pattern BASE = Pattern.compile("^\\s+of\\s+(?:the\\s+|all\\s+|its\\s+|their\\s+)?"
            + "(?:[\\p{L}-]+['\u2019]s\\s+)?((?:\\p{Ll}[\\p{Ll}-]*\\s*){1,3})"); // "of the city's registered electorate"
    /**
     * A measure named before a share that has no "of": "Turnout in Thursday's vote was 43
     * percent", "a turnout of 43 percent". Group 1 the measure, a word of share-bases.txt.
     */
    private static final Pattern MEASURE_BEFORE = Pattern.compile("(?i)\\b(\\p{L}+)\\b[^,;.]{0,60}?\\b(?:was|were|is|stood\\s+at"
            + "|reached|hit|of|at)\\s+(?:about\\s+|nearly\\s+|almost\\s+|just\\s+|only\\s+|some\\s+)?$");
    /** Letters that tell a word of a share's base: "voters" and "voter", not "vote". */
    static final int BASE_STEM = 5;
    /** Stems of the words of one whole ("staff", "workf") to the group's first, from share-bases.txt. */
    private static final Map<String, String> SHARE_BASES = shareBases();

    private static Map<String, String> shareBases() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (List<String> group : org.factdiff.base.WordLists.groups(SameQuantity.class, "share-bases.txt")) {
            for (String w : group) {
                String word = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
                out.put(word.substring(0, Math.min(BASE_STEM, word.length())), group.get(0));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * True when both figures are shares of one listed whole (share-bases.txt): "38 percent of
     * registered voters cast a ballot" and "drew 46 percent of the registered electorate" are
     * two turnouts, however differently their sentences run.
     */
    static boolean sameShare(Quantity x, Claim cx, Quantity y, Claim cy) {
        if (!SHARE.equals(x.unitLabel()) || !SHARE.equals(y.unitLabel())) {
            return false;
        }
        Set<String> both = new java.util.TreeSet<>(base(x, cx));
        both.retainAll(base(y, cy));
        return both.stream().anyMatch(SHARE_BASES::containsValue);
    }

    /**
     * True when both figures are spans of one named thing by the "of" after their units: "three
     * years of supervised release" and "five years of supervised release" are two lengths of one
     * order, however differently their sentences run.
     */
    static boolean sameSpanOf(Quantity x, Claim cx, Quantity y, Claim cy) {
        if (!x.thing().startsWith("months") || !y.thing().startsWith("months")) {
            return false;
        }
        Optional<String> kx = kind(x, cx);
        return kx.isPresent() && kx.equals(kind(y, cy));
    }

    /** The stems of the words a percentage is "of", without a plural "s"; empty when it names none. */
    private static Set<String> base(Quantity q, Claim c) {
        int at = q.evidence().end() - c.evidence().start();
        String text = c.evidence().text();
        if (at < 0 || at > text.length()) {
            return Set.of();
        }
        Matcher m = BASE.matcher(text.substring(at));
        if (!m.find()) {
            return measureBefore(q, c);
        }
        String[] words = m.group(1).strip().split("\\s+");
        if (org.factdiff.text.StopWords.contains(words[0])) {
            return Set.of(); // "of those who took part": who they are is told further on
        }
        Set<String> out = new java.util.TreeSet<>();
        for (String w : words) {
            String word = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
            if (!org.factdiff.text.StopWords.contains(w)) {
                String stem = word.substring(0, Math.min(BASE_STEM, word.length()));
                out.add(SHARE_BASES.getOrDefault(stem, stem));
            }
        }
        return out;
    }

    /** The group of a measure named before a share with no "of" ({@link #MEASURE_BEFORE}), or none. */
    private static Set<String> measureBefore(Quantity q, Claim c) {
        int at = q.evidence().start() - c.evidence().start();
        String text = c.evidence().text();
        if (at <= 0 || at > text.length()) {
            return Set.of();
        }
        String lead = text.substring(0, at);
        lead = lead.substring(Clauses.lastStart(lead.toLowerCase(Locale.ROOT)));
        Matcher m = MEASURE_BEFORE.matcher(lead);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String word = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
            String group = SHARE_BASES.get(word.substring(0, Math.min(BASE_STEM, word.length())));
            if (group != null) {
                return Set.of(group);
            }
            m.region(m.start(1) + w.length(), lead.length());
        }
        return Set.of();
    }

    /**
     * True when a duration written before a noun names what lasted it ("the five-week trial"),
     * the other is time someone spent ("spent three days on the stand"), and its sentence does
     * not name that noun: a witness's days are not the trial's length. A span counted otherwise
     * ("nearly seven hours after officers surrounded the building") may be the same one as "a
     * three-hour standoff", and two durations before nouns may name one thing in two words ("a
     * three-day strike" / "a five-day stoppage").
     */
    static boolean lastedApart(Quantity x, Claim cx, Quantity y, Claim cy) {
        int at = x.evidence().end() - cx.evidence().start();
        String text = cx.evidence().text();
        if (at < 0 || at > text.length() || !DURATION_BEFORE_NOUN.matcher(x.evidence().text()).find()
                || !spent(y, cy)) {
            return false;
        }
        Matcher m = LASTED.matcher(text.substring(at));
        if (!m.find()) {
            return false;
        }
        String other = cy.evidence().text().toLowerCase(Locale.ROOT);
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        return !other.contains(noun.substring(0, Math.min(noun.length(), BASE_STEM)));
    }

    /** True when the words right before a duration say someone spent it: "spent three days on the stand". */
    private static boolean spent(Quantity y, Claim cy) {
        int at = y.evidence().start() - cy.evidence().start();
        String text = cy.evidence().text();
        return at >= 0 && at <= text.length() && SPENT.matcher(text.substring(0, at)).find();
    }

    /**
     * "spent", "spending", "spends", or a verb in the past and "for" ("deliberated for"), maybe
     * with a word of bound, ending the words before a duration: time someone spent doing a thing.
     * A sentence is no time spent: "jailed for eight years" is the "six-year prison term".
     */
    private static final Pattern SPENT = Pattern.compile("(?i)\\b(?:spen(?:t|ds|ding)|(?!(?:jail|sentenc|imprison|ban|suspend|disqualifi|detain|lock|bann)ed\\b)\\p{L}{4,}ed\\s+for)\\s+"
            + "(?:about\\s+|nearly\\s+|almost\\s+|some\\s+|roughly\\s+|more\\s+than\\s+)?$");
    /** A duration written as a modifier: "five-week", "three-day", "24-hour". */
    private static final Pattern DURATION_BEFORE_NOUN = Pattern.compile(
            "(?i)-(?:minute|hour|day|night|week|month|year)$");
    /** The noun a duration modifies, the first word after it: "trial" of "five-week trial". */
    private static final Pattern LASTED = Pattern.compile("^\\s+(\\p{Ll}{3,})\\b");

    /** What follows a counted noun as its kind: "counts of wire fraud", "cases of measles"; not "of them", "of the dead". */
    private static final Pattern KIND = Pattern.compile("^\\s+of\\s+(?!(?:the|them|those|these|all|whom|which|its|their|his|her|our|a|an|about|up|more|at|some|it|us|over|nearly)\\b)"
            + "(\\p{Ll}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+)?)");

    private static Optional<String> kind(Quantity q, Claim c) {
        int at = q.evidence().end() - c.evidence().start();
        String text = c.evidence().text();
        if (at < 0 || at > text.length() || q.clock() || q.rating()) {
            return Optional.empty();
        }
        Matcher m = KIND.matcher(text.substring(at));
        if (!m.find()) {
            return Optional.empty();
        }
        String[] words = m.group(1).split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (org.factdiff.text.StopWords.contains(w)) {
                break;
            }
            out.append(out.length() > 0 ? " " : "").append(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }

    /** Words that make a figure the whole country's, state's or world's ("nationwide", "globally"). */
    private static final Set<String> SCOPES = org.factdiff.base.WordLists.set(SameQuantity.class, "scope-words.txt");

    /**
     * True when one sentence gives its figures for a whole country, state or the world and the
     * other does not, or for another of them: "nationwide, the jobless rate stood at 5.9
     * percent" is not the region's 7.2 percent.
     */
    static boolean scopedApart(Claim cx, Claim cy) {
        return !scopes(cx).equals(scopes(cy));
    }

    private static Set<String> scopes(Claim c) {
        Set<String> out = new java.util.TreeSet<>();
        for (String w : org.factdiff.base.Words.list(c.evidence().text().toLowerCase(Locale.ROOT))) {
            if (SCOPES.contains(w)) {
                out.add(w);
            }
        }
        Matcher across = ACROSS.matcher(c.evidence().text());
        while (across.find()) {
            out.add("across " + across.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher spread = SPREAD.matcher(c.evidence().text());
        while (spread.find()) {
            out.add("at several " + spread.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * A figure summed over several places of one kind: "employing 2,600 people at 11 sites",
     * "in several countries". One site's figure is a part of it, not a rival one.
     */
    private static final Pattern SPREAD = Pattern.compile("(?i)\\b(?:at|across|in)\\s+(?:its\\s+|their\\s+)?"
            + "(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|dozens\\s+of|hundreds\\s+of)"
            + "\\s+(?:[\\p{Ll}-]+\\s+)?(sites|plants|locations|factories|offices|stores|shops|branches|countries|states|campuses"
            + "|facilities|hospitals|schools|mines|depots|warehouses|mills|yards|outlets|restaurants)\\b");

    /**
     * A figure given for the whole of an area: "across the Orland region", "throughout the
     * province". A town's count within it is a part, not a rival figure.
     */
    private static final Pattern ACROSS = Pattern.compile("(?i)\\b(?:across|throughout)\\s+(?:the\\s+)?"
            + "(?:[\\p{L}'\u2019-]+\\s+){0,3}?(region|state|country|province|county|district|nation|island|territory)\\b");

    /**
     * True when both sentences place what they tell and no place of one shares a word with a
     * place of the other: "40 homes were flooded in Ballinvar" and "12 homes were flooded in
     * Corrabeg" count two towns' homes, not one count twice.
     */
    static boolean placedApart(Claim cx, Claim cy) {
        if (cx.places().isEmpty() || cy.places().isEmpty() || namesOthersPlace(cx, cy) || namesOthersPlace(cy, cx)) {
            return false;
        }
        Set<String> wx = new java.util.TreeSet<>();
        cx.places().forEach(p -> wx.addAll(placeWords(p)));
        return cy.places().stream().flatMap(p -> placeWords(p).stream()).noneMatch(wx::contains);
    }

    /**
     * True when {@code cx}'s sentence writes a place {@code cy} gives, if not after a word of
     * place: "St Aldhelm's Hospital in Wexcombe will take 18 beds" tells of the beds "at St
     * Aldhelm's Hospital".
     */
    private static boolean namesOthersPlace(Claim cx, Claim cy) {
        return cy.places().stream().anyMatch(p -> p.contains(" ") && cx.evidence().text().contains(p));
    }

    /** A name of one to four capitalised words that opens a sentence, and the word after it. */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){0,3}\\p{Lu}[\\p{L}'\u2019-]*)\\s+(\\p{Ll}+)");
    /** Verbs whose subject is where a measure was taken or who underwent it: "Yallara recorded 210 mm". */
    private static final Set<String> UNDERWENT = Set.of("recorded", "received", "saw", "had", "got", "logged",
            "measured", "registered", "experienced");

    /**
     * True when each sentence opens with a name that underwent what it measures, and the names
     * share no word: "Yallara recorded 210 mm of rain" and "Bindoon Point recorded 145 mm" tell of
     * two towns.
     */
    static boolean subjectsApart(Claim cx, Claim cy) {
        Optional<Set<String>> nx = openingName(cx);
        Optional<Set<String>> ny = openingName(cy);
        return nx.isPresent() && ny.isPresent() && ny.get().stream().noneMatch(nx.get()::contains);
    }

    /**
     * True unless both sentences name a day in common: "three more bodies on Saturday" and "two
     * more bodies this morning (Sunday)" count what two days added, and what "more" a report
     * without a day adds is counted from a moment the reader does not know.
     */
    static boolean datedApart(Claim cx, Claim cy) {
        return java.util.Collections.disjoint(cx.times(), cy.times());
    }

    /**
     * True when each sentence dates its figure in a month and the months differ: "2.1 metres
     * below its normal level at the end of July" and "by the end of September, 3.4 metres
     * below" measure two moments, whatever the incident's date.
     */
    static boolean monthsApart(Claim cx, Claim cy) {
        return apart(months(cx), months(cy));
    }

    /** True when both sets hold something and share nothing: the dates of two sentences that name two moments. */
    private static <T> boolean apart(Set<T> a, Set<T> b) {
        return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
    }

    private static Set<Integer> months(Claim c) {
        Set<Integer> months = new java.util.TreeSet<>();
        for (String t : c.times()) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                int m = org.factdiff.claims.Cues.monthNumber(w);
                if (m > 0) {
                    months.add(m);
                }
            }
        }
        return months;
    }

    /**
     * A person's name of two to four capitalised words that opens a sentence, maybe with an age
     * after it ("Arlo Penn, 31,"), and the word after it, or a comma that opens a clause about
     * the person ("Mira Lent, who helped him,").
     */
    private static final Pattern OPENING_PERSON = Pattern.compile(
            "^((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3}\\p{Lu}[\\p{L}'\u2019-]*)(?:,\\s*\\d{1,3},)?(?:\\s+(\\p{Ll}+)|,)");

    /**
     * True when each sentence opens with a person's name as the subject of what it tells, the
     * names share no word, and one article names the other's person too: "Arlo Penn, 31, was
     * jailed for six years" and "Mira Stett, 27, was sentenced to four years", in a story that
     * names both, give two people's terms. A name before "said" is a source, not a subject.
     */
    static boolean personsApart(Claim cx, String articleX, Claim cy, String articleY) {
        Optional<String> px = openingPerson(cx);
        Optional<String> py = openingPerson(cy);
        if (px.isEmpty() || py.isEmpty()) {
            return false;
        }
        Set<String> wx = placeWords(px.get());
        if (placeWords(py.get()).stream().anyMatch(wx::contains)) {
            return false;
        }
        return articleX.contains(py.get()) || articleY.contains(px.get());
    }

    /**
     * True when each figure is how long the person its sentence opens with worked, lived or
     * served somewhere, and the two persons share no name: "Ada Pruitt, 44, had worked at the plant
     * for 19 years" and "Tom Major, 67, who worked at the plant for 22 years" tell of two working
     * lives, though neither article names the other's person.
     */
    static boolean tenuresApart(Quantity x, Claim cx, Quantity y, Claim cy) {
        Optional<String> px = openingPerson(cx);
        Optional<String> py = openingPerson(cy);
        if (px.isEmpty() || py.isEmpty() || !tenure(x, cx) || !tenure(y, cy)) {
            return false;
        }
        Set<String> wx = placeWords(px.get());
        return placeWords(py.get()).stream().noneMatch(wx::contains);
    }

    /** A span someone spent at a place or work, told right before its figure: "worked at the plant for ". */
    private static final Pattern TENURE = Pattern.compile("(?i)\\b(?:worked|lived|served|taught|volunteered|coached|farmed"
            + "|been\\s+(?:employed|working|living))\\b[^,.;]{0,40}\\bfor\\s+(?:the\\s+(?:past|last)\\s+)?$");

    private static boolean tenure(Quantity q, Claim c) {
        int at = q.evidence().start() - c.evidence().start();
        return at > 0 && at <= c.evidence().text().length() && (q.thing().startsWith("months") || q.thing().startsWith("minutes"))
                && TENURE.matcher(c.evidence().text().substring(0, at)).find();
    }

    private static Optional<String> openingPerson(Claim c) {
        Matcher m = OPENING_PERSON.matcher(c.evidence().text().strip());
        if (!m.find() || m.group(2) != null && org.factdiff.claims.Cues.REPORTING.contains(m.group(2))
                || org.factdiff.text.StopWords.contains(m.group(1).toLowerCase(Locale.ROOT).split("\\s+")[0])) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    private static Optional<Set<String>> openingName(Claim c) {
        Matcher m = OPENING_NAME.matcher(c.evidence().text().strip());
        if (!m.find() || !UNDERWENT.contains(m.group(2))
                || org.factdiff.text.StopWords.contains(m.group(1).toLowerCase(Locale.ROOT).split("\\s+")[0])) {
            return Optional.empty();
        }
        return Optional.of(placeWords(m.group(1)));
    }

    /** The words of a place that name it, in lower case: not "county", "city" or "the". */
    private static Set<String> placeWords(String place) {
        Set<String> out = new java.util.TreeSet<>(java.util.Arrays.asList(place.toLowerCase(Locale.ROOT).split("\\s+")));
        out.removeAll(REFERENCE_STOP);
        return out;
    }

    /**
     * True when the figures belong to two things of one kind that an article names apart: "the
     * Ridge fire has burned 4,000 hectares" against "the nearby Cole fire, which burned 900
     * hectares", in an article that names the Ridge fire too. Each figure's owner is the last
     * name and noun before it in its sentence; they differ when the nouns are one and the names
     * share no word, and one article names both.
     */
    static boolean namedApart(Quantity x, Claim cx, String articleX, Quantity y, Claim cy, String articleY) {
        Optional<String[]> ox = owner(x, cx);
        Optional<String[]> oy = owner(y, cy);
        if (ox.isEmpty() || oy.isEmpty() || !ox.get()[1].equals(oy.get()[1])) {
            return false;
        }
        Set<String> wx = new java.util.TreeSet<>(java.util.Arrays.asList(ox.get()[0].split(" ")));
        if (java.util.Arrays.stream(oy.get()[0].split(" ")).anyMatch(wx::contains)) {
            return false;
        }
        return names(articleY, ox.get()) || names(articleX, oy.get());
    }

    /** True when the article names the owner: its name right before its noun. */
    private static boolean names(String article, String[] owner) {
        return Pattern.compile("(?i)\\b" + Pattern.quote(owner[0]) + "\\s+" + Pattern.quote(owner[1]) + "\\b")
                .matcher(article).find();
    }

    /** How far before a figure, in characters, its owner is looked for. */
    private static final int OWNER_REACH = 60;

    /** The last "Name noun" before the figure in its sentence, as {name, noun} in lower case: "the nearby Cole fire". */
    private static Optional<String[]> owner(Quantity q, Claim c) {
        String text = c.evidence().text();
        int at = Math.max(0, Math.min(text.length(), q.evidence().start() - c.evidence().start()));
        Matcher m = OWNER.matcher(text).region(Math.max(0, at - OWNER_REACH), at);
        String[] found = null;
        while (m.find()) {
            String name = m.group(1).strip().replaceFirst("^(?:The|A|An)\\s+", "");
            if (!name.isEmpty()) {
                found = new String[] {name.toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT)};
            }
        }
        return Optional.ofNullable(found);
    }

    private static final Pattern OWNER = Pattern.compile(
            "\\b((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3})(\\p{Ll}[\\p{L}-]{2,})\\b");

    /**
     * True when both sentences name a day and no day of one is a day of the other: "30 per cent
     * contained on Tuesday" and "70% by Thursday" are two moments of a count that changes.
     */
    static boolean differentDays(Claim a, Claim b) {
        return apart(days(a), days(b));
    }

    /** The weekdays and days of a month a sentence names, as written, in lower case. */
    private static Set<String> days(Claim c) {
        Set<String> out = new java.util.TreeSet<>();
        // "140 surgeries planned for Monday and Tuesday": the days the things were set for, not
        // the day the count stood.
        Set<String> setFor = new java.util.TreeSet<>();
        Matcher m = SET_FOR.matcher(c.evidence().text());
        while (m.find()) {
            for (String w : m.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                setFor.add(w);
            }
        }
        // "delayed the decision until its Nov. 6 meeting": the day put off to, not the count's.
        Set<String> ahead = new java.util.TreeSet<>();
        Matcher until = PUT_OFF_TO.matcher(c.evidence().text());
        while (until.find()) {
            ahead.add((until.group(1) != null ? until.group(1) : until.group(2)).toLowerCase(Locale.ROOT));
        }
        for (String t : c.times()) {
            String written = t.replaceFirst(" \\(.*\\)$", "").toLowerCase(Locale.ROOT);
            if (setFor.contains(written) || ahead.contains(written)) {
                continue;
            }
            boolean monthDay = written.matches(".*\\d.*") && java.util.Arrays.stream(written.split("[^\\p{L}]+"))
                    .anyMatch(org.factdiff.claims.Cues.MONTHS::contains);
            if (WEEKDAY.matcher(written).find()) {
                out.add(written); // not a clock time: "at 6 p.m." is when, not which day
            } else if (monthDay) {
                out.add(monthDayKey(t, written)); // "1 April" and "April 1" are one day
            }
        }
        return out;
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?:mon|tues|wednes|thurs|fri|satur|sun)day");

    /** A date as its resolved day when the claims stage gave one ("1 April (2025-04-01)"), else as "apr 1". */
    private static String monthDayKey(String time, String written) {
        Matcher resolved = RESOLVED_DAY.matcher(time);
        if (resolved.find()) {
            return resolved.group(1);
        }
        Matcher number = DAY_NUMBER.matcher(written);
        for (String w : written.split("[^\\p{L}]+")) {
            if (org.factdiff.claims.Cues.MONTHS.contains(w) && number.find()) {
                return w.substring(0, Math.min(3, w.length())) + " " + number.group(1);
            }
        }
        return written;
    }

    /** The day of the month in a written date: "1" of "1 April", "3" of "March 3rd". */
    private static final Pattern DAY_NUMBER = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b");
    /** The resolved day the claims stage writes after a date: "(2025-04-01)". */
    private static final Pattern RESOLVED_DAY = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)$");
    /** Weekdays something counted was set for: "planned for Monday and Tuesday", "scheduled for Friday". */
    /** A day something was put off to: "until its Nov. 6 meeting", "until Friday", "at its Nov. 20 meeting". */
    private static final Pattern PUT_OFF_TO = Pattern.compile("\\b(?:until|till|pending)\\s+(?:its\\s+|their\\s+|the\\s+)?"
            + "(\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}|\\p{Lu}\\p{Ll}+day)\\b|\\b(?:its|their)\\s+(\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})"
            + "\\s+(?:meeting|session|sitting|hearing)\\b");
    private static final Pattern SET_FOR = Pattern.compile("(?i)\\b(?:planned|scheduled|set|booked|due)\\s+(?:for|on)\\s+"
            + "(\\p{L}+day(?:\\s*(?:,|and|or)\\s*\\p{L}+day)*)");

    /** True when the sentences give different times at which what they count stood. */
    static boolean differentStatusTimes(Claim a, Claim b) {
        Optional<String> ta = asOf(a);
        Optional<String> tb = asOf(b);
        return ta.isPresent() && tb.isPresent() && !ta.equals(tb);
    }

    /** True for a length: kilometres, metres, or what was converted to them. */
    private static boolean distance(Quantity q) {
        return !q.clock() && !q.rating() && q.event().isEmpty() && q.length() && !SIZES.contains(q.thing().substring(q.thing().lastIndexOf(' ') + 1));
    }

    /** The ways a thing's size runs: "45 metres tall" measures the crane, from no place. */
    private static final Set<String> SIZES = Set.of("tall", "high", "long", "wide", "deep", "thick");

    /** True when the sentence names the moment its count stood at ("as of noon", "by evening"), not only "now". */
    static boolean namesItsMoment(Claim c) {
        String text = c.evidence().text();
        return AS_OF.matcher(text).find() || BY_TIME.matcher(text).find() || BY_THE_TIME.matcher(text).find();
    }

    /** When a count stood, as the sentence says: "As of 6 p.m. Monday, ...". */
    static Optional<String> asOf(Claim c) {
        Matcher m = AS_OF.matcher(c.evidence().text());
        if (!m.find()) {
            m = BY_TIME.matcher(c.evidence().text());
            if (!m.find()) {
                m = BY_THE_TIME.matcher(c.evidence().text());
                if (!m.find()) {
                    // Not "now" in someone's words: "Now there's nothing for my kids," he said.
                    String told = QUOTED.matcher(c.evidence().text()).replaceAll(" ");
                    if (!NOW.matcher(told).find()) {
                        return Optional.empty();
                    }
                    // "has now burned 3,400 hectares, the service said Thursday": now is that day.
                    Matcher day = NAMED_DAY.matcher(told);
                    return Optional.of(day.find() ? day.group(1).toLowerCase(Locale.ROOT) : "now");
                }
            }
        }
        return Optional.of(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /**
     * "the fire had now burned 3,100 hectares", "so far", "to date": a count as it stood when the
     * article was written, another moment than "by early Wednesday".
     */
    private static final Pattern NOW = Pattern.compile("(?i)\\b(?:now|so far|to date)\\b");

    /**
     * When the figure itself stood, as its sentence says: a moment told before it ("By Sunday
     * night, eight were dead") or after it in its own clause ("had burned 900 hectares by early
     * Monday"), not in a clause after it ("six were taken to hospital, and all but one had been
     * discharged by Saturday").
     */
    static Optional<String> asOfFigure(Quantity q, Claim c) {
        Optional<String> at = asOf(c);
        if (at.isEmpty()) {
            return at;
        }
        String text = c.evidence().text();
        int end = Math.max(0, Math.min(text.length(), q.evidence().end() - c.evidence().start()));
        String after = text.substring(end);
        int marker = after.toLowerCase(Locale.ROOT).indexOf(at.get().split(" ")[0]);
        if (marker < 0 || text.substring(0, end).toLowerCase(Locale.ROOT).contains(at.get().split(" ")[0])) {
            return at; // told before the figure, or not found after it as written
        }
        return LATER_CLAUSE.matcher(after.substring(0, marker)).find() ? Optional.empty() : at;
    }

    /** What opens another clause between a figure and a moment after it. */
    private static final Pattern LATER_CLAUSE = Pattern.compile("[;:]|,\\s*(?:and|but|while|although|though|whereas|with)\\b");

    /** A weekday named in a sentence. */
    private static final Pattern NAMED_DAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /** A quotation in straight or curly marks. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201C[^\u201D]*\u201D");

    private static final Pattern AS_OF = Pattern.compile("(?i)\\bas (?:of|at) ([^,;]{1,40})");

    /** "by the time the meeting opened at 6 p.m.": when a count stood, told by what happened then. */
    private static final Pattern BY_THE_TIME = Pattern.compile("(?i)\\bby the time ([^,;]{1,40})");

    /**
     * "By Sunday night, eight were dead", "by 6 p.m.", "by late evening": when a count stood, as
     * "as of" says it.
     * Not "by Monday's blast", where "by" names what did it.
     */
    private static final Pattern BY_TIME = Pattern.compile("(?i)\\bby ((?:late |early )?(?:monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday|today|tonight|yesterday|noon|midnight|midday|morning|afternoon|evening|"
            + "night|nightfall|dawn|dusk|daybreak|"
            + "\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b))(?!['\u2019]s)"
            + "(?: (?:morning|afternoon|evening|night))?)\\b");

    /**
     * What a length is measured from: a place after it ("20 km from Minxian", "1,233 km west of
     * Beijing"), a place just before it ("Lanzhou, 177 kilometres north"), or the surface when
     * it is a depth ("20 kilometers beneath the surface", "at a depth of 10 km").
     */
    static Optional<String> reference(Quantity q, Claim c) {
        String text = c.evidence().text();
        int from = Math.max(0, Math.min(text.length(), q.evidence().end() - c.evidence().start()));
        int start = Math.max(0, Math.min(from, q.evidence().start() - c.evidence().start()));
        String around = text.substring(Math.max(0, start - 30), Math.min(text.length(), from + 40));
        if (DEPTH.matcher(around).find()) {
            return Optional.of("depth");
        }
        Matcher m = REFERENCE.matcher(text).region(from, Math.min(text.length(), from + 80));
        if (m.lookingAt()) {
            return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher before = PLACE_BEFORE.matcher(text.substring(0, start));
        return before.find() ? Optional.of(before.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * True when two lengths are measured from the same place: both from none, or from places
     * that share a word ("the trailhead" / "the Pennock Hills trailhead", "Minxian" / "Minxian
     * county"); "from Minxian" and "west of Beijing" share none.
     */
    private static boolean sameReference(Optional<String> a, Optional<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        Set<String> wa = placeWords(a.get());
        wa.retainAll(placeWords(b.get()));
        return !wa.isEmpty();
    }

    /** Words after "from the" that name no place: "from the trailhead where she set out". */
    private static final Set<String> REFERENCE_STOP = Set.of("where", "when", "which", "that", "who", "she", "he",
            "they", "it", "was", "were", "is", "are", "had", "has", "and", "or", "in", "on", "at", "of", "a", "an", "the",
            "its", "their", "his", "her", "said", "county", "province", "city", "town", "district", "state");

    private static final Pattern DEPTH = Pattern.compile("(?i)\\b(?:depth|deep|beneath|below the surface|underground)\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*)*),?\\s+(?:about\\s+|some\\s+|nearly\\s+)?$");

    /**
     * A place after a length: a name ("from Minxian county", "west of Lanzhou") or, after
     * "from", a noun ("from the trailhead"), up to four words; "12 miles of shoreline" says what
     * is measured, not from where.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\s*(?:\\([^)]*\\)\\s*)?(?:[\\p{Ll}-]+\\s+){0,3}?(?:from|of|to|outside|off|away from)\\s+(?:the\\s+)?"
                    + "(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*(?:\\s+\\p{Ll}[\\p{L}-]*)?|(?<=from\\s|from\\sthe\\s)"
                    + "\\p{Ll}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,3})");
}
