package org.factdiff.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.Member;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.text.Lexicon;
import org.factdiff.text.Meanings;
import org.factdiff.text.ParsedText;
import org.factdiff.text.TextAnalyzer;

/**
 * What every rule of the comparison reads: the aligned groups, every claim, the parsed texts
 * and what the articles copied, with the facts about the case that several rules share (which
 * articles speak of one incident, how many independent sources state a fact).
 */
final class CaseClaims {
    private final List<ClaimGroup> groups;
    private final List<Claim> claims;
    private final Map<String, ParsedText> texts;
    private final ReuseResult reuse;
    private final Lexicon lexicon;
    private final Meanings meanings;
    private final IndependentSources independent;
    /** The names and places each article gives, to tell articles about one incident. */
    private final Map<String, Set<String>> names;
    /** Each statement group's sentence comparison, made once for the conflicts and the agreements. */
    private final Map<ClaimGroup, SentenceComparison.Reading> readings = new IdentityHashMap<>();
    /** Each article's figures given as superseded ("up from eight on Monday"), by {@link #figureKey}. */
    private final Set<String> earlierFigures;
    /**
     * Each article's figures as {@link #figureKey}s, with the parts it takes of them ("1,200
     * patients, half of whom" also gives 600 patients).
     */
    private final Set<String> statedFigures;
    /** Each article's publication time, where the case file gives it. */
    private final Map<String, org.factdiff.casefile.Timestamp> published;
    /** Each article's reuse partners that share at least one passage with it, once asked. */
    private Map<String, Set<String>> copyPartners;

    CaseClaims(List<ClaimGroup> groups, List<Claim> claims, ReuseResult reuse, Map<String, ParsedText> texts,
               Lexicon lexicon, Meanings meanings) {
        this(groups, claims, reuse, texts, lexicon, meanings, Map.of());
    }

    CaseClaims(List<ClaimGroup> groups, List<Claim> claims, ReuseResult reuse, Map<String, ParsedText> texts,
               Lexicon lexicon, Meanings meanings, Map<String, org.factdiff.casefile.Timestamp> published) {
        this.published = Map.copyOf(published);
        this.groups = List.copyOf(groups);
        this.claims = List.copyOf(claims);
        this.texts = Map.copyOf(texts);
        this.reuse = reuse;
        this.lexicon = lexicon;
        this.meanings = meanings;
        this.independent = new IndependentSources(reuse);
        this.names = names(claims);
        Set<String> earlier = new HashSet<>();
        Set<String> stated = new HashSet<>();
        Claim before = null;
        for (Claim c : claims) {
            for (org.factdiff.claims.Quantity q : c.quantities()) {
                if (q.earlier()) {
                    continue; // "revised the toll from nine to six" does not state nine
                }
                stated.add(figureKey(c.article(), q));
                partOfWhom(c, q).ifPresent(n -> stated.add(c.article() + "|" + q.event() + "|" + q.thing() + "|"
                        + q.context() + "|" + n + "|" + n));
            }
            if (before != null && before.article().equals(c.article())) {
                laterFigure(before, c).ifPresent(earlier::add);
            }
            before = c;
            c.quantities().stream().filter(q -> q.earlier() && grewFrom(c, q))
                    .forEach(q -> earlier.add(figureKey(c.article(), q)));
            c.quantities().stream().filter(q -> !q.earlier()).forEach(q -> upFromBare(c, q).ifPresent(n ->
                    earlier.add(c.article() + "|" + q.event() + "|" + q.thing() + "|" + q.context() + "|" + n + "|" + n)));
        }
        this.earlierFigures = Set.copyOf(earlier);
        this.statedFigures = Set.copyOf(stated);
    }

    /**
     * True when {@code article} states {@code q}'s figure, of the same key, somewhere: "Turnout was
     * 71%" in one sentence holds the "turnout of 71 per cent" another article gives, whatever
     * other percentage its sentence is aligned with.
     */
    boolean states(String article, org.factdiff.claims.Quantity q) {
        return statedFigures.contains(figureKey(article, q));
    }

    /** The part a count's next words take of it: "1,200 patients, half of whom" gives 600; "12 hurt, three of them" gives 3. */
    private static java.util.Optional<Double> partOfWhom(Claim c, org.factdiff.claims.Quantity q) {
        int at = q.evidence().end() - c.evidence().start();
        String text = c.evidence().text();
        if (at < 0 || at > text.length() || q.value() != q.upper()) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = OF_WHOM.matcher(text.substring(at));
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String part = m.group(1).toLowerCase(java.util.Locale.ROOT);
        Double share = SHARES.get(part);
        if (share != null) {
            return java.util.Optional.of(q.value() * share);
        }
        Integer n = part.matches("\\d[\\d,]*") ? Integer.valueOf(part.replace(",", "")) : org.factdiff.claims.Cues.cardinal(part);
        return n == null || n >= q.value() ? java.util.Optional.empty() : java.util.Optional.of(n.doubleValue());
    }

    /** Shares a count's part is told in: "half of whom". */
    private static final Map<String, Double> SHARES = Map.of("half", 0.5, "a third", 1.0 / 3, "a quarter", 0.25,
            "two-thirds", 2.0 / 3, "two thirds", 2.0 / 3, "three-quarters", 0.75, "three quarters", 0.75);

    /** ", half of whom", ", three of them": a part of the count just given, in the few words after it. */
    private static final java.util.regex.Pattern OF_WHOM = java.util.regex.Pattern.compile(
            "^[^.;,]{0,40},\\s*(half|a\\s+third|a\\s+quarter|two[- ]thirds|three[- ]quarters|\\d[\\d,]*|[a-z]+(?:-[a-z]+)?)"
                    + "\\s+of\\s+(?:whom|them|which)\\b");

    /**
     * True when {@code article} itself gives {@code q}'s figure as the earlier value of a count
     * that grew: "rose to 12 by Tuesday evening, up from eight on Monday" does not contradict
     * "eight were killed on Monday"; both held at their time. A correction stays a conflict:
     * after "the toll was revised from 51 to 24", an article that says 51 is wrong. So too a
     * later value of its count the next sentence gives: "officials had confirmed 12 deaths by
     * midday. That figure rose to 19 by evening" holds 19 as well as 12.
     */
    boolean givesAsEarlier(String article, org.factdiff.claims.Quantity q) {
        return earlierFigures.contains(figureKey(article, q));
    }

    /**
     * True when the figure follows words of growth and "from": "up from eight", "rose from 8 to
     * 13", "rose to 12 on Tuesday, from 8 on Monday".
     */
    private static boolean grewFrom(Claim c, org.factdiff.claims.Quantity q) {
        int at = q.evidence().start() - c.evidence().start();
        return at >= 0 && at <= c.evidence().text().length()
                && GREW_FROM.matcher(c.evidence().text().substring(0, at)).find();
    }

    /**
     * The earlier figure a count is said to have grown from when it is written bare, counting what
     * the count counts: "nine people went to hospital ..., up from the six reported on Monday".
     */
    private static java.util.Optional<Double> upFromBare(Claim c, org.factdiff.claims.Quantity q) {
        int at = q.evidence().end() - c.evidence().start();
        String text = c.evidence().text();
        if (at < 0 || at > text.length()) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = UP_FROM_BARE.matcher(text.substring(at));
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT).replace(",", "");
        Integer value = n.matches("\\d+") ? Integer.valueOf(n) : org.factdiff.claims.Cues.NUMBER_WORDS.get(n);
        return value == null ? java.util.Optional.empty() : java.util.Optional.of(value.doubleValue());
    }

    /**
     * The key of the later value a sentence gives to the one count of the sentence before it:
     * "That figure rose to 19 by evening", "The toll later climbed to nineteen".
     */
    private static java.util.Optional<String> laterFigure(Claim before, Claim c) {
        java.util.regex.Matcher m = LATER_VALUE.matcher(c.evidence().text());
        List<org.factdiff.claims.Quantity> counts = before.quantities().stream()
                .filter(q -> !q.earlier() && !q.event().isEmpty()).toList();
        if (!m.find() || counts.size() != 1) {
            return java.util.Optional.empty();
        }
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT).replace(",", "");
        Integer value = n.matches("\\d+") ? Integer.valueOf(n) : org.factdiff.claims.Cues.cardinal(n);
        org.factdiff.claims.Quantity q = counts.get(0);
        return value == null ? java.util.Optional.empty() : java.util.Optional.of(
                c.article() + "|" + q.event() + "|" + q.thing() + "|" + q.context() + "|" + value.doubleValue() + "|" + value.doubleValue());
    }

    /** "That figure rose to 19", "The toll later climbed to nineteen": a count of the sentence before, grown. */
    private static final java.util.regex.Pattern LATER_VALUE = java.util.regex.Pattern.compile(
            "^\\W*(?:That|The|This)\\s+(?:figure|number|toll|count|tally|total)\\s+(?:later\\s+|then\\s+|had\\s+|has\\s+)?"
                    + "(?:rose|risen|climbed|increased|jumped|grew|reached|fell|dropped)\\s+to\\s+(\\d[\\d,]*|[a-z]+(?:-[a-z]+)?)\\b");

    /** ", up from the six reported", ", up from 6 on Monday": a bare figure, no noun of its own after it. */
    private static final java.util.regex.Pattern UP_FROM_BARE = java.util.regex.Pattern.compile(
            "^[^.;]{0,160}?,\\s*up\\s+from\\s+(?:the\\s+)?(\\d[\\d,]*|[a-z]+)\\s+(?:reported|given|announced|confirmed|earlier|on|a\\s+day|the\\s+day|at|by|in)\\b");

    private static final java.util.regex.Pattern GREW_FROM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:up|rose|risen|rising|climbed|climbing|increased|grew|jumped)\\s+(?:to\\s+[^,;.]{1,40},\\s*)?from\\s*$");

    private static String figureKey(String article, org.factdiff.claims.Quantity q) {
        return article + "|" + q.event() + "|" + q.thing() + "|" + q.context() + "|" + q.value() + "|" + q.upper();
    }

    /**
     * True when the publication times tell that {@code later} was written after {@code earlier},
     * by an hour at least, or on a later day when a time of day is missing.
     */
    boolean writtenAfter(String later, String earlier) {
        org.factdiff.casefile.Timestamp a = published.get(earlier);
        org.factdiff.casefile.Timestamp b = published.get(later);
        if (a == null || b == null) {
            return false;
        }
        if (a.time().isPresent() && b.time().isPresent() && a.comparableInstant(b)) {
            return b.epochSecond() - a.epochSecond() >= Causes.MIN_GAP_SECONDS;
        }
        return b.utcDate().isAfter(a.utcDate());
    }

    /**
     * True when the case gives both articles' publication times, each with its time of day, and
     * neither was written an hour after the other: two articles of one day without their hours
     * may be a morning's and an evening's.
     */
    boolean writtenTogether(String a, String b) {
        return published.containsKey(a) && published.containsKey(b) && published.get(a).time().isPresent()
                && published.get(b).time().isPresent() && !writtenAfter(a, b) && !writtenAfter(b, a);
    }

    List<ClaimGroup> groups() {
        return groups;
    }

    /** The groups of this kind that hold claims of two or more articles. */
    List<ClaimGroup> shared(org.factdiff.align.GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind && g.articles() >= 2).toList();
    }

    /**
     * Every two claims of different articles that one statement group aligns, in group order:
     * what the rules over nearly identical or reworded sentences compare.
     */
    List<Claim[]> statementPairs() {
        List<Claim[]> out = new ArrayList<>();
        for (ClaimGroup g : shared(org.factdiff.align.GroupKind.STATEMENT)) {
            List<Member> ms = g.members();
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    if (!ms.get(i).article().equals(ms.get(j).article())) {
                        out.add(new Claim[] {ms.get(i).claim(), ms.get(j).claim()});
                    }
                }
            }
        }
        return out;
    }

    List<Claim> claims() {
        return claims;
    }

    /** The articles that share at least one reused passage with this one: looked up, not searched. */
    Set<String> copyPartners(String article) {
        if (copyPartners == null) {
            copyPartners = new java.util.HashMap<>();
            reuse.pairs().stream().filter(p -> !p.passages().isEmpty()).forEach(p -> {
                copyPartners.computeIfAbsent(p.a(), k -> new HashSet<>()).add(p.b());
                copyPartners.computeIfAbsent(p.b(), k -> new HashSet<>()).add(p.a());
            });
        }
        return copyPartners.getOrDefault(article, Set.of());
    }

    Map<String, ParsedText> texts() {
        return texts;
    }

    ParsedText text(String article) {
        return texts.get(article);
    }

    ReuseResult reuse() {
        return reuse;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The sentences' meanings, or {@link Meanings#NONE} when the encoder did not run. */
    Meanings meanings() {
        return meanings;
    }

    /** How many independent sources state what these excerpts say (copies count once). */
    int independentSources(List<org.factdiff.text.Excerpt> sources) {
        return independent.count(sources);
    }

    /** The sentence comparison of a statement group, made on first use. */
    synchronized SentenceComparison.Reading reading(ClaimGroup g) {
        return readings.computeIfAbsent(g, k -> SentenceComparison.read(k, this));
    }

    /**
     * True when two articles name a person, group or place in common anywhere: articles of one
     * incident do ("Moore", "the medical examiner's office"); a case made by mistake of reports
     * on a cinema shooting and a war does not, and their tolls are not set against each other.
     */
    boolean sameIncident(String a, String b) {
        Set<String> shared = new HashSet<>(names.getOrDefault(a, Set.of()));
        shared.retainAll(names.getOrDefault(b, Set.of()));
        return !shared.isEmpty();
    }

    /** True when every two of the articles are about one incident by the names they share. */
    boolean oneIncident(List<String> articles) {
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                if (!sameIncident(articles.get(i), articles.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when two sentences share a content word that says where or what, not only what
     * happened to whom or who said it: "the bridge collapsed" / "the old bridge fell".
     */
    static boolean sameScene(Claim a, Claim b) {
        for (String w : sceneWords(a)) {
            if (b.content().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words of where and what two sentences share at least to tell one act: a day or a town alone is any act's. */
    static final int SAME_ACT = 2;

    /**
     * How many distinct words of where and what ({@link #sceneWords}) two claims share, past
     * {@code except} (words they share by being compared, such as a name or an office).
     */
    static long sharedSceneWords(Claim a, Claim b, Set<String> except) {
        return sceneWords(a).stream().distinct().filter(w -> !except.contains(w)).filter(b.content()::contains).count();
    }

    /** The content words of a phrase as claims hold them ("a 9-year-old boy"), to leave out of {@link #sharedSceneWords}. */
    static Set<String> contentOf(String phrase) {
        Set<String> out = new HashSet<>();
        new TextAnalyzer(BUILT_IN).analyze("phrase", phrase).tokens().stream().filter(org.factdiff.text.Token::content)
                .forEach(t -> out.add(BUILT_IN.synonymClass(t.norm())));
        return out;
    }

    /** The lexicon phrases are read in by {@link #contentOf}: built in, as no case's names are among a phrase's scene words. */
    private static final Lexicon BUILT_IN = Lexicon.builtIn();

    /** The content words of a claim that say where or what, as {@link #sameScene} compares them. */
    static List<String> sceneWords(Claim c) {
        List<String> out = new ArrayList<>();
        for (String w : c.content()) {
            boolean figure = !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9';
            if (!figure && !NOT_SCENE.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The first member each article has in a group, by article id. */
    static Map<String, Member> firstPerArticle(List<Member> members) {
        Map<String, Member> first = new TreeMap<>();
        for (Member m : members) {
            first.putIfAbsent(m.article(), m);
        }
        return first;
    }

    /** Content words (as stems) that say what happened, to whom, who told or when: no scene. */
    private static final Set<String> NOT_SCENE = notScene();

    private static Set<String> notScene() {
        List<String> words = new ArrayList<>();
        Cues.EVENTS.values().forEach(words::addAll);
        words.addAll(Cues.PERSON_NOUNS);
        words.addAll(Cues.PEOPLE);
        words.addAll(Cues.REPORTING);
        words.addAll(Cues.MONTHS);
        words.addAll(Cues.WEEKDAYS);
        words.addAll(List.of("said", "says", "say", "people", "person", "official", "officials", "killing", "injuring",
                "wounding", "area", "day", "night", "morning", "evening", "today", "yesterday"));
        Set<String> out = new HashSet<>();
        new TextAnalyzer(Lexicon.builtIn()).analyze("cues", String.join(" . ", words)).tokens()
                .forEach(t -> out.add(t.norm()));
        return Set.copyOf(out);
    }

    /** Each article's names and places, canonical and folded; roles alone ("§governor") are no names. */
    static Map<String, Set<String>> names(List<Claim> claims) {
        Map<String, Set<String>> out = new TreeMap<>();
        Map<String, Set<String>> proper = new TreeMap<>();
        for (Claim c : claims) {
            Set<String> set = out.computeIfAbsent(c.article(), k -> new HashSet<>());
            // A role alone ("§governor") is no name; a name that opens with a word of a variant group is ("§mount serra").
            c.actors().stream().filter(n -> !n.startsWith("\u00A7") || n.contains(" ")).forEach(set::add);
            c.places().forEach(p -> set.add(Lexicon.fold(p)));
            if (!c.furniture()) {
                properWords(c.evidence().text()).forEach(w -> proper.computeIfAbsent(w, k -> new TreeSet<>()).add(c.article()));
            }
        }
        // A word written as a name inside a sentence ("at its Brennock mine") names the incident's
        // place or party though the readers of names missed it; one that most articles of a large
        // case share ("County", "Trump") says nothing of which incident each is about.
        int most = out.size() <= PROPER_ALL_UP_TO ? out.size() : out.size() / PROPER_SHARED_PART;
        proper.forEach((word, articles) -> {
            if (articles.size() <= most) {
                articles.forEach(a -> out.get(a).add(PROPER + word));
            }
        });
        return out;
    }

    /** Key prefix of a word written as a name, apart from the names the claims stage read. */
    private static final String PROPER = "\u00B6";
    /** Articles of a case up to which any word written as a name, however many share it, tells one incident. */
    static final int PROPER_ALL_UP_TO = 40;
    /** In a larger case, a word written as a name in more than this part of its articles tells nothing. */
    static final int PROPER_SHARED_PART = 4;
    /** Shortest word read as a name by its capital ("Brennock"; not "Ms", "Co"). */
    static final int PROPER_MIN = 4;

    /**
     * The words a sentence writes with a capital not at its start nor after a quotation mark or
     * a colon, folded: "Brennock" in "six men died at its Brennock mine". Days, months,
     * nationalities, reporting words and function words are no names of an incident.
     */
    static Set<String> properWords(String sentence) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = WORD.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            int k = m.start() - 1;
            while (k >= 0 && Character.isWhitespace(sentence.charAt(k))) {
                k--;
            }
            boolean opens = first || k >= 0 && OPENERS.indexOf(sentence.charAt(k)) >= 0;
            first = false;
            String f = Lexicon.fold(w);
            // A sentence opened by a bare possessive is most often opened by a name: "Calvaria's
            // exports fell"; common nouns take an article first ("The company's").
            boolean possessive = opens && f.length() < w.length() - 1 && !POSSESSIVE_OPENERS.contains(f);
            // A short name in mixed case counts ("storm Ida"); a short one in capitals may be any body's ("CEO").
            boolean shortName = f.length() == PROPER_MIN - 1 && !w.equals(w.toUpperCase(java.util.Locale.ROOT))
                    && !PersonAges.TITLES.contains(f);
            if (opens && !possessive || f.length() < PROPER_MIN && !shortName || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            if (!org.factdiff.text.StopWords.contains(f) && !Cues.WEEKDAYS.contains(f) && !Cues.MONTHS.contains(f)
                    && !Cues.NATIONALITIES.containsKey(f) && !Cues.REPORTING.contains(f)) {
                out.add(f);
            }
        }
        // A code of capitals and digits names a road, a route or a model: "the N14", "an A320".
        java.util.regex.Matcher code = CODE.matcher(sentence);
        while (code.find()) {
            out.add(code.group().toLowerCase(java.util.Locale.ROOT).replace("-", ""));
        }
        return out;
    }

    /** "N14", "M25", "I-95", "A320": capitals and digits, apart from words and numbers. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d-])\\p{Lu}{1,3}-?\\d{1,4}(?![\\p{L}\\d])");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    /** Words that open a sentence as a possessive without being names: "Today's vote", "Everyone's fear". */
    private static final Set<String> POSSESSIVE_OPENERS = Set.of("today", "yesterday", "tonight", "tomorrow", "everyone",
            "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "one", "other", "another", "each",
            "mother", "father", "women", "children", "people", "year", "week", "month", "world", "nation");
    /** What comes before a word that opens a sentence or a quotation: an end mark, a quotation mark, a colon. */
    private static final String OPENERS = ".!?:;\"\u201C\u2018(\u2014-";
}
