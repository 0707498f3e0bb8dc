package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.GroupKind;
import org.factdiff.align.Member;
import org.factdiff.align.SlotClaimAligner;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;
import org.factdiff.claims.QuoteMention;
import org.factdiff.reuse.Passage;
import org.factdiff.reuse.ReusePair;
import org.factdiff.reuse.ReuseResult;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;
import org.factdiff.text.Snippets;
import org.factdiff.text.Words;

/**
 * Compares aligned claims by explainable rules, precision first: a contradiction needs
 * evidence from two articles that demonstrably speak of the same fact (the same figure key,
 * or sentences that are nearly the same), and one plain sentence says what differs.
 */
public final class RuleBasedComparer implements ClaimComparer {
    /** A claim naming someone but giving no figure needs this many words to be a fact one could check. */
    static final int SINGLE_SOURCE_WORDS = 10;
    /** A claim mostly inside a passage shared with another article is stated there too. */
    static final double SHARED_SHARE = 0.5;
    /** A sentence saying a figure is unknown needs this many words to count (not a fragment). */
    static final int UNKNOWN_MIN_WORDS = 6;
    /** Longest statement shown for an agreement, in characters. */
    static final int STATEMENT_CHARS = 160;

    private final Lexicon lexicon;
    private IndependentSources independent;
    private Map<String, ParsedText> texts;
    private ReuseResult reuse;
    /** The names and places each article gives, to tell articles about one incident. */
    private Map<String, Set<String>> names = Map.of();

    /** @param lexicon the case's lexicon, for reading synonyms as rewording */
    public RuleBasedComparer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Comparison compare(List<ClaimGroup> groups, List<Claim> claims, ReuseResult reuse, Map<String, ParsedText> texts) {
        this.independent = new IndependentSources(reuse);
        this.names = names(claims);
        this.texts = texts;
        this.reuse = reuse;
        List<Contradiction> contradictions = new ArrayList<>();
        List<Agreement> agreements = new ArrayList<>();
        List<AlteredQuote> quotes = new ArrayList<>();
        for (ClaimGroup g : groups) {
            if (g.articles() < 2) {
                continue;
            }
            switch (g.kind()) {
                case FIGURE -> figures(g, contradictions, agreements);
                case STATEMENT -> statements(g, contradictions, agreements);
                case QUOTE -> quotes(g, contradictions, quotes);
            }
        }
        contradictions.addAll(unknownVersusFigures(groups, claims));
        for (ContradictionRule rule : rules(texts)) {
            contradictions.addAll(rule.find(claims));
        }
        List<SingleSource> single = singleSource(groups, claims);
        return new Comparison(sortContradictions(dedupe(contradictions)), sortQuotes(quotes),
                sortAgreements(dedupeAgreements(agreements)), single);
    }

    /** The rules that look over every claim of the case, in the order their findings are gathered. */
    static List<ContradictionRule> rules(Map<String, ParsedText> texts) {
        return List.of(new RoleConflicts(texts), new OfficeConflicts(), new NoneVersusSome(), new PolarityConflicts(),
                new NameSpellings(), new EventDates(), new Affiliations());
    }

    // ---------------------------------------------------------------- figures

    private void figures(ClaimGroup g, List<Contradiction> contradictions, List<Agreement> agreements) {
        Map<String, Member> first = firstPerArticle(g.members());
        Map<String, List<Member>> byValue = new TreeMap<>();
        for (Member m : first.values()) {
            Quantity q = m.quantity().orElseThrow();
            byValue.computeIfAbsent(valueKey(q), k -> new ArrayList<>()).add(m);
        }
        // Agreements count every figure an article gives, not only its first: "more than 400
        // injured" in the lede and "412 were injured" further down both stand.
        Map<String, Map<String, Member>> agreeing = new TreeMap<>();
        for (Member m : g.members()) {
            agreeing.computeIfAbsent(valueKey(m.quantity().orElseThrow()), k -> new TreeMap<>())
                    .putIfAbsent(m.article(), m);
        }
        String topic = topic(first.values().iterator().next().quantity().orElseThrow());
        for (Map<String, Member> byArticle : agreeing.values()) {
            List<Member> same = List.copyOf(byArticle.values());
            if (same.size() >= 2) {
                Quantity q = same.get(0).quantity().orElseThrow();
                List<Excerpt> sources = same.stream().map(m -> m.claim().evidence()).sorted().toList();
                String statement = q.clock() ? "the event happened " + q.display() : statement(q);
                agreements.add(new Agreement(Ids.of("a", keyParts(statement, sources)), statement, sources,
                        independent.count(sources)));
            }
        }
        boolean clock = first.values().iterator().next().quantity().orElseThrow().clock();
        // Figures that can all be true at once ("at least 30" and "34", "about 450" and "400 to
        // 500", "15 km" and "9.3 miles", "shortly after 9" and "about 9:15") are no contradiction.
        boolean conflict = conflicting(first.values(), clock);
        if (byValue.size() >= 2 && conflict) {
            List<Contradiction.Value> values = new ArrayList<>();
            for (Member m : first.values()) {
                Quantity q = m.quantity().orElseThrow();
                values.add(new Contradiction.Value(m.claim().evidence(), q.display() + " (" + q.evidence().text() + ")"));
            }
            values.sort(Comparator.comparing(Contradiction.Value::evidence));
            String explanation = "Articles give different figures for " + topic + ": " + byValue.values().stream()
                    .map(ms -> ms.get(0).quantity().orElseThrow().display() + " ("
                            + ms.stream().map(Member::article).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining(" vs ")) + "." + caution(byValue);
            contradictions.add(new Contradiction(Ids.of("x", valueParts("number", values)), topic,
                    ContradictionKind.NUMBER, explanation, values));
        }
    }

    /**
     * True when two members' figures cannot both be true and their sentences speak of the same
     * thing (when meaning is known).
     */
    private boolean conflicting(java.util.Collection<Member> members, boolean clock) {
        List<Member> ms = List.copyOf(members);
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                Quantity x = ms.get(i).quantity().orElseThrow();
                Quantity y = ms.get(j).quantity().orElseThrow();
                boolean differ = clock ? x.upper() < y.value() || y.upper() < x.value() : !FigureBounds.canBothHold(x, y);
                if (differ && comparable(x, ms.get(i).claim(), y, ms.get(j).claim())
                        && (sameIncident(ms.get(i).article(), ms.get(j).article())
                        || sameScene(ms.get(i).claim(), ms.get(j).claim()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when two articles name a person, group or place in common anywhere: articles of one
     * incident do ("Moore", "the medical examiner's office"); a case made by mistake of reports
     * on a cinema shooting and a war does not, and their tolls are not set against each other.
     */
    private boolean sameIncident(String a, String b) {
        Set<String> shared = new HashSet<>(names.getOrDefault(a, Set.of()));
        shared.retainAll(names.getOrDefault(b, Set.of()));
        return !shared.isEmpty();
    }

    /**
     * True when two sentences share a content word that says where or what, not only what
     * happened to whom or who said it: "the bridge collapsed" / "the old bridge fell".
     */
    static boolean sameScene(Claim a, Claim b) {
        Set<String> shared = new HashSet<>(a.content());
        shared.retainAll(b.content());
        return shared.stream().anyMatch(w -> !NOT_SCENE.contains(w) && !w.matches("\\d.*"));
    }

    /** Content words (as stems) that say what happened, to whom, who told or when: no scene. */
    private static final Set<String> NOT_SCENE = notScene();

    private static Set<String> notScene() {
        List<String> words = new ArrayList<>();
        org.factdiff.claims.Cues.EVENTS.values().forEach(words::addAll);
        words.addAll(org.factdiff.claims.Cues.PERSON_NOUNS);
        words.addAll(org.factdiff.claims.Cues.PEOPLE);
        words.addAll(org.factdiff.claims.Cues.REPORTING);
        words.addAll(org.factdiff.claims.Cues.MONTHS);
        words.addAll(org.factdiff.claims.Cues.WEEKDAYS);
        words.addAll(List.of("said", "says", "say", "people", "person", "official", "officials", "killing", "injuring",
                "wounding", "area", "day", "night", "morning", "evening", "today", "yesterday"));
        Set<String> out = new HashSet<>();
        new org.factdiff.text.TextAnalyzer(Lexicon.builtIn()).analyze("cues", String.join(" . ", words)).tokens()
                .forEach(t -> out.add(t.norm()));
        return Set.copyOf(out);
    }

    /** Each article's names and places, canonical and folded; roles ("§governor") are no names. */
    static Map<String, Set<String>> names(List<Claim> claims) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Claim c : claims) {
            Set<String> set = out.computeIfAbsent(c.article(), k -> new HashSet<>());
            c.actors().stream().filter(n -> !n.startsWith("\u00A7")).forEach(set::add);
            c.places().forEach(p -> set.add(Lexicon.fold(p)));
        }
        return out;
    }

    /**
     * False when two differing figures are no conflict for a reason the sentences give: counts
     * that stood at different stated times ("as of 4 p.m." / "as of 6 p.m."), or distances
     * measured from different places ("20 km from Minxian" / "1,233 km west of Beijing").
     */
    static boolean comparable(Quantity x, Claim cx, Quantity y, Claim cy) {
        if (differentStatusTimes(cx, cy)) {
            return false;
        }
        return !distance(x) || reference(x, cx).equals(reference(y, cy));
    }

    /** True when the sentences give different times at which what they count stood. */
    static boolean differentStatusTimes(Claim a, Claim b) {
        Optional<String> ta = asOf(a);
        Optional<String> tb = asOf(b);
        return ta.isPresent() && tb.isPresent() && !ta.equals(tb);
    }

    /** True for a length: kilometres, metres, or what was converted to them. */
    private static boolean distance(Quantity q) {
        String t = q.thing().toLowerCase(Locale.ROOT);
        return !q.clock() && !q.rating() && q.event().isEmpty() && (t.contains("kilomet") || t.startsWith("metr"));
    }

    /** When a count stood, as the sentence says: "As of 6 p.m. Monday, ...". */
    static Optional<String> asOf(Claim c) {
        java.util.regex.Matcher m = AS_OF.matcher(c.evidence().text());
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) : Optional.empty();
    }

    private static final java.util.regex.Pattern AS_OF = java.util.regex.Pattern.compile(
            "(?i)\\bas (?:of|at) ([^,;]{1,40})");

    /** The place a measure is taken from: "20 km from Minxian", "1,233 km west of Beijing". */
    static Optional<String> reference(Quantity q, Claim c) {
        String text = c.evidence().text();
        int from = Math.max(0, Math.min(text.length(), q.evidence().end() - c.evidence().start()));
        java.util.regex.Matcher m = REFERENCE.matcher(text).region(from, Math.min(text.length(), from + 80));
        return m.lookingAt() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "\\s*(?:\\([^)]*\\)\\s*)?(?:[\\p{Ll}-]+\\s+){0,3}?(?:from|of|to|outside|off|away from)\\s+(?:the\\s+)?"
                    + "(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)");


    /** A figure in the article's own words, with what happened: "three US-backed Syrian rebels killed". */
    static String statement(Quantity q) {
        String words = q.evidence().text().replaceAll("\\s+", " ");
        String event = eventWords(q.event());
        String s = event.isEmpty() || words.toLowerCase(Locale.ROOT).contains(event) ? words : words + " " + event;
        if (q.earlier()) {
            s += " (earlier figure)";
        }
        if (!q.context().isEmpty()) {
            s += " (" + contextLabel(q.context()) + ")";
        }
        return s;
    }

    static String eventWords(String event) {
        return switch (event) {
            case "death" -> "killed";
            case "injury" -> "injured";
            case "critical" -> "in critical condition";
            case "missing" -> "missing";
            case "illness" -> "ill";
            case "population" -> "living there";
            case "rescue" -> "rescued";
            case "displacement" -> "displaced";
            case "arrest" -> "arrested";
            case "derailment" -> "derailed";
            default -> "";
        };
    }

    private static String caution(Map<String, List<Member>> byValue) {
        boolean bounds = byValue.values().stream().flatMap(List::stream)
                .anyMatch(m -> m.quantity().orElseThrow().qualifier() != org.factdiff.claims.Qualifier.EXACT);
        return bounds ? " Some are bounds (\"at least\", \"up to\"); figures also change as reporting goes on,"
                + " so check when each article was written." : " Check when each article was written: tolls and counts"
                + " change as reporting goes on.";
    }

    private static String valueKey(Quantity q) {
        return Quantity.class.getSimpleName() + ":" + q.value() + ":" + q.upper();
    }

    /** What a figure counts, in words: "people killed", "children injured", "mph". */
    static String topic(Quantity q) {
        if (q.clock()) {
            return "time of the event";
        }
        String thing;
        if (q.thing().equals("people")) {
            thing = "people";
        } else {
            String[] words = q.evidence().text().strip().split("\\s+");
            thing = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}/%-]", "");
        }
        String t = (thing + " " + eventWords(q.event())).strip();
        if (q.earlier()) {
            t += " (earlier figure)";
        }
        if (!q.context().isEmpty()) {
            t += " (" + contextLabel(q.context()) + ")";
        }
        return t;
    }

    /** "2016" is "in 2016", "9" is "in September", "2016-09" is "in September 2016". */
    private static String contextLabel(String context) {
        if (context.equals(Quantity.OTHER_OCCASION)) {
            return "on another occasion";
        }
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"};
        if (context.length() == 4) {
            return "in " + context;
        }
        if (context.length() == 7) {
            return "in " + months[Integer.parseInt(context.substring(5)) - 1] + " " + context.substring(0, 4);
        }
        return "in " + months[Integer.parseInt(context) - 1];
    }

    // ---------------------------------------------------------------- statements

    /** One side of a typed sentence difference: the article's sentence and its changed words. */
    private record Side(ContradictionKind kind, Excerpt sentence, Excerpt changed) {
    }

    private void statements(ClaimGroup g, List<Contradiction> contradictions, List<Agreement> agreements) {
        List<Member> members = g.members();
        // Every typed difference between two members joins its two sides; sides of one article
        // that overlap are the same changed slot. Each connected slot is one contradiction, so a
        // sentence that differs in two places ("struck X" and "a zone backed by Y") gives two.
        List<Side> sides = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        boolean differ = false;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Member a = members.get(i);
                Member b = members.get(j);
                if (a.article().equals(b.article())) {
                    continue;
                }
                List<SentenceDiff.Difference> differences = SentenceDiff.between(a.claim(), texts.get(a.article()),
                        b.claim(), texts.get(b.article()), lexicon);
                if (!SlotClaimAligner.sameWords(a.claim(), b.claim())) {
                    // Joined by meaning, not by words: a typed difference says they are not one
                    // fact told alike, but the diff of two rewordings is no evidence of a conflict.
                    differ |= !differences.isEmpty();
                    continue;
                }
                for (SentenceDiff.Difference d : differences) {
                    boolean figure = d.kind() == ContradictionKind.NUMBER || d.kind() == ContradictionKind.DATE;
                    if (figure && differentStatusTimes(a.claim(), b.claim())
                            || d.kind() == ContradictionKind.NUMBER && sameFigureOrNone(a.claim(), d.a(), b.claim(), d.b())
                            || d.kind() == ContradictionKind.NEGATION && otherOutcome(a.claim(), d.a(), b.claim(), d.b())
                            || Acronyms.sameName(d.a().text(), d.b().text())) {
                        continue;
                    }
                    sides.add(new Side(d.kind(), a.claim().evidence(), d.a()));
                    sides.add(new Side(d.kind(), b.claim().evidence(), d.b()));
                    links.add(new int[] {sides.size() - 2, sides.size() - 1});
                }
            }
        }
        int[] parent = new int[sides.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        links.forEach(l -> union(parent, l[0], l[1]));
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                Side x = sides.get(i);
                Side y = sides.get(j);
                if (x.kind() == y.kind() && x.changed().article().equals(y.changed().article())
                        && x.changed().start() <= y.changed().end() && y.changed().start() <= x.changed().end()) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, Map<String, Side>> slots = new TreeMap<>();
        for (int i = 0; i < sides.size(); i++) {
            Side side = sides.get(i);
            Map<String, Side> byArticle = slots.computeIfAbsent(find(parent, i), k -> new TreeMap<>());
            Side known = byArticle.get(side.changed().article());
            if (known == null || side.changed().compareTo(known.changed()) < 0) {
                byArticle.put(side.changed().article(), side);
            }
        }
        for (Map<String, Side> slot : slots.values()) {
            ContradictionKind kind = slot.values().iterator().next().kind();
            List<Contradiction.Value> values = new ArrayList<>();
            Set<String> distinct = new HashSet<>();
            for (Side side : slot.values()) {
                String value = valueText(side.changed(), kind);
                values.add(new Contradiction.Value(side.sentence(), value));
                distinct.add(value.toLowerCase(Locale.ROOT));
            }
            if (distinct.size() < 2) {
                continue;
            }
            values.sort(Comparator.comparing(Contradiction.Value::evidence));
            Side first = slot.values().iterator().next();
            contradictions.add(new Contradiction(Ids.of("x", valueParts(kind.id(), values)), topicOf(first),
                    kind, explain(kind, values), values));
        }
        boolean samePolarity = members.stream().map(m -> m.claim().negated()).distinct().count() == 1;
        if (sides.isEmpty() && !differ && samePolarity) {
            // One sentence denying what another asserts, in other words, is no agreement.
            Map<String, Member> first = firstPerArticle(members);
            List<Excerpt> sources = first.values().stream().map(m -> m.claim().evidence()).sorted().toList();
            String statement = shorten(sources.get(0).text());
            agreements.add(new Agreement(Ids.of("a", keyParts(statement, sources)), statement, sources,
                    independent.count(sources)));
        }
    }

    /**
     * True when a changed number is no conflict: the figures there count different things
     * ("six fell ill" / "two died", a population / a toll), or can both be true ("at least 20" /
     * "23", "nearly 40" / "38", "12 km" / "7 miles").
     */
    private static boolean sameFigureOrNone(Claim ca, Excerpt changedA, Claim cb, Excerpt changedB) {
        java.util.Optional<Quantity> qa = figureAt(ca, changedA);
        java.util.Optional<Quantity> qb = figureAt(cb, changedB);
        if (qa.isEmpty() || qb.isEmpty()) {
            return false;
        }
        return !qa.get().key().equals(qb.get().key()) || FigureBounds.canBothHold(qa.get(), qb.get());
    }

    /** True when the changed words hold figures of different outcomes: "no one was killed" / "two were hurt". */
    private static boolean otherOutcome(Claim ca, Excerpt changedA, Claim cb, Excerpt changedB) {
        Optional<Quantity> qa = figureAt(ca, changedA);
        Optional<Quantity> qb = figureAt(cb, changedB);
        return qa.isPresent() && qb.isPresent() && !qa.get().event().equals(qb.get().event());
    }

    /** The claim's figure whose words overlap the changed words, the widest first. */
    private static java.util.Optional<Quantity> figureAt(Claim c, Excerpt changed) {
        return c.quantities().stream()
                .filter(q -> q.evidence().start() < changed.end() && changed.start() < q.evidence().end())
                .max(Comparator.comparingInt((Quantity q) -> q.evidence().length()).thenComparing(Quantity::evidence));
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Words before a changed slot show where in the sentence it is: "…in the area of an established …". */
    static final int TOPIC_WORDS = 5;

    /** The words around the changed slot of the first article, so the reader sees which part differs. */
    private static String topicOf(Side side) {
        String sentence = side.sentence().text();
        int at = side.changed().start() - side.sentence().start();
        String before = sentence.substring(0, at).strip();
        List<String> words = new ArrayList<>(List.of(before.isEmpty() ? new String[0] : before.split("\\s+")));
        if (words.size() >= 2) {
            return "\u201C\u2026" + String.join(" ", words.subList(Math.max(0, words.size() - TOPIC_WORDS), words.size()))
                    + " \u2026\u201D";
        }
        String after = sentence.substring(Math.min(sentence.length(), at + side.changed().length())).strip();
        List<String> next = List.of(after.isEmpty() ? new String[0] : after.split("\\s+"));
        return "\u201C\u2026 " + String.join(" ", next.subList(0, Math.min(TOPIC_WORDS, next.size()))) + "\u2026\u201D";
    }

    /** The changed words, with a word of context when one side is empty. */
    private static String valueText(Excerpt changed, ContradictionKind kind) {
        if (changed.length() > 0) {
            return changed.text();
        }
        return kind == ContradictionKind.HEDGE ? "(stated as fact)" : kind == ContradictionKind.NEGATION
                ? "(not denied)" : "(not stated)";
    }


    private static String explain(ContradictionKind kind, List<Contradiction.Value> values) {
        String sides = values.stream().map(v -> v.evidence().article() + " says \u201C" + v.value() + "\u201D")
                .collect(Collectors.joining("; "));
        if (kind == ContradictionKind.HEDGE) {
            Map<String, List<String>> byValue = new TreeMap<>();
            for (Contradiction.Value v : values) {
                byValue.computeIfAbsent(v.value(), k -> new ArrayList<>()).add(v.evidence().article());
            }
            List<String> plain = byValue.getOrDefault("(stated as fact)", List.of());
            List<String> hedgers = new ArrayList<>();
            List<String> cues = new ArrayList<>();
            byValue.forEach((value, articles) -> {
                if (!value.equals("(stated as fact)")) {
                    hedgers.addAll(articles);
                    cues.add("\u201C" + value + "\u201D");
                }
            });
            if (!plain.isEmpty() && !hedgers.isEmpty()) {
                return and(plain) + (plain.size() == 1 ? " states" : " state") + " as fact what " + and(hedgers)
                        + (hedgers.size() == 1 ? " hedges" : " hedge") + " (" + String.join(", ", cues) + ").";
            }
        }
        return switch (kind) {
            case HEDGE -> "One states as fact what another hedges: " + sides + ".";
            case NEGATION -> "The same sentence says opposite things: " + sides + ".";
            case NUMBER -> "The same sentence gives different figures: " + sides + ".";
            case DATE -> "The same sentence gives different dates or times: " + sides + ".";
            case ENTITY -> "The same sentence names different actors, places or groups: " + sides + ".";
            case ATTRIBUTION -> "The same statement is credited to different sources: " + sides + ".";
        };
    }

    // ---------------------------------------------------------------- quotations

    private void quotes(ClaimGroup g, List<Contradiction> contradictions, List<AlteredQuote> quotes) {
        Map<String, Member> first = firstPerArticle(g.members());
        Map<String, String> wordings = new TreeMap<>();
        for (Member m : first.values()) {
            Excerpt quote = m.quote().orElseThrow().evidence();
            wordings.putIfAbsent(wording(quote, texts.get(m.article())), quote.text());
        }
        List<AlteredQuote.Variant> variants = new ArrayList<>();
        Set<String> channels = new HashSet<>();
        for (Member m : first.values()) {
            QuoteMention q = m.quote().orElseThrow();
            variants.add(new AlteredQuote.Variant(q.evidence(), q.speaker(), q.channel()));
            channels.add(channelKey(m));
        }
        variants.sort(Comparator.comparing(AlteredQuote.Variant::evidence));
        // "told AFP" in one article and no outlet, or another, in the next: credited differently.
        boolean credited = channels.size() >= 2;
        boolean reworded = reworded(wordings);
        if (reworded || credited) {
            String change = reworded && credited ? AlteredQuote.WORDS + " and " + AlteredQuote.ATTRIBUTION
                    : credited ? AlteredQuote.ATTRIBUTION : AlteredQuote.WORDS;
            List<String> parts = variants.stream().map(v -> v.evidence().article() + ":" + v.evidence().text()).toList();
            quotes.add(new AlteredQuote(Ids.of("q", parts), variants.get(0).evidence().text(), change, variants));
        }
        // Named speakers that share no name: the quote is credited to different people.
        List<Member> named = first.values().stream().filter(m -> m.quote().orElseThrow().named()).toList();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                QuoteMention a = named.get(i).quote().orElseThrow();
                QuoteMention b = named.get(j).quote().orElseThrow();
                if (!sameSpeaker(a.speaker(), b.speaker())) {
                    List<Contradiction.Value> values = new ArrayList<>(List.of(
                            new Contradiction.Value(withAttribution(named.get(i)), a.speaker()),
                            new Contradiction.Value(withAttribution(named.get(j)), b.speaker())));
                    values.sort(Comparator.comparing(Contradiction.Value::evidence));
                    contradictions.add(new Contradiction(Ids.of("x", valueParts("attribution", values)),
                            "who said \u201C" + shorten(a.evidence().text(), 50) + "\u201D", ContradictionKind.ATTRIBUTION,
                            "The same quotation is credited to different people: " + values.stream()
                                    .map(v -> v.evidence().article() + " to " + v.value()).collect(Collectors.joining("; "))
                                    + ".", values));
                }
            }
        }
    }

    /**
     * True when two wordings of a quotation differ in more than length: a shorter excerpt of the
     * same quotation ("taking this step out of caution" within "We are taking this step out of
     * caution") quotes less of it, not other words. A shorter one given as a whole sentence,
     * capitalised, though words before it were dropped ("Never seen anything like it" for "I've
     * never seen anything like it") is altered.
     *
     * @param wordings folded wording to the quotation as written
     */
    static boolean reworded(Map<String, String> wordings) {
        List<String> ws = new ArrayList<>(wordings.keySet());
        for (int i = 0; i < ws.size(); i++) {
            for (int j = i + 1; j < ws.size(); j++) {
                String x = " " + ws.get(i) + " ";
                String y = " " + ws.get(j) + " ";
                if (!x.contains(y) && !y.contains(x)) {
                    return true;
                }
                String shorter = x.contains(y) ? ws.get(j) : ws.get(i);
                String longer = x.contains(y) ? ws.get(i) : ws.get(j);
                String written = wordings.get(shorter).strip();
                boolean wholeSentence = !written.isEmpty() && Character.isUpperCase(written.codePointAt(0));
                if (wholeSentence && !longer.startsWith(shorter)
                        && !startsASentenceOf(written, wordings.get(longer))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the shorter quotation begins where a sentence of the longer one begins: "It's a
     * complete wreck." out of "The front is mangled. It's a complete wreck." drops a sentence,
     * not words of one.
     */
    private static boolean startsASentenceOf(String shorter, String longer) {
        String head = shorter.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String l = longer.toLowerCase(Locale.ROOT);
        for (int at = l.indexOf(head); at >= 0; at = l.indexOf(head, at + 1)) {
            int k = at - 1;
            while (k >= 0 && (Character.isWhitespace(l.charAt(k)) || "\"\u201C\u201D'".indexOf(l.charAt(k)) >= 0)) {
                k--;
            }
            if (k >= 0 && ".!?".indexOf(l.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotation's sentence, and the sentence before when the quotation carries on from it
     * without attribution of its own: the reader then sees whom the article credits.
     */
    private Excerpt withAttribution(Member m) {
        Excerpt sentence = m.claim().evidence();
        QuoteMention q = m.quote().orElseThrow();
        boolean opensWithQuote = q.evidence().start() - sentence.start() <= 1;
        boolean ownSpeaker = sentence.text().substring(q.evidence().end() - sentence.start()).contains(
                q.speaker().replaceAll(" \\(.*", ""));
        int index = m.claim().sentence();
        ParsedText text = texts.get(m.article());
        if (!opensWithQuote || ownSpeaker || index == 0) {
            return sentence;
        }
        return text.excerpt(text.sentences().get(index - 1).start(), sentence.end());
    }

    /**
     * A quotation's words, folded: case, punctuation, typography and the spelling of names
     * ("al-Tanf", "At Tanf") do not make it altered; any other word does.
     */
    private static String wording(Excerpt quote, ParsedText text) {
        StringBuilder b = new StringBuilder();
        for (org.factdiff.text.Token t : text.tokens()) {
            if (t.start() >= quote.start() && t.end() <= quote.end()) {
                b.append(t.isName() ? t.norm() : Lexicon.fold(text.text().substring(t.start(), t.end()))).append(' ');
            }
        }
        return b.toString().strip();
    }

    /** The channel of a quote in canonical form ("AFP" and "Agence France-Presse" alike), or "". */
    private String channelKey(Member m) {
        String channel = m.quote().orElseThrow().channel();
        String key = texts.get(m.article()).canonical(m.claim().evidence(), channel);
        return key.isEmpty() ? Lexicon.fold(channel) : key;
    }

    private static boolean sameSpeaker(String a, String b) {
        if (Acronyms.sameName(a, b)) {
            return true;
        }
        Set<String> wa = capitalized(a);
        Set<String> wb = capitalized(b);
        for (String w : wa) {
            if (wb.contains(w)) {
                return true;
            }
        }
        return wa.isEmpty() || wb.isEmpty();
    }

    private static Set<String> capitalized(String s) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = Words.WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0)) && w.length() > 2) {
                out.add(Lexicon.fold(w));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- unknown versus figures

    /**
     * "It is unclear whether anyone was killed" against "six killed": one article asserts a
     * figure that another calls unknown.
     */
    private List<Contradiction> unknownVersusFigures(List<ClaimGroup> groups, List<Claim> claims) {
        List<Contradiction> out = new ArrayList<>();
        Map<String, List<Claim>> unknownByEvent = new TreeMap<>();
        for (Claim c : claims) {
            if (c.unknown() && c.quantities().isEmpty() && Words.count(c.evidence().text()) >= UNKNOWN_MIN_WORDS) {
                for (String e : c.events()) {
                    unknownByEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
                }
            }
        }
        for (Map.Entry<String, List<Claim>> e : unknownByEvent.entrySet()) {
            Map<String, Member> asserted = new TreeMap<>();
            for (ClaimGroup g : groups) {
                if (g.kind() != GroupKind.FIGURE) {
                    continue;
                }
                for (Member m : g.members()) {
                    Quantity q = m.quantity().orElseThrow();
                    if (q.event().equals(e.getKey()) && q.context().isEmpty() && !q.earlier() && m.claim().hedge().isEmpty()) {
                        asserted.putIfAbsent(m.article(), m);
                    }
                }
            }
            Map<String, Claim> unknown = new TreeMap<>();
            for (Claim c : e.getValue()) {
                unknown.putIfAbsent(c.article(), c);
            }
            unknown.keySet().removeAll(asserted.keySet());
            if (asserted.isEmpty() || unknown.isEmpty()) {
                continue;
            }
            List<Contradiction.Value> values = new ArrayList<>();
            for (Member m : asserted.values()) {
                values.add(new Contradiction.Value(m.claim().evidence(), m.quantity().orElseThrow().display()));
            }
            for (Claim c : unknown.values()) {
                values.add(new Contradiction.Value(c.evidence(), c.hedge()));
            }
            values.sort(Comparator.comparing(Contradiction.Value::evidence));
            String event = topic(asserted.values().iterator().next().quantity().orElseThrow());
            out.add(new Contradiction(Ids.of("x", valueParts("hedge-unknown", values)), event, ContradictionKind.HEDGE,
                    String.join(", ", asserted.keySet()) + " report" + (asserted.size() == 1 ? "s" : "")
                            + " a figure for " + event + "; " + String.join(", ", unknown.keySet())
                            + (unknown.size() == 1 ? " says" : " say") + " it is not known (\u201C"
                            + unknown.values().iterator().next().hedge() + "\u201D).", values));
        }
        return out;
    }

    // ---------------------------------------------------------------- single source

    private List<SingleSource> singleSource(List<ClaimGroup> groups, List<Claim> claims) {
        Set<String> corroborated = new HashSet<>();
        for (ClaimGroup g : groups) {
            if (g.articles() >= 2) {
                g.members().forEach(m -> corroborated.add(m.claim().id()));
            }
        }
        List<SingleSource> out = new ArrayList<>();
        for (Claim c : claims) {
            if (!c.checkWorthy() || corroborated.contains(c.id()) || sharedElsewhere(c.evidence())) {
                continue;
            }
            boolean factual = !c.quantities().isEmpty() || !c.times().isEmpty()
                    || c.quotes().stream().anyMatch(q -> q.named() && Words.count(q.evidence().text()) >= 5)
                    || !c.actors().isEmpty() && Words.count(c.evidence().text()) >= SINGLE_SOURCE_WORDS
                    || c.roles().stream().anyMatch(r -> r.patient().isPresent());
            if (factual) {
                out.add(new SingleSource(Ids.of("s", List.of(c.article(), c.evidence().text())), c.evidence()));
            }
        }
        out.sort(Comparator.comparing(SingleSource::evidence).thenComparing(SingleSource::id));
        return out;
    }

    /** True when most of the excerpt lies in passages its article shares with another. */
    private boolean sharedElsewhere(Excerpt e) {
        int covered = 0;
        for (ReusePair p : reuse.pairs()) {
            for (Passage s : p.passages()) {
                Excerpt side = p.a().equals(e.article()) ? s.a() : p.b().equals(e.article()) ? s.b() : null;
                if (side != null) {
                    covered = Math.max(covered, Math.min(side.end(), e.end()) - Math.max(side.start(), e.start()));
                }
            }
        }
        return covered >= SHARED_SHARE * e.length();
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Member> firstPerArticle(List<Member> members) {
        Map<String, Member> first = new TreeMap<>();
        for (Member m : members) {
            first.putIfAbsent(m.article(), m);
        }
        return first;
    }

    private static List<String> keyParts(String statement, List<Excerpt> sources) {
        List<String> parts = new ArrayList<>();
        parts.add(statement);
        sources.forEach(s -> parts.add(s.article() + ":" + s.text()));
        return parts;
    }

    private static List<String> valueParts(String kind, List<Contradiction.Value> values) {
        List<String> parts = new ArrayList<>();
        parts.add(kind);
        values.forEach(v -> parts.add(v.evidence().article() + ":" + v.value() + ":" + v.evidence().text()));
        return parts;
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String shorten(String s) {
        return shorten(s, STATEMENT_CHARS);
    }

    static String shorten(String s, int max) {
        return Snippets.shorten(s, max);
    }

    /** The same values (articles and words) found twice, e.g. by a figure and by a sentence diff, count once. */
    private static List<Contradiction> dedupe(List<Contradiction> in) {
        Map<String, Contradiction> out = new LinkedHashMap<>();
        for (Contradiction c : in) {
            // Figures are found by two rules that word their values differently; other kinds by one,
            // and one sentence may differ in two places ("near X" and "backed by Y").
            String key = c.kind() + "|" + c.values().stream().map(v -> v.evidence().article() + "@" + v.evidence().start()
                    + (c.kind() == ContradictionKind.NUMBER ? "" : "=" + v.value())).sorted().collect(Collectors.joining(","));
            out.putIfAbsent(key, c);
        }
        // A sentence-level number difference already covered by a figure contradiction adds nothing.
        List<Contradiction> kept = new ArrayList<>();
        for (Contradiction c : out.values()) {
            boolean covered = c.kind() == ContradictionKind.NUMBER && c.topic().length() > 0 && out.values().stream()
                    .anyMatch(o -> o != c && o.kind() == ContradictionKind.NUMBER && o.values().size() > c.values().size()
                            && evidenceOf(o).containsAll(evidenceOf(c)));
            if (!covered) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static Set<String> evidenceOf(Contradiction c) {
        return c.values().stream().map(v -> v.evidence().article() + "@" + v.evidence().start()).collect(Collectors.toSet());
    }

    private static List<Agreement> dedupeAgreements(List<Agreement> in) {
        Map<String, Agreement> out = new LinkedHashMap<>();
        for (Agreement a : in) {
            out.putIfAbsent(a.id(), a);
        }
        return new ArrayList<>(out.values());
    }

    private static List<Contradiction> sortContradictions(List<Contradiction> in) {
        List<Contradiction> out = new ArrayList<>(in);
        out.sort(Comparator.comparingLong((Contradiction c) -> -c.values().stream().map(v -> v.evidence().article())
                        .distinct().count())
                .thenComparing(Contradiction::kind).thenComparing(Contradiction::topic).thenComparing(Contradiction::id));
        return out;
    }

    private static List<Agreement> sortAgreements(List<Agreement> in) {
        List<Agreement> out = new ArrayList<>(in);
        out.sort(Comparator.comparingInt((Agreement a) -> -a.sources().size())
                .thenComparingInt(a -> -a.independentSources()).thenComparing(Agreement::statement)
                .thenComparing(Agreement::id));
        return out;
    }

    private static List<AlteredQuote> sortQuotes(List<AlteredQuote> in) {
        List<AlteredQuote> out = new ArrayList<>(in);
        out.sort(Comparator.comparingInt((AlteredQuote q) -> -q.variants().size()).thenComparing(AlteredQuote::quote)
                .thenComparing(AlteredQuote::id));
        return out;
    }
}
