package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * The day the event happened, given as two different dates: "the bridge collapsed on Monday,
 * March 3" against "the bridge gave way on Tuesday, March 4", or two weekdays ("ran aground on
 * Tuesday" / "on Thursday"). Only dates the sentence ties to what happened count: "on March 3"
 * right after a word of the event itself ("collapsed", "struck"), or after a verb both sentences
 * use ("the gates were opened on 4 March" / "opened the gates on March 9"), in sentences about
 * the same scene; "an Oct. 3 news release" or "since October 10" date something else.
 */
final class EventDates implements ContradictionRule {
    /** A date as the claims stage resolves it: "March 3 (2025-03-03)". */
    private static final Pattern RESOLVED = Pattern.compile("^(.+) \\((\\d{4}-\\d{2}-\\d{2})\\)$");

    /** A month's name and a day: "March 3", "Sept. 3", "March 3rd". */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    /** A day and a month's name: "3 March", "the 3rd of March". */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(\\p{Lu}\\p{Ll}+)\\b");
    /** A day in words and a month's name: "the nineteenth of March". */
    private static final Pattern ORDINAL_OF_MONTH = Pattern.compile("\\b(\\p{L}+(?:-\\p{L}+)?)\\s+of\\s+(\\p{Lu}\\p{Ll}+)\\b");
    /** A weekday alone, as written. */
    private static final Pattern WEEKDAY = Pattern.compile("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$");

    /**
     * A claim's day of the event.
     *
     * @param day        the date (resolved, else "march 3") or the weekday ("weekday tuesday")
     * @param occurrence true when a word of the event itself comes just before "on"
     * @param verbs      the words just before "on" that end as verbs in the past, without "-ed" ("open")
     */
    private record Dated(Claim claim, String written, String day, boolean occurrence, Set<String> verbs,
                         Set<String> participants, String event, String weekdayOf, boolean weekdayWritten,
                         boolean happens) {
        boolean weekday() {
            return day.startsWith(WEEKDAY_KEY);
        }

        /**
         * True when the two may be set against each other: two dates, two weekdays, or a weekday
         * and a date the article writes with its weekday ("on Monday" / "on Sunday, March 2").
         */
        boolean comparable(Dated o) {
            return weekday() == o.weekday() || weekday() && o.weekdayWritten() || o.weekday() && weekdayWritten;
        }

        /** True when both name one day: the same date or weekday, or a weekday and a date on it ("Friday" and "Friday, September 5"). */
        boolean sameDay(Dated o) {
            return day.equals(o.day()) || weekday() && !o.weekdayOf().isEmpty() && day.equals(WEEKDAY_KEY + o.weekdayOf())
                    || o.weekday() && !weekdayOf.isEmpty() && o.day().equals(WEEKDAY_KEY + weekdayOf);
        }

        /** True when both dates are of one kind of happening: the same verb, or verbs of one event ("detained", "arrested"). */
        boolean sameKind(Dated o) {
            return !java.util.Collections.disjoint(verbs, o.verbs) || !event.isEmpty() && event.equals(o.event);
        }
    }

    /**
     * True when the article of {@code a} itself gives {@code b}'s day for a happening of the kind
     * it dates on its own day: "arrested eight on Tuesday ... five had been detained on Monday
     * night" tells of arrests on two days, and another article's "five arrested on Monday" is one
     * of them. So too when it gives {@code b}'s day for the event itself: "an explosion ripped
     * through the plant on Friday ... a smaller fire at the same plant on June 18" agrees with
     * "the explosion on Friday, September 5", and its other day is another occasion's. The day's
     * sentence need only tell the event anywhere before the day ("an explosion ripped through").
     */
    private static boolean recurs(Dated a, Dated b, List<Dated> dated) {
        for (Dated d : dated) {
            if (d != a && d.claim().article().equals(a.claim().article()) && d.sameDay(b)
                    && (d.sameKind(a) || d.sameKind(b) || d.happens() && b.occurrence())) {
                return true;
            }
        }
        return false;
    }

    private static final String WEEKDAY_KEY = "weekday ";

    /**
     * True when a weekday and a date set against each other are already set apart by two
     * weekdays: "Sunday" against "early Monday" of one article and "Monday, Oct. 14" of another is
     * one quarrel over the weekday, which the two weekdays show; the date then stays for a quarrel
     * with another date ("Monday, Oct. 13"), not listed as a third day beside the one it names.
     */
    private static boolean weekdayToldApart(Dated a, Dated b, List<Integer> bucket, List<Dated> dated) {
        if (a.weekday() == b.weekday()) {
            return false;
        }
        Dated weekday = a.weekday() ? a : b;
        Dated date = a.weekday() ? b : a;
        for (int i : bucket) {
            Dated w = dated.get(i);
            if (w.weekday() && w.day().equals(WEEKDAY_KEY + date.weekdayOf())
                    && !w.claim().article().equals(weekday.claim().article())
                    && CaseClaims.sameScene(w.claim(), weekday.claim())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Claim> claims = in.claims();
        List<Dated> dated = new ArrayList<>();
        for (Claim c : claims) {
            dated.addAll(eventDays(c));
        }
        List<Contradiction> out = new ArrayList<>(yearConflicts(claims));
        // Only dates that may be one happening's are compared: those after a word of the event,
        // and those after each verb, each bucket on its own; a pair met in two buckets counts once.
        Map<String, List<Integer>> buckets = new TreeMap<>();
        for (int i = 0; i < dated.size(); i++) {
            Dated d = dated.get(i);
            if (d.occurrence()) {
                buckets.computeIfAbsent("", k -> new ArrayList<>()).add(i);
            }
            for (String v : d.verbs()) {
                buckets.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> met = new java.util.HashSet<>();
        List<long[]> pairs = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : buckets.entrySet()) {
            List<Integer> bucket = e.getValue();
            // A verb alone is no happening: "visited the site on Monday" and "visited the hospital
            // on Sunday" are two visits. Dates of one verb are set against each other only when
            // their clauses share a word of who or what it was done by or to.
            boolean byVerb = !e.getKey().isEmpty() && (!e.getKey().startsWith(SCHEDULED) || e.getKey().equals(EFFECTIVE))
                    && !e.getKey().startsWith(OCCASION);
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int i = bucket.get(x);
                    int j = bucket.get(y);
                    Dated a = dated.get(i);
                    Dated b = dated.get(j);
                    if (byVerb && java.util.Collections.disjoint(a.participants(), b.participants())) {
                        continue;
                    }
                    if (!a.claim().article().equals(b.claim().article()) && a.comparable(b)
                            && !a.sameDay(b) && !weekdayToldApart(a, b, bucket, dated) && !recurs(a, b, dated) && !recurs(b, a, dated)
                            && met.add((long) i << 32 | j)) {
                        pairs.add(new long[] {i, j});
                    }
                }
            }
        }
        pairs.sort(java.util.Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        // Pairs of one topic that share a sentence are one finding: "Sept. 12 (three articles) vs
        // Sept. 23 (one)", not three findings of two sides each.
        Map<String, Components> byTopic = new TreeMap<>();
        for (long[] p : pairs) {
            Dated a = dated.get((int) p[0]);
            Dated b = dated.get((int) p[1]);
            if (CaseClaims.sameScene(a.claim(), b.claim())) {
                byTopic.computeIfAbsent(topicOf(a, b), k -> new Components(dated.size())).join((int) p[0], (int) p[1]);
            }
        }
        byTopic.forEach((topic, components) -> components.parts().forEach(part -> {
            List<Dated> members = part.stream().map(dated::get).toList();
            contradiction(topic, members).ifPresent(out::add);
        }));
        return out;
    }

    /**
     * Days of what happened that two or more articles give alike, in sentences about one scene:
     * "derailed in Philadelphia on Tuesday night" and "the train left the tracks on Tuesday
     * night" agree on the day though their words differ. The same buckets as the conflicts
     * decide which dates may be one happening's; each article counts once per day.
     */
    static List<Agreement> agreements(CaseClaims in) {
        List<Dated> dated = new ArrayList<>();
        for (Claim c : in.claims()) {
            dated.addAll(eventDays(c));
        }
        Map<String, List<Dated>> buckets = new TreeMap<>();
        for (Dated d : dated) {
            if (d.occurrence()) {
                buckets.computeIfAbsent("", k -> new ArrayList<>()).add(d);
            }
            d.verbs().forEach(v -> buckets.computeIfAbsent(v, k -> new ArrayList<>()).add(d));
        }
        Map<List<org.factdiff.text.Excerpt>, Agreement> out = new java.util.LinkedHashMap<>();
        buckets.forEach((key, bucket) -> {
            boolean byVerb = !key.isEmpty() && !key.startsWith(SCHEDULED) && !key.startsWith(OCCASION);
            Map<String, Map<String, Dated>> byDay = new TreeMap<>();
            bucket.forEach(d -> byDay.computeIfAbsent(d.day(), k -> new TreeMap<>()).putIfAbsent(d.claim().article(), d));
            byDay.forEach((day, byArticle) -> {
                List<Dated> same = List.copyOf(byArticle.values());
                // A date counts when another article's sentence shares a word of its scene (and, for
                // a verb, of who or what it was done by or to): counted by word, not pair by pair,
                // so that a day thousands of articles give costs one pass.
                Map<String, Integer> scene = new java.util.HashMap<>();
                Map<String, Integer> party = new java.util.HashMap<>();
                for (Dated d : same) {
                    new java.util.HashSet<>(CaseClaims.sceneWords(d.claim())).forEach(w -> scene.merge(w, 1, Integer::sum));
                    d.participants().forEach(w -> party.merge(w, 1, Integer::sum));
                }
                List<org.factdiff.text.Excerpt> sources = new ArrayList<>();
                for (Dated a : same) {
                    boolean linked = CaseClaims.sceneWords(a.claim()).stream().anyMatch(w -> scene.get(w) >= 2)
                            && (!byVerb || a.participants().stream().anyMatch(w -> party.get(w) >= 2));
                    if (linked) {
                        sources.add(a.claim().evidence());
                    }
                }
                if (sources.size() >= 2) {
                    sources.sort(java.util.Comparator.naturalOrder());
                    String written = same.get(0).written();
                    String statement = key.startsWith(SCHEDULED)
                            ? "the " + key.substring(SCHEDULED.length()) + " is set for " + written
                            : key.startsWith(OCCASION) ? "the " + key.substring(OCCASION.length()) + " was on " + written
                            : "it happened on " + written;
                    out.putIfAbsent(List.copyOf(sources), new Agreement(Ids.agreement(statement, sources), statement,
                            sources, in.independentSources(sources)));
                }
            });
        });
        return List.copyOf(out.values());
    }

    /** What two dates set against each other date: the thing both say is set, else the event. */
    private static String topicOf(Dated a, Dated b) {
        Set<String> set = new TreeSet<>(a.verbs());
        set.retainAll(b.verbs());
        set.removeIf(v -> !v.startsWith(SCHEDULED) && !v.startsWith(OCCASION));
        return set.isEmpty() ? "" : set.iterator().next();
    }

    /** A year a verb ties to the thing a sentence speaks of: "the footbridge, built in 1962". */
    private record YearFact(Claim claim, String year, String verb, String object, String written) {
    }

    /** "in 1962" (not "in 1962-63"), a year. */
    /** "which dates from 1962", "dating back to 1926": the year something was built. */
    private static final Pattern DATES_FROM = Pattern.compile("(?i)\\b(?:dates|dated|dating)\\s+(?:back\\s+)?(?:from|to)\\s+"
            + "((?:1[5-9]|20)\\d\\d)\\b(?!\\s*(?:-|\u2013|to)\\s*\\d)");
    /** "the 1994-built ferry": the year something was built, before its noun. */
    private static final Pattern YEAR_BUILT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])((?:1[5-9]|20)\\d\\d)-built\\b");
    private static final Pattern IN_YEAR = Pattern.compile("(?i)\\bin\\s+((?:1[5-9]|20)\\d\\d)\\b(?!\\s*(?:-|\u2013|to)\\s*\\d)");
    /** Verbs in the past that do not end in "-ed": "built in 1962", "born in 1950". */
    private static final Set<String> IRREGULAR_PAST = Set.of("built", "rebuilt", "made", "born", "held", "won", "sold",
            "bought", "begun", "began", "set", "laid", "shut", "written", "drawn", "dug", "sunk", "struck", "hit",
            "became", "become", "took", "taken", "led", "found");
    /** Words of the clause before "in <year>" searched for its verb. */
    static final int YEAR_VERB_WORDS = 4;

    /**
     * Two years for the same verb and object in sentences about one scene: "the footbridge,
     * built in 1962" against "the footbridge, which was built in 1987". A sentence that names two
     * years names neither.
     */
    private static List<Contradiction> yearConflicts(List<Claim> claims) {
        Map<String, List<YearFact>> byVerb = new TreeMap<>();
        for (Claim c : claims) {
            if (c.negated()) {
                continue;
            }
            Matcher m = IN_YEAR.matcher(c.evidence().text());
            List<YearFact> found = new ArrayList<>();
            while (m.find()) {
                yearFact(c, m).ifPresent(found::add);
            }
            Matcher from = DATES_FROM.matcher(c.evidence().text());
            while (from.find()) {
                found.add(new YearFact(c, from.group(1), "built", "", "built")); // "the bridge, which dates from 1962"
            }
            Matcher built = YEAR_BUILT.matcher(c.evidence().text());
            while (built.find()) {
                found.add(new YearFact(c, built.group(1), "built", "", "built")); // "the 1994-built ferry"
            }
            if (found.size() == 1) {
                YearFact f = found.get(0);
                byVerb.computeIfAbsent(f.verb() + "|" + f.object(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Contradiction> out = new ArrayList<>(openedBeforeBuilt(byVerb));
        byVerb.values().forEach(all -> {
            // One fact per article and year: a year stated by many articles is set against another once.
            Map<String, YearFact> firsts = new TreeMap<>();
            all.forEach(f -> firsts.putIfAbsent(f.year() + "|" + f.claim().article(), f));
            List<YearFact> facts = List.copyOf(firsts.values());
            Set<String> yearPairs = new TreeSet<>();
            // "which he completed in 1864" and "a wool exchange built in 1868" in one article date
            // two things: an article giving both years sides with neither against another.
            for (int i = 0; i < facts.size(); i++) {
                for (int j = i + 1; j < facts.size(); j++) {
                    YearFact a = facts.get(i);
                    YearFact b = facts.get(j);
                    if (!a.claim().article().equals(b.claim().article()) && !a.year().equals(b.year())
                            && !firsts.containsKey(b.year() + "|" + a.claim().article())
                            && !firsts.containsKey(a.year() + "|" + b.claim().article())
                            && CaseClaims.sameScene(a.claim(), b.claim()) && yearPairs.add(a.year() + "|" + b.year())) {
                        out.add(yearFinding(a, b, facts, firsts));
                    }
                }
            }
        });
        return out;
    }

    /**
     * A thing opened before it was built: "the cinema, built in 1962" against "the cinema, which
     * opened in 1926". Opening may follow building by years, so only the order is read: an
     * opening in the year of building or after it agrees.
     */
    private static List<Contradiction> openedBeforeBuilt(Map<String, List<YearFact>> byVerb) {
        List<Contradiction> out = new ArrayList<>();
        for (YearFact built : byVerb.getOrDefault("built|", List.of())) {
            for (YearFact opened : byVerb.getOrDefault("open|", List.of())) {
                if (!built.claim().article().equals(opened.claim().article())
                        && Integer.parseInt(opened.year()) < Integer.parseInt(built.year())
                        && CaseClaims.sameScene(built.claim(), opened.claim())) {
                    List<Contradiction.Value> values = new ArrayList<>(List.of(
                            new Contradiction.Value(built.claim().evidence(), "built in " + built.year()),
                            new Contradiction.Value(opened.claim().evidence(), "opened in " + opened.year())));
                    values.sort(java.util.Comparator.comparing(Contradiction.Value::evidence));
                    List<String> parts = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
                    out.add(new Contradiction(Ids.of("x", parts), "year built and year opened", ContradictionKind.DATE,
                            "Articles date it in an impossible order: built in " + built.year() + " (" + built.claim().article()
                                    + ") but opened in " + opened.year() + " (" + opened.claim().article()
                                    + "). Check the year with a record of it.", values));
                    return out; // one such finding tells the editor what to check
                }
            }
        }
        return out;
    }

    /**
     * The finding of two years for one thing, each with every article that gives it and not the
     * other: "1968 (courier, wire) vs 1971 (radio)".
     */
    private static Contradiction yearFinding(YearFact a, YearFact b, List<YearFact> facts, Map<String, YearFact> firsts) {
        List<Contradiction.Value> values = new ArrayList<>();
        Map<String, List<String>> byYear = new TreeMap<>();
        for (YearFact f : facts) {
            String other = f.year().equals(a.year()) ? b.year() : f.year().equals(b.year()) ? a.year() : null;
            if (other != null && !firsts.containsKey(other + "|" + f.claim().article())) {
                values.add(new Contradiction.Value(f.claim().evidence(), f.year()));
                byYear.computeIfAbsent(f.year(), k -> new ArrayList<>()).add(f.claim().article());
            }
        }
        values.sort(java.util.Comparator.comparing(Contradiction.Value::evidence));
        List<String> parts = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return new Contradiction(Ids.of("x", parts), "year " + a.written(), ContradictionKind.DATE,
                "Articles give different years for what was " + a.written() + ": " + Prose.sides(byYear)
                        + ". Check the year with a record of it.", values);
    }

    /** The verb before "in <year>" in its clause and the words between them, if there is one. */
    private static Optional<YearFact> yearFact(Claim c, Matcher m) {
        String lead = c.evidence().text().substring(0, m.start()).toLowerCase(Locale.ROOT);
        String[] clause = lead.substring(Clauses.lastStart(lead)).strip()
                .split("[^\\p{L}]+");
        for (int k = clause.length - 1; k >= Math.max(0, clause.length - YEAR_VERB_WORDS); k--) {
            String w = clause[k];
            boolean past = IRREGULAR_PAST.contains(w) || w.length() > PAST_MIN && w.endsWith("ed")
                    && !Cues.REPORTING.contains(w);
            if (past) {
                List<String> object = new ArrayList<>();
                for (int j = k + 1; j < clause.length; j++) {
                    if (!ARTICLES.contains(clause[j])) {
                        object.add(clause[j]);
                    }
                }
                String verb = w.endsWith("ed") && !IRREGULAR_PAST.contains(w) ? w.substring(0, w.length() - 2) : w;
                verb = SAME_FACT.getOrDefault(verb, verb);
                if (object.size() == 2 && POSSESSIVES.contains(object.get(0)) && object.get(1).equals("doors")) {
                    object.clear(); // "first opened its doors in 1994" tells when it opened
                }
                return Optional.of(new YearFact(c, m.group(1), verb, String.join(" ", object), w));
            }
        }
        return Optional.empty();
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");

    /**
     * Verbs (as {@link #yearFact} keys them) that date one fact: a bridge "built in 1932" and
     * "completed in 1968" cannot both be right; "opened" may follow its building by years, and
     * stays apart.
     */
    private static final Map<String, String> SAME_FACT = Map.of("complet", "built", "construct", "built",
            "erect", "built", "establish", "found");

    /**
     * The days the sentence gives after "on", resolved, if it speaks of the incident: one day, or
     * days each tied to a verb of its own ("the walkout began Monday morning, after members voted
     * Saturday"), which then date those acts only, not the event itself.
     */
    private static List<Dated> eventDays(Claim c) {
        Optional<Dated> one = eventDay(c);
        if (one.isPresent() || c.negated()) {
            return one.stream().toList();
        }
        List<Dated> days = new ArrayList<>();
        for (String t : c.times()) {
            Matcher m = RESOLVED.matcher(t);
            String written = m.matches() ? m.group(1) : t;
            String day = monthDay(written);
            Dated d = day != null ? tied(c, written, m.matches() ? m.group(2) : day)
                    : WEEKDAY.matcher(written).matches() ? tied(c, written, WEEKDAY_KEY + written.toLowerCase(Locale.ROOT)) : null;
            if (d == null || d.verbs().isEmpty()) {
                return List.of(); // a day tied to no verb of its own may be the event's: which one is unclear
            }
            days.add(d);
        }
        for (int i = 0; i < days.size(); i++) {
            for (int j = i + 1; j < days.size(); j++) {
                if (!java.util.Collections.disjoint(days.get(i).verbs(), days.get(j).verbs())) {
                    return List.of(); // two days of one verb: a change or a sequence, unclear
                }
            }
        }
        return days.stream().map(d -> new Dated(d.claim(), d.written(), d.day(), false, d.verbs(), d.participants(), "",
                d.weekdayOf(), d.weekdayWritten(), false)).toList();
    }

    /** The one day the sentence gives after "on", resolved, if it speaks of the incident. */
    private static Optional<Dated> eventDay(Claim c) {
        if (c.negated()) {
            return Optional.empty();
        }
        Dated found = null;
        Dated weekday = null;
        for (String t : c.times()) {
            Matcher m = RESOLVED.matcher(t);
            String written = m.matches() ? m.group(1) : t;
            String day = monthDay(written);
            if (day == null) {
                Matcher w = WEEKDAY.matcher(written);
                if (w.matches()) {
                    Dated d = tied(c, written, WEEKDAY_KEY + written.toLowerCase(Locale.ROOT));
                    if (d != null && weekday != null && !weekday.day().equals(d.day())) {
                        return Optional.empty(); // two weekdays: which one is the event's is unclear
                    }
                    weekday = d == null ? weekday : d;
                }
                continue; // a month alone is no day
            }
            // The resolved date when the article's date tells the year, else the month and day.
            Dated d = tied(c, written, m.matches() ? m.group(2) : day);
            if (d != null) {
                if (found != null && !found.day().equals(d.day())) {
                    return Optional.empty(); // two days in one sentence: which one is the event's is unclear
                }
                found = d;
            }
        }
        return Optional.ofNullable(found != null ? found : weekday);
    }

    /** "march 3" for a month and day written either way round, or null. */
    private static String monthDay(String written) {
        Matcher d = MONTH_DAY.matcher(written);
        // "Sept. 12" and "September 12" are one day: months are compared by their first letters.
        if (d.find()) {
            return (month(d.group(1)) + " " + d.group(2)).toLowerCase(Locale.ROOT);
        }
        Matcher r = DAY_MONTH.matcher(written);
        if (r.find()) {
            return (month(r.group(2)) + " " + r.group(1)).toLowerCase(Locale.ROOT);
        }
        Matcher o = ORDINAL_OF_MONTH.matcher(written);
        Integer day = o.find() ? Cues.ordinal(o.group(1).toLowerCase(Locale.ROOT)) : null;
        return day == null ? null : (month(o.group(2)) + " " + day).toLowerCase(Locale.ROOT);
    }

    private static String month(String name) {
        return name.substring(0, Math.min(MONTH_LETTERS, name.length()));
    }

    /** Letters that tell a month's name: "Sep" of "Sept." and "September". */
    private static final int MONTH_LETTERS = 3;

    /** The date {@code written} as the event's, when the sentence ties it to what happened; else null. */
    private static Dated tied(Claim c, String written, String day) {
        // "agreed to resume talks on Thursday": what is agreed names the day's bucket; without an
        // object ("set to begin on May 16") the day is read as any other first.
        Dated agreed = agreedTo(c, written, day, true);
        if (agreed != null) {
            return agreed;
        }
        Dated d = tiedOn(c, written, day);
        return d != null ? d : agreedTo(c, written, day, false);
    }

    private static Dated tiedOn(Claim c, String written, String day) {
        // "on Saturday", and a part of the day: "in the early hours of Saturday", "on the night of March 3".
        // A weekday may follow its verb without "on", as American reports write it: "walked off the
        // job Tuesday morning", "went on strike early Wednesday".
        // So may a date with its weekday before it: "broke in early Monday, Oct. 13".
        String bare = WEEKDAY.matcher(written).matches() ? "|(?i:early|late)\\s+|(?<=\\p{Ll}\\s)"
                : "|(?:(?i:early|late)\\s+|(?<=\\p{Ll}\\s))(?=\\p{Lu}\\p{Ll}+day,\\s)";
        Pattern on = Pattern.compile("(?:(?i:\\b(?:on|(?:(?:on|in|during)\\s+the\\s+)?(?:(?:early|small|late)\\s+)?"
                + "(?:hours|morning|afternoon|evening|night)\\s+of)\\s+)" + bare
                + ")(?i:(?:([A-Za-z]+day),?\\s+)?(?:the\\s+)?" + Pattern.quote(written) + ")\\b"
                + "(?!(?:\\s+(?:morning|afternoon|evening|night))?['\u2019]s)"); // a possessive is read apart
        String text = c.evidence().text();
        Matcher where = on.matcher(text);
        if (!where.find()) {
            String moved = possessiveAsOn(text, written);
            where = moved == null ? null : on.matcher(moved);
            if (where == null || !where.find()) {
                // A date set for what is to come is most often in another month than the incident.
                return scheduled(c, written, day);
            }
            text = moved;
        }
        String lead = text.substring(0, where.start()).toLowerCase(Locale.ROOT);
        String[] before = lead.split("[^\\p{L}]+");
        Matcher effect = TAKING_EFFECT.matcher(lead);
        if (effect.find()) {
            // "with the change coming into effect on April 1": the day the change applies from.
            return effective(c, written, day, text.substring(0, effect.start()));
        }
        if (bareDay(text, where) && !rightAfterVerb(before)) {
            // "combed the rubble of the suburb Tuesday morning": a weekday without "on" right after
            // a noun may date the noun's own story; only one right after its verb is read.
            return scheduled(c, written, day);
        }
        // A date belongs to the nearest verb before it: in "the search for those missing since the
        // ferry capsized resumed on Sunday", Sunday is when the search resumed.
        // The clause the date ends, from the last comma: "the storm, which hit the coast, weakened on Monday".
        String clauseText = lead.substring(Clauses.lastStart(lead));
        // "The museum announced on Wednesday that it will welcome visitors again on June 14": the
        // date is the reported clause's, not the announcement's; "it" there is the one who told.
        String teller = "";
        boolean toldThat = false;
        Matcher reported = REPORTED_THAT.matcher(clauseText);
        while (reported.find()) {
            if (Cues.REPORTING.contains(reported.group(1))) {
                String rest = clauseText.substring(reported.end());
                teller = PRONOUN_SUBJECT.matcher(rest).lookingAt() ? clauseText.substring(0, reported.start(1)) : "";
                clauseText = rest;
                toldThat = true;
                reported = REPORTED_THAT.matcher(clauseText);
            }
        }
        String[] clause = clauseText.split("[^\\p{L}]+");
        if (java.util.Arrays.asList(clause).contains("still")) {
            return null; // "ambulances were still being diverted on Wednesday night": a state going on, no day of the event
        }
        int clauseWords = (int) java.util.Arrays.stream(clause).filter(w -> !w.isEmpty()).count();
        // Within the clause, the verb may stand further back: "a blaze destroyed a furniture
        // warehouse in the Pellow industrial park on Tuesday night".
        int nearestVerb = -1;
        int reach = Math.max(VERB_WORDS_BEFORE, Math.min(OCCURRENCE_WORDS_BEFORE, clauseWords));
        for (int k = before.length - 1; k >= Math.max(0, before.length - reach) && nearestVerb < 0; k--) {
            nearestVerb = pastVerb(before[k]) ? k : -1;
        }
        // A word of the event itself in that clause, after that verb: "derailed near Brindle Cross
        // on Saturday", "left the tracks on Thursday", "hit the coast near Port Avel on 21 October".
        boolean occurrence = false;
        List<String> words = java.util.Arrays.asList(before);
        int from = Math.max(nearestVerb >= 0 ? nearestVerb : before.length - reach, before.length - clauseWords);
        for (int k = before.length - 1; k >= Math.max(0, from); k--) {
            // "recovered bodies from the overturned hull on Saturday": a participle before a noun
            // describes the thing, and the day is another verb's.
            occurrence |= Cues.happening(words, k) && !(before[k].endsWith("ed") && k + 1 < before.length
                    && modifier(before, k));
        }
        // "An explosion tore through a chemical plant on Thursday": the event is the verb's subject.
        occurrence |= nearestVerb >= 1 && nearestVerb - 1 >= before.length - clauseWords && !modifier(before, nearestVerb)
                && Cues.happening(words, nearestVerb - 1);
        if ((nearestVerb < 0 || modifier(before, nearestVerb)) && !occurrence) {
            // A long noun phrase of the event with no verb of its own between it and the date:
            // "died in the collision between a lorry and a crowded school minibus on the ring road
            // near Tarby on the night of 12 May" ("crowded" describes the minibus). A verb or an
            // occasion on the way ends the search.
            for (int k = nearestVerb >= 0 ? nearestVerb - 1 : before.length - reach - 1; k >= Math.max(0, before.length - clauseWords); k--) {
                if (pastVerb(before[k]) && !modifier(before, k) || OCCASIONS.contains(before[k]) || Cues.SCHEDULED_EVENTS.contains(before[k])) {
                    break;
                }
                if (Cues.happening(words, k) && !(before[k].endsWith("ed") && k + 1 < before.length && modifier(before, k))) {
                    occurrence = true;
                    break;
                }
            }
        }
        occurrence |= byPerpetrator(before, nearestVerb, before.length - clauseWords);
        Set<String> verbs = new TreeSet<>();
        String event = "";
        boolean toCome = false;
        for (int k = clause.length - 1; k >= Math.max(0, clause.length - reach); k--) {
            boolean announced = !clauseText.matches("(?s).*\\d.*") && announcedThing(clause, k);
            if (k + 1 < clause.length && clause[k + 1].equals("to") && (SCHEDULING.contains(clause[k]) || clause[k].equals("expected"))) {
                // "is scheduled to lift off on Friday", "was expected to resume Friday": the day is
                // the lift-off's, to come
                continue;
            }
            boolean verdict = clause[k].equals("found") && k + 1 < clause.length && clause[k + 1].equals("guilty");
            if (verdict) {
                verbs.add(CONVICTED); // "was found guilty on Tuesday" is "was convicted on Tuesday"
                break;
            }
            if ((pastVerb(clause[k]) || announced) && !modifier(clause, k)
                    && !(k > 0 && FUTURE_MARKERS.contains(clause[k - 1]))) { // "plans to cut": no past
                verbs.add(phrasal(pastKey(clause[k]), clause, k));
                if (Cues.DISCOVERY.contains(clause[k]) && pastVerb(clause[k])) {
                    verbs.add(FOUND_OUT); // "discovered the comet" / "spotted the comet": one finding
                }
                event = Cues.eventOf(clause[k]);
                // "an inquest will be held on 17 June": a participle after "will be" is to come.
                toCome = k >= 2 && clause[k - 1].equals("be") && FUTURE_MARKERS.contains(clause[k - 2]);
                break;
            }
        }
        // A long clause's own verb may stand right after its subject, further back than the reach:
        // "An anonymous collector paid £410,000 for an illuminated book of psalms at a sale in
        // Cransford on June 13".
        for (int k = Math.min(OPENING_VERB, clause.length - reach - 1); k >= 1 && verbs.isEmpty(); k--) {
            if (pastVerb(clause[k]) && !modifier(clause, k)) {
                verbs.add(pastKey(clause[k]));
            }
        }
        if (verbs.isEmpty()) {
            // What is to come: "the festival will now open on June 9", "the road is to reopen on
            // Friday". The verb after "will" or "to" is the one the date is set for.
            // As far back as a past verb is sought: "will launch its Megha-3 weather satellite
            // from the Sriharipuram launch centre on Thursday".
            // "will reopen to swimmers on 11 May": the verb after "will" before a noun after "to".
            boolean willVerb = false;
            for (int k = clause.length - 1; k >= Math.max(2, clause.length - reach) && !willVerb; k--) {
                int aux = FUTURE_ADVERBS.contains(clause[k - 1]) ? k - 2 : k - 1;
                willVerb = (clause[aux].equals("will") || clause[aux].equals("would")) && clause[k].length() > PAST_MIN - 1;
            }
            for (int k = clause.length - 1; k >= Math.max(1, clause.length - reach); k--) {
                int aux = k - 1;
                if (aux >= 1 && FUTURE_ADVERBS.contains(clause[aux])) {
                    aux--;
                }
                if (FUTURE_MARKERS.contains(clause[aux]) && !(willVerb && clause[aux].equals("to")) && clause[k].length() > PAST_MIN - 1
                        && !org.factdiff.text.StopWords.contains(clause[k]) && !Cues.REPORTING.contains(clause[k])) {
                    verbs.add(phrasal(verbKey(clause[k]), clause, k));
                    toCome = true;
                    break;
                }
                if (SCHEDULED_PRESENT.contains(clause[k]) && !(k >= 1 && PASSIVE.contains(clause[k - 1]))) {
                    // "the festival opens on Thursday": the present of a timetable tells what is to come.
                    verbs.add(phrasal(verbKey(clause[k].substring(0, clause[k].length() - 1)), clause, k));
                    toCome = true;
                    break;
                }
            }
        }
        for (int k = clause.length - 1; k >= Math.max(0, clause.length - FUTURE_VERB_WORDS - 1) && verbs.isEmpty(); k--) {
            toCome |= clause[k].equals("will") || clause[k].equals("would"); // "will go on trial": a verb too short to key
        }
        if (toCome) {
            // "the trial will open on 14 March" and "will go on trial on 21 March": one occasion
            // set, named as the nearest occasion before the date, maybe before a comma ("set the
            // trial of Ana Pell, who denies the charge, to begin on 9 March").
            // Not before a telling: in "said after the vote that the union would be back on
            // Nov. 6" the vote is over, and what is to come is the reported clause's.
            String[] setWords = toldThat ? clause : before;
            for (int k = setWords.length - 1; k >= 0; k--) {
                if (setWords[k].equals("that") && toldBefore(setWords, k)) {
                    break;
                }
                if (Cues.SCHEDULED_EVENTS.contains(setWords[k])) {
                    verbs.add(SCHEDULED + setWords[k]);
                    break;
                }
            }
        }
        Matcher held = OCCASION_BEFORE.matcher(text.substring(0, where.start()));
        String heldNoun = held.find() ? held.group(1).toLowerCase(Locale.ROOT) : "";
        if (!toCome && OCCASIONS.contains(heldNoun)) {
            verbs.add(OCCASION + heldNoun); // "a wedding reception in Lorsby on Saturday"
        }
        if (Cues.SCHEDULED_EVENTS.contains(heldNoun) && !OCCASIONS.contains(heldNoun)) {
            // "remanded him until his sentencing on 21 November": the day set for the sentencing,
            // as "sentencing, which she set for 21 November" gives it.
            verbs.add(SCHEDULED + heldNoun);
        }
        if (c.otherOccasion() && !toCome) {
            return null; // "a fire there on May 3, 2019": another occasion's day; what is to come is dated apart
        }
        Set<String> participants = new TreeSet<>();
        for (String w : clause) {
            boolean verdictWord = verbs.contains(CONVICTED) && (w.equals("found") || w.equals("guilty"));
            if (w.length() >= PARTICIPANT_MIN && !pastVerb(w) && !verdictWord && !verbs.contains(verbKey(w)) && !org.factdiff.text.StopWords.contains(w)
                    && !Cues.WEEKDAYS.contains(w) && !Cues.MONTHS.contains(w) && !Cues.REPORTING.contains(w)) {
                participants.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        for (String w : teller.split("[^\\p{L}]+")) {
            if (w.length() >= PARTICIPANT_MIN && !org.factdiff.text.StopWords.contains(w) && !Cues.REPORTING.contains(w)) {
                participants.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        int firstComma = lead.indexOf(',');
        if (firstComma > 0 && firstComma < clauseStartOf(lead)) {
            // "Gerald Pym, who ran the depot for years, was convicted on Wednesday": the clause of
            // the day is the verb alone; who it befell is the subject before the first comma
            // ("Edith Pengelly, a retired secretary, died at the general hospital on Wednesday").
            for (String w : lead.substring(0, firstComma).split("[^\\p{L}]+")) {
                if (w.length() >= PARTICIPANT_MIN && !org.factdiff.text.StopWords.contains(w) && !Cues.REPORTING.contains(w)) {
                    participants.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
                }
            }
        }
        if (!occurrence && java.util.Arrays.stream(clause).anyMatch(REPEATS::contains)) {
            return null; // "recovered three more bodies on Saturday": one of several such days
        }
        return occurrence || !verbs.isEmpty()
                ? new Dated(c, written, day, occurrence, verbs, participants, event, weekdayOf(day, where.group(1)),
                        !day.startsWith(WEEKDAY_KEY) && where.group(1) != null && Cues.WEEKDAYS.contains(where.group(1).toLowerCase(Locale.ROOT)),
                        occurrence || Cues.tellsHappening(words))
                : null;
    }

    /** Words before "that" searched for the verb of telling it reports: "said after the vote that". */
    static final int TOLD_WORDS = 4;

    /** True when a verb of telling stands shortly before the "that" at {@code k}: "said after the vote that". */
    private static boolean toldBefore(String[] words, int k) {
        for (int j = k - 1; j >= Math.max(0, k - TOLD_WORDS); j--) {
            if (Cues.REPORTING.contains(words[j])) {
                return true;
            }
        }
        return false;
    }

    /** A verb of telling, maybe dated, and "that": "announced on Wednesday that ". Group 1 the verb. */
    private static final Pattern REPORTED_THAT = Pattern.compile("\\b(\\p{L}+)(?:\\s+on\\s+\\p{L}+(?:\\s+\\d{1,2})?)?\\s+that\\s+");
    /** A reported clause opening with a pronoun for the one who told: "that it will", "that they had". */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?:it|they|he|she|we)\\b");

    /** Where the last clause of {@code lead} begins, as {@link Clauses#lastStart}. */
    private static int clauseStartOf(String lead) {
        return Clauses.lastStart(lead);
    }

    /** True when the day {@code where} found has no "on", "of", "early" or "late" before it. */
    private static boolean bareDay(String text, Matcher where) {
        return !BARE_LEAD.matcher(text.substring(where.start(), where.end())).lookingAt();
    }

    private static final Pattern BARE_LEAD = Pattern.compile("(?i)(?:on|in|during|early|small|late|hours|morning|afternoon|evening|night)\\b");

    /** True when the last word before a day is a verb in the past or ends a phrase of the event: "walked off the job". */
    private static boolean rightAfterVerb(String[] before) {
        int last = before.length - 1;
        if (last >= 0 && (pastVerb(before[last]) || Cues.happening(java.util.Arrays.asList(before), last))) {
            return true;
        }
        // "service will resume Tuesday", "hopes to restore service Monday": a verb to come, maybe
        // with a one-word object.
        for (int j = last; j >= Math.max(1, last - 1); j--) {
            if (FUTURE_MARKERS.contains(before[j - 1]) && before[j].length() >= PAST_MIN
                    && !org.factdiff.text.StopWords.contains(before[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A day written as a possessive, told as "on" the day: "Saturday's crash killed five" is "the
     * crash on Saturday killed five"; "At Monday night's meeting, the council approved the depot"
     * is "the council approved the depot on Monday night", the day going to the end of the clause
     * of the first verb after it. Null when the day is no possessive or no verb follows it.
     */
    static String possessiveAsOn(String text, String written) {
        Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(written) + "(\\s+(?:morning|afternoon|evening|night))?['\u2019]s\\s+(\\p{L}+)")
                .matcher(text);
        if (!m.find()) {
            return null;
        }
        String day = written + (m.group(1) == null ? "" : m.group(1));
        String noun = m.group(2);
        String without = text.substring(0, m.start()) + "the " + noun + text.substring(m.end());
        int afterNoun = m.start() + "the ".length() + noun.length();
        if (Cues.happening(List.of(noun.toLowerCase(Locale.ROOT)), 0)) {
            return without.substring(0, afterNoun) + " on " + day + without.substring(afterNoun);
        }
        // The verb is sought in the clause the day opens, not past "and" or "but" joining another.
        Matcher stop = Pattern.compile("[.;!?](?:\\s|$)|,\\s+(?:and|but|while|as|although)\\b").matcher(without);
        Matcher word = Pattern.compile("\\p{L}+").matcher(without);
        word.region(afterNoun, stop.find(afterNoun) ? stop.start() : without.length());
        int verbEnd = -1;
        while (verbEnd < 0 && word.find()) {
            verbEnd = pastVerb(word.group().toLowerCase(Locale.ROOT)) ? word.end() : -1;
        }
        Matcher end = Pattern.compile("[,;.!?]\\s|[.!?]?$").matcher(without);
        if (verbEnd < 0 || !end.find(verbEnd)) {
            return null;
        }
        return without.substring(0, end.start()) + " on " + day + without.substring(end.start());
    }

    /**
     * True when the doer of the crime is the subject of the verb the date follows: "Thieves took
     * three paintings early on Thursday", "two masked robbers held up the bank on Friday". Not
     * when the verb is passive ("the gunman was arrested on Monday"), tells another kind of
     * happening ("the thieves were caught", "arrested"), or the clause goes to court ("the robbers
     * appeared at a hearing on Monday").
     */
    private static boolean byPerpetrator(String[] before, int verb, int clauseStart) {
        if (verb <= 0 || !Cues.eventOf(before[verb]).isEmpty() || PASSIVE.contains(before[verb - 1])) {
            return false;
        }
        for (int k = verb + 1; k < before.length; k++) {
            if (Cues.SCHEDULED_EVENTS.contains(before[k]) || COURT.contains(before[k])) {
                return false;
            }
        }
        for (int k = verb - 1; k >= Math.max(Math.max(0, clauseStart), verb - SUBJECT_WORDS); k--) {
            if (Cues.PERPETRATORS.contains(before[k])) {
                return true;
            }
        }
        return false;
    }

    /** Words before a verb that make it passive: "was arrested". */
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be", "got");
    /** Words of a court, where a doer of the crime goes after it. */
    private static final Set<String> COURT = Set.of("court", "courts", "judge", "magistrate", "magistrates", "jury");
    /** Words before a verb searched for its subject. */
    static final int SUBJECT_WORDS = 3;

    /**
     * A date something is set for: "sentencing, which is set for Sept. 12", "scheduled a hearing
     * for Sept. 23". It is keyed by the words that name what is set (before the verb, or between
     * it and "for"), so that a hearing and a funeral set for two days stay apart.
     */
    private static Dated scheduled(Claim c, String written, String day) {
        Matcher m = Pattern.compile("(?i)\\b(" + String.join("|", SCHEDULING) + ")\\b([^.;:]{0,40}?)\\bfor\\s+"
                + "(?:[A-Za-z]+day,?\\s+)?(?:the\\s+)?" + Pattern.quote(written) + "\\b").matcher(c.evidence().text());
        if (!m.find()) {
            return effectiveFrom(c, written, day);
        }
        Set<String> named = new TreeSet<>();
        for (String w : m.group(2).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= NAMING_MIN && !SCHEDULE_FILLER.contains(w)) {
                named.add(SCHEDULED + w);
            }
        }
        if (named.isEmpty()) {
            // "sentencing, which is set for": what is set stands before the verb.
            String lead = c.evidence().text().substring(0, m.start()).toLowerCase(Locale.ROOT);
            String[] before = lead.split("[^\\p{L}]+");
            for (int k = before.length - 1; k >= Math.max(0, before.length - SCHEDULED_WORDS_BEFORE); k--) {
                if (before[k].length() >= NAMING_MIN && !SCHEDULE_FILLER.contains(before[k])) {
                    named.add(SCHEDULED + before[k]);
                }
            }
        }
        return named.isEmpty() ? null : new Dated(c, written, day, false, named, Set.of(), "", "", false, false);
    }

    /**
     * The day of a meeting agreed or set to come, told with "to" and its verb: "the two sides
     * agreed on Tuesday to resume talks on Thursday", "talks are set to resume Friday". Its
     * bucket is the thing met over (the object, else the subject before the verb), so that "talks
     * to resume Friday" is set against "to resume talks on Thursday" and not against classes
     * that resume on Monday.
     */
    private static Dated agreedTo(Claim c, String written, String day, boolean objectOnly) {
        Matcher m = Pattern.compile("(?i)\\b(?:agreed|agree|set|scheduled|due|expected|planned|plan|plans|slated)"
                + "(?:\\s+on\\s+[A-Za-z]+day)?\\s+to\\s+(" + String.join("|", MEETING_VERBS) + ")\\b([^.;:,]{0,40}?)"
                + "\\b(?:on\\s+)?(?:[A-Za-z]+day,?\\s+)?(?:the\\s+)?" + Pattern.quote(written) + "\\b").matcher(c.evidence().text());
        if (!m.find()) {
            return null;
        }
        Set<String> named = new TreeSet<>();
        Set<String> object = new TreeSet<>();
        for (String w : m.group(2).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= NAMING_MIN && !SCHEDULE_FILLER.contains(w)) {
                named.add(SCHEDULED + w);
                object.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        if (!named.isEmpty()) {
            // Also the verb's own bucket, with what is met over as who takes part: "to resume talks
            // on Thursday" beside "talks are set to resume Friday", not beside classes resuming.
            named.add(verbKey(m.group(1).toLowerCase(Locale.ROOT).split("\\s+")[0]));
            return new Dated(c, written, day, false, named, object, "", "", false, false);
        }
        if (!objectOnly) {
            String[] before = c.evidence().text().substring(0, m.start()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            for (int k = before.length - 1; k >= Math.max(0, before.length - SCHEDULED_WORDS_BEFORE); k--) {
                if (before[k].length() >= NAMING_MIN && !SCHEDULE_FILLER.contains(before[k])) {
                    named.add(SCHEDULED + before[k]);
                }
            }
        }
        return named.isEmpty() ? null : new Dated(c, written, day, false, named, Set.of(), "", "", false, false);
    }

    /** Verbs of meeting again, after "agreed to" or "set to": what is agreed is when it happens. */
    private static final List<String> MEETING_VERBS = List.of("resume", "restart", "reopen", "reconvene", "meet", "hold",
            "begin", "start", "return\\s+to");

    /**
     * The day a change to come takes effect: "passengers will pay 4.9% more from 1 March", "fares
     * are to go up from 1 May". Only "from" a date with "will" or "to" before it in the sentence,
     * and not the start of a span ("from 1 March to 5 March"); the sentence's words are its
     * participants, so that two changes of one case are set against each other only when their
     * sentences share a word of what changes.
     */
    private static Dated effectiveFrom(Claim c, String written, String day) {
        String text = c.evidence().text();
        Matcher m = Pattern.compile("(?i)\\bfrom\\s+(?:[A-Za-z]+day,?\\s+)?(?:the\\s+)?" + Pattern.quote(written)
                + "\\b(?!\\s*(?:to|until|till|through|and|-|\u2013)\\b)").matcher(text);
        if (!m.find()) {
            return null;
        }
        String lead = text.substring(0, m.start());
        String[] before = lead.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        boolean toCome = java.util.Arrays.stream(before).anyMatch(FUTURE_MARKERS::contains);
        return toCome ? effective(c, written, day, lead) : null;
    }

    /** "coming into effect", "takes effect", "comes into force" right before "on <date>". */
    private static final Pattern TAKING_EFFECT = Pattern.compile(
            "\\b(?:(?:come|comes|coming|came)\\s+into\\s+(?:effect|force)|(?:take|takes|taking|took)\\s+effect)\\s*$");

    /** The day a change takes effect, told of by {@code lead}: its words and figures are the participants. */
    private static Dated effective(Claim c, String written, String day, String lead) {
        // What changes, in common words and figures: names ("Tarby", "Northway Rail") are in
        // every sentence of a case and tell no two changes apart.
        Set<String> participants = new TreeSet<>();
        Matcher w = CHANGE_WORD.matcher(lead);
        while (w.find()) {
            String word = w.group();
            if (Character.isDigit(word.charAt(0))) {
                participants.add(word.replace("%", "")); // "9%" and "9pc" are one rise
            } else if (word.length() >= PARTICIPANT_MIN && Character.isLowerCase(word.charAt(0))
                    && !org.factdiff.text.StopWords.contains(word) && !FUTURE_MARKERS.contains(word)
                    && !Cues.REPORTING.contains(word)) {
                participants.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        return new Dated(c, written, day, false, Set.of(EFFECTIVE), participants, "", "", false, false);
    }

    /** A word or a figure of a sentence ("4.9%", "£2"): what a change to come is told by. */
    private static final Pattern CHANGE_WORD = Pattern.compile("\\p{L}+|\\d[\\d.,]*%?");

    /**
     * The weekday of a date, lower case: the one written before it ("Friday, September 5"), else
     * the one of its resolved day; "" for a weekday or a date of no known year.
     */
    private static String weekdayOf(String day, String writtenWeekday) {
        if (day.startsWith(WEEKDAY_KEY)) {
            return "";
        }
        if (writtenWeekday != null && Cues.WEEKDAYS.contains(writtenWeekday.toLowerCase(Locale.ROOT))) {
            return writtenWeekday.toLowerCase(Locale.ROOT);
        }
        try {
            return java.time.LocalDate.parse(day).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT)
                    .toLowerCase(Locale.ROOT);
        } catch (java.time.format.DateTimeParseException notResolved) {
            return "";
        }
    }

    /** Verbs that set a date for something to come. */
    private static final List<String> SCHEDULING = List.of("set", "scheduled", "rescheduled", "planned", "slated",
            "fixed", "due", "adjourned", "postponed", "moved", "booked");
    /** Words around a scheduling verb that name nothing set: "which is set", "has been scheduled". */
    private static final Set<String> SCHEDULE_FILLER = Set.of("which", "there", "their", "those", "these", "other",
            "until", "later", "again", "being", "would", "could", "should", "pending", "about");
    /** Key prefix of a date something is set for, apart from the verbs of what happened. */
    private static final String SCHEDULED = "for ";
    /** The key of the day a change to come takes effect ("from 1 March"). */
    private static final String EFFECTIVE = SCHEDULED + "taking effect";
    /** The key of an occasion held on the day, as "at reception". */
    private static final String OCCASION = "at ";
    /**
     * A noun of an occasion right before "on" the day, maybe with where it was held between: "a
     * wedding reception in Lorsby on Saturday", "the match at Tarn Park on Sunday".
     */
    private static final Pattern OCCASION_BEFORE = Pattern.compile("\\b(\\p{L}+)\\s+(?:(?:in|at)\\s+(?:the\\s+)?"
            + "(?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){0,2}\\p{Lu}[\\p{L}'\u2019-]*\\s*)?$");
    /** Occasions people hold or attend on a day ({@code occasions.txt}): a reception, a match, a vigil. */
    private static final Set<String> OCCASIONS = org.factdiff.base.WordLists.set(EventDates.class, "occasions.txt");
    /** Shortest word read as naming what is set ("vote", "trial"; not "a", "the", "is"). */
    private static final int NAMING_MIN = 4;
    /** Words before a scheduling verb searched for what is set. */
    static final int SCHEDULED_WORDS_BEFORE = 4;

    /** True for a word read as a verb in the past by its ending ("opened") or by its form ("lost"), not one of reporting. */
    private static boolean pastVerb(String w) {
        return w.length() > PAST_MIN && w.endsWith("ed") && !Cues.REPORTING.contains(w) || DAY_IRREGULAR.contains(w);
    }

    /**
     * True when a word in the past form modifies the noun after it: "a damaged car", "a
     * previously unrecorded wreck". It follows an article, maybe with an adverb between.
     */
    private static boolean modifier(String[] clause, int k) {
        int before = k - 1;
        if (before >= 1 && clause[before].endsWith("ly")) {
            before--;
        }
        return before >= 0 && ARTICLES.contains(clause[before]);
    }

    /** Key of the verbs of finding something ("discovered", "spotted", "noticed"), one happening. */
    private static final String FOUND_OUT = "found out";

    /**
     * True when clause word {@code k} is a verb of reporting in the past that takes a thing as
     * its object, which the date then dates: "officials confirmed bird flu at a poultry farm on
     * Wednesday". Not what was said ("confirmed that", "said on"), nor a count or one of a
     * series ("reported 12 new cases", "confirmed a second case"), which days apart may both be;
     * the caller has made sure no figure in digits stands in the clause.
     */
    private static boolean announcedThing(String[] clause, int k) {
        if (!ANNOUNCING.contains(clause[k]) || k + 1 >= clause.length || clause[k + 1].equals("that")) {
            return false;
        }
        int things = 0;
        for (int i = k + 1; i < clause.length; i++) {
            if (Cues.NUMBER_WORDS.containsKey(clause[i]) || Cues.ordinal(clause[i]) != null || SERIES.contains(clause[i])) {
                return false;
            }
            things += org.factdiff.text.StopWords.contains(clause[i]) ? 0 : 1;
        }
        return things >= 2;
    }

    /** Words that make what a verb did one of several times it did it: "three more bodies", "a second arrest". */
    private static final Set<String> REPEATS = Set.of("another", "more", "further", "additional", "second", "third",
            "fresh");

    /** Verbs of reporting that may date a thing made known: "confirmed bird flu", "announced the closure". */
    private static final Set<String> ANNOUNCING = Set.of("confirmed", "announced", "reported");
    /** Words that make a thing made known one of several: "a new case", "another outbreak". */
    private static final Set<String> SERIES = Set.of("another", "new", "more", "further", "additional", "latest",
            "fresh", "second", "third");

    /** The key of a verb in the past: "opened" as "open", "lost" as itself. */
    private static String pastKey(String w) {
        String key = DAY_IRREGULAR.contains(w) ? w : verbKey(w.substring(0, w.length() - 2));
        return ONE_DEAL.getOrDefault(key, key);
    }

    /**
     * Keys of verbs that tell one sale from either side, as the seller's: "the psalter sold for
     * £410,000 on 3 June" and "a collector paid £410,000 for it on June 13" date one sale.
     */
    private static final Map<String, String> ONE_DEAL = Map.of("paid", "sold", "bought", "sold", "purchas", "sold",
            "fetch", "sold", "auction", "sold");

    /**
     * Verbs in the past without "-ed" that date what happened: "lost power on Tuesday", "sank on
     * Friday". Forms that are as often nouns or set a date for what is to come ("set", "hit") are
     * not among them.
     */
    private static final Set<String> DAY_IRREGULAR = Set.of("lost", "fell", "broke", "burst", "sank", "struck", "began", "quit", "cut",
            "ran", "caught", "shook", "tore", "blew", "froze", "swept", "spread", "won", "held",
            "took", "went", "came", "left", "drove", "flew", "threw", "shot", "stole", "fled", "arose", "sold", "paid",
            "bought", "died");

    /** One key for a verb in the past and as it is written after "will": "opened" and "open", "closed" and "close". */
    private static String verbKey(String stem) {
        return stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
    }

    /**
     * A verb's key with the word after it: "open again" is "reopen", "walk out" is "strike"; so
     * "will reopen on Thursday, 12 June" and "would open again on Thursday, 19 June" date one
     * reopening, and "will walk out on 4 November" and "would strike ... starting on 11 November"
     * one strike.
     */
    private static String phrasal(String key, String[] clause, int k) {
        String next = k + 1 < clause.length ? clause[k + 1] : "";
        if (next.equals("again") && !key.startsWith("re")) {
            return "re" + key;
        }
        // "will welcome visitors again", "will open its doors again": a reopening.
        for (int j = k + 1; j < Math.min(clause.length, k + PHRASE_WORDS + 1); j++) {
            if ((clause[j].equals("again") || clause[j].equals("back")) && REOPENING.contains(key)) {
                return "reopen";
            }
        }
        // "took a suspect into custody" is an arrest, however many words name whom.
        for (int j = k + 2; j < Math.min(clause.length, k + CUSTODY_REACH); j++) {
            if (key.equals("took") && clause[j - 1].equals("into") && clause[j].equals("custody")) {
                return "arrest";
            }
        }
        // "began an indefinite strike", "staged a walkout": a verb of starting and the event it starts.
        if (STARTING.contains(key)) {
            for (int j = k + 1; j < Math.min(clause.length, k + PHRASE_WORDS + 1); j++) {
                if (STRIKES.contains(clause[j])) {
                    return "strik";
                }
            }
        }
        // The longest phrase first: "went on strike", "walked off the job".
        String phrase = key;
        String found = PHRASAL.getOrDefault(key + " " + next, key);
        for (int j = k + 1; j < Math.min(clause.length, k + PHRASE_WORDS + 1); j++) {
            phrase = phrase + " " + clause[j];
            found = PHRASAL.getOrDefault(phrase, found);
        }
        return SAME_ACT.getOrDefault(found, found);
    }

    /**
     * Verbs of one act keyed as one: "quit" is "resigned" ("Sandra Oyelaran quit on Thursday" /
     * "resigned on Tuesday"), as "stepped down" and "left her post" are by their phrases; "will
     * shut on July 31" is "will close on June 30".
     */
    private static final Map<String, String> SAME_ACT = Map.of("quit", "resign", "shut", "clos");

    /** Keys of verbs of starting whose object names the event: "began an indefinite strike". */
    private static final Set<String> STARTING = Set.of("began", "begin", "start", "launch", "stag");
    /** Nouns of a stoppage of work, keyed as "went on strike" is. */
    private static final Set<String> STRIKES = Set.of("strike", "walkout", "stoppage");

    /** Keys of verbs that, with "again" or "back" after their object, tell a reopening: "welcome visitors again". */
    private static final Set<String> REOPENING = Set.of("welcom", "open", "throw", "admit");

    /** Words after a verb searched for its particle and object. */
    private static final int PHRASE_WORDS = 3;
    /** Words after "took" searched for "into custody": "took the 19-year-old suspect into custody". */
    private static final int CUSTODY_REACH = 7;

    /** Verbs with a particle that name the act of a verb alone, keyed as that verb is. */
    private static final Map<String, String> PHRASAL = Map.ofEntries(Map.entry("walk out", "strik"),
            Map.entry("walk off the job", "strik"), Map.entry("went on strike", "strik"), Map.entry("set off", "depart"),
            Map.entry("take off", "depart"), Map.entry("touch down", "land"), Map.entry("close down", "clos"),
            Map.entry("shut down", "clos"), Map.entry("lift off", "launch"), Map.entry("blast off", "launch"),
            Map.entry("stepp down", "resign"), Map.entry("step down", "resign"), Map.entry("left her post", "resign"),
            Map.entry("left his post", "resign"), Map.entry("left the post", "resign"), Map.entry("left office", "resign"),
            Map.entry("left her job", "resign"), Map.entry("left his job", "resign"), Map.entry("left the company", "resign"),
            Map.entry("restor service", "resum"), Map.entry("restor services", "resum"),
            Map.entry("lost power", "outage"), Map.entry("lost electricity", "outage"), Map.entry("knock out power", "outage"),
            Map.entry("knock out electricity", "outage"), Map.entry("knock out the power", "outage"),
            Map.entry("cut power", "outage"), Map.entry("cut electricity", "outage"), Map.entry("cut the power", "outage"));
    /** The key of a conviction's day, by either verb: "convicted", "found guilty". */
    private static final String CONVICTED = "convict";

    /** Words that put the verb after them in what is to come: "will open", "is to reopen". */
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "would", "to");
    /**
     * Verbs in the present that a timetable uses for what is to come: "the festival opens on
     * Thursday", "the trial begins on 3 May"; keyed as after "will" ("opens" as "open").
     */
    private static final Set<String> SCHEDULED_PRESENT = Set.of("opens", "reopens", "begins", "starts", "closes",
            "ends", "resumes", "launches", "kicks", "departs", "arrives");
    /** Adverbs between "will" and its verb: "will now open", "will also close". */
    private static final Set<String> FUTURE_ADVERBS = Set.of("now", "also", "again", "still", "then", "only", "finally");
    /** Last word of a clause that may be its verb right after its subject ("An anonymous collector paid"). */
    static final int OPENING_VERB = 4;
    /** Words of the clause before "on <date>" searched for a verb after "will" or "to". */
    private static final int FUTURE_VERB_WORDS = 4;

    /** Shortest word read as a participant of a dated verb ("site", "gate"; not "it", "was"). */
    private static final int PARTICIPANT_MIN = 3;

    /** Words of the clause before "on <date>" searched for the verb whose event word dates the event. */
    static final int OCCURRENCE_WORDS_BEFORE = 12;
    /** Words of the clause before "on <date>" searched for a verb both sentences use. */
    static final int VERB_WORDS_BEFORE = 8;
    /** Shortest word read as a verb in the past by its ending ("opened"; not "red", "ten"). */
    private static final int PAST_MIN = 4;

    /** One finding for the dates of one topic, each article's first, listed by day; empty if they agree. */
    private static Optional<Contradiction> contradiction(String what, List<Dated> part) {
        Map<String, Dated> firsts = new TreeMap<>();
        part.forEach(d -> firsts.putIfAbsent(d.claim().article(), d));
        List<Contradiction.Value> values = new ArrayList<>();
        Map<String, List<String>> byDay = new java.util.LinkedHashMap<>();
        Map<String, String> writtenOf = new TreeMap<>();
        List<Dated> sorted = firsts.values().stream()
                .sorted(java.util.Comparator.comparing((Dated d) -> d.claim().evidence())).toList();
        for (Dated d : sorted) {
            byDay.computeIfAbsent(d.day(), k -> new ArrayList<>()).add(d.claim().article());
            writtenOf.putIfAbsent(d.day(), d.written());
        }
        // One day is one value, named as its first article writes it ("Sept. 12" for "September
        // 12" too); each side's excerpt keeps its own words.
        sorted.forEach(d -> values.add(new Contradiction.Value(d.claim().evidence(), writtenOf.get(d.day()))));
        String listed = byDay.entrySet().stream()
                .map(e -> writtenOf.get(e.getKey()) + " (" + Prose.articleList(e.getValue()) + ")")
                .collect(java.util.stream.Collectors.joining(" vs "));
        if (byDay.size() < 2) {
            return Optional.empty();
        }
        List<String> ids = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        if (what.equals(EFFECTIVE)) {
            return Optional.of(new Contradiction(Ids.of("x", ids), "date the change takes effect", ContradictionKind.DATE,
                    "Articles give different dates from which the change applies: " + listed
                            + ". Check the date with the body that made the change.", values));
        }
        if (what.startsWith(SCHEDULED)) {
            String set = what.substring(SCHEDULED.length());
            return Optional.of(new Contradiction(Ids.of("x", ids), "date set for " + set, ContradictionKind.DATE,
                    "Articles give different dates set for the " + set + ": " + listed
                            + ". Check the date with the body that set it; it may have been moved.", values));
        }
        if (what.startsWith(OCCASION)) {
            String occasion = what.substring(OCCASION.length());
            return Optional.of(new Contradiction(Ids.of("x", ids), "day of the " + occasion, ContradictionKind.DATE,
                    "Articles give different days for the " + occasion + ": " + listed
                            + ". Check the day with those who held or attended it.", values));
        }
        return Optional.of(new Contradiction(Ids.of("x", ids), "day of the event", ContradictionKind.DATE,
                "Articles give different days for the event: " + listed + ". Check the dateline and the time zone of each.",
                values));
    }
}
