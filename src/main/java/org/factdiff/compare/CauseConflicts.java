package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * One thing given two causes: "the fire was caused by an electrical fault" against "the blaze
 * at the school was started deliberately", "the crash was blamed on fog" against "the crash was
 * caused by a burst tyre". The caused thing must be named by the same word right before the
 * verb; the two causes must share no word (compared by their first letters, so "electric" meets
 * "electrical"); a cause told with a hedge ("may have been caused by") is an open question and
 * left alone, and so is a sentence of another occasion. A cause may also be the subject of its
 * verb: "investigators said a faulty heater in the office started the fire".
 */
final class CauseConflicts implements ContradictionRule {
    /**
     * "the fire was caused by", "the fire, which was started by", "was blamed on", "was started
     * deliberately": the word before, the verb, and the cause up to the next mark of punctuation.
     */
    private static final Pattern CAUSED = Pattern.compile(
            "(?i)\\b([\\p{L}-]+)(?:,?\\s+which)?\\s+(?:was|were|had been|has been|is|is being)\\s+"
                    + "((?:caused|started|sparked|triggered|set)\\s+(?:by|deliberately|intentionally|on purpose)"
                    + "|blamed\\s+on|(?:put|attributed)\\s+down\\s+to|due\\s+to|accidental|an\\s+accident)\\b([^.;:,]*)");
    /** Words that end the cause's phrase: "caused by a faulty heater, officials said", "by fog on the hill". */
    private static final Set<String> ENDS = Set.of("in", "at", "on", "after", "when", "while", "which", "that", "who",
            "according", "officials", "police", "investigators", "said", "says", "and", "but", "during", "near");
    /** Words of a cause phrase read as such: content words only. */
    static final int CAUSE_WORDS = 5;
    /** Letters that tell one word of a cause: "electric" and "electrical" are one. */
    static final int STEM = 5;

    private record Caused(Claim claim, String thing, Set<String> cause, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Caused>> byThing = new TreeMap<>();
        List<Caused> implicit = new ArrayList<>();
        for (Claim c : in.claims()) {
            if (c.negated() || c.otherOccasion() || hedged(c)) {
                continue;
            }
            disruption(c).ifPresent(d -> byThing.computeIfAbsent(DISRUPTION, k -> new ArrayList<>()).add(d));
            Matcher m = CAUSED.matcher(c.evidence().text());
            Matcher active = CAUSED_ACTIVE.matcher(c.evidence().text());
            if (!m.find() && active.find()) {
                // "a faulty cable in the ceiling started the fire": the cause is the subject.
                String lead = c.evidence().text().substring(0, active.start(1)).toLowerCase(Locale.ROOT);
                String subject = afterReporting(lead.substring(Clauses.lastStart(lead)));
                Set<String> cause = cause("", subject);
                String named = thing(active.group(2).toLowerCase(Locale.ROOT) + " ."); // "the overnight blaze that ...": blaze
                String thing = Cues.CAUSE_WORDS.getOrDefault(named, named);
                if (!cause.isEmpty() && !subject.isBlank()) {
                    int at = lead.lastIndexOf(subject.strip());
                    String written = at >= 0 ? c.evidence().text().substring(at, active.end(1))
                            : subject.strip() + " " + active.group(1); // as the sentence writes it
                    byThing.computeIfAbsent(thing, k -> new ArrayList<>()).add(new Caused(c, thing, cause, written));
                }
                continue;
            }
            Matcher asCause = AS_CAUSE.matcher(c.evidence().text());
            if (!m.find(0) && asCause.find()) {
                // "tests identified norovirus as the cause of the illness": the cause, then the thing.
                // "the illness at Varn school" names the illness; "the school outbreak" the outbreak.
                String[] words = asCause.group(2).toLowerCase(Locale.ROOT).split("\\s+");
                String named = words.length == 1 || POSTMODIFIERS.contains(words[1]) ? words[0] : words[1];
                String thing = Cues.CAUSE_WORDS.getOrDefault(named, named);
                Set<String> cause = cause("", asCause.group(1));
                if (!cause.isEmpty()) {
                    int thingEnd = asCause.start(2) + asCause.group(2).toLowerCase(Locale.ROOT).indexOf(named) + named.length();
                    String written = c.evidence().text().substring(asCause.start(), thingEnd).strip(); // without "that" after it
                    byThing.computeIfAbsent(thing, k -> new ArrayList<>()).add(new Caused(c, thing, cause, written));
                }
                continue;
            }
            Matcher blamedFor = BLAMED_FOR.matcher(c.evidence().text());
            if (!m.find(0) && blamedFor.find()) {
                // "the operator blamed a cyberattack on a substation for the outage": the cause, then the thing.
                String named = thing(blamedFor.group(2).toLowerCase(Locale.ROOT) + " .");
                String thing = Cues.CAUSE_WORDS.getOrDefault(named, named);
                Set<String> cause = cause("", blamedFor.group(1));
                if (!cause.isEmpty() && !org.factdiff.text.StopWords.contains(thing)) {
                    String written = c.evidence().text().substring(blamedFor.start(), blamedFor.end(2)).strip();
                    byThing.computeIfAbsent(thing, k -> new ArrayList<>()).add(new Caused(c, thing, cause, written));
                }
                continue;
            }
            Matcher traced = TRACED.matcher(c.evidence().text());
            if (!m.find(0) && traced.find()) {
                // "tests traced the outbreak to contaminated ice": the thing, then its cause.
                String named = thing(traced.group(1).toLowerCase(Locale.ROOT)); // "the outbreak at Varn school": outbreak
                String thing = Cues.CAUSE_WORDS.getOrDefault(named, named);
                Set<String> cause = cause("", traced.group(2));
                if (!cause.isEmpty()) {
                    String written = c.evidence().text().substring(traced.start(), traced.end(2)).strip();
                    byThing.computeIfAbsent(thing, k -> new ArrayList<>()).add(new Caused(c, thing, cause, written));
                }
                continue;
            }
            if (m.find(0)) {
                String named = thing(afterSaid(c.evidence().text().substring(0, m.end(1)).toLowerCase(Locale.ROOT)));
                String thing = Cues.CAUSE_WORDS.getOrDefault(named, named); // "the blaze" is "the fire"
                Set<String> cause = cause(m.group(2).toLowerCase(Locale.ROOT), m.group(3));
                if (!cause.isEmpty() && !org.factdiff.text.StopWords.contains(thing)) {
                    String written = c.evidence().text().substring(m.start(2), m.end(3)).strip();
                    byThing.computeIfAbsent(thing, k -> new ArrayList<>()).add(new Caused(c, thing, cause, written));
                } else if (!cause.isEmpty() && PRONOUNS.contains(named)) {
                    // "engineers said it was caused by a burst main": what "it" is, the sentence before tells
                    implicit.add(new Caused(c, "", cause, c.evidence().text().substring(m.start(2), m.end(3)).strip()));
                }
                continue;
            }
            Matcher alone = BLAMED_ALONE.matcher(c.evidence().text());
            if (alone.find() && !alone.group(1).matches("(?is).*\\b(?:on|for)\\b.*")) {
                // "engineers blamed the collapse of an old mine shaft": the thing blamed for is the story's
                Set<String> cause = cause("", alone.group(1));
                if (!cause.isEmpty()) {
                    implicit.add(new Caused(c, "", cause, alone.group().strip().replaceFirst("[.;]$", "")));
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byThing.forEach((thing, all) -> contradiction(thing, all, in).ifPresent(out::add));
        out.addAll(unnamed(implicit, in));
        return out;
    }

    /**
     * "... started the fire", "... caused Sunday's crash", "... ignited last month's Hollin Ridge
     * wildfire", "... was behind the blaze", "... was the cause of the fire": a cause told as the
     * subject of its verb.
     */
    private static final Pattern CAUSED_ACTIVE = Pattern.compile(
            "\\b(caused|started|sparked|triggered|ignited|(?:was|were)\\s+(?:behind|the\\s+cause\\s+of))\\s+(?:the|(?:[\\p{L}-]+\\s+)?[\\p{L}-]+['\u2019]s)\\s+"
                    + "(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})\\b");

    /**
     * "traced the outbreak to contaminated ice", "blamed the crash on fog", "linked the
     * outbreak at the school back to a well": the thing's words (group 1), then its cause up to
     * the next mark (group 2).
     */
    private static final Pattern TRACED = Pattern.compile(
            "(?i)\\b(?:traced|linked|blamed)\\s+the\\s+((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)\\s+(?:back\\s+)?(?:to|on)\\s+([^.;:,]*)");

    /**
     * "blamed a cyberattack on a substation for the outage", "blamed heavy rain for Sunday's
     * landslide": the cause (group 1, which may hold "on"), then the thing's words (group 2).
     */
    private static final Pattern BLAMED_FOR = Pattern.compile("(?i)\\bblamed\\s+((?:an?|the)\\s+[^.;:,]{2,80}?|[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,3}?)"
            + "\\s+for\\s+(?:the|this|that|its|[\\p{L}-]+['\u2019]s)\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)");

    /** Words that stand for the thing caused, told in the sentence before: "it was caused by". */
    private static final Set<String> PRONOUNS = Set.of("it", "this");
    /** "Engineers blamed the collapse of an old mine shaft.": a cause blamed, the sentence ending after it. */
    private static final Pattern BLAMED_ALONE = Pattern.compile("(?i)\\bblamed\\s+((?:an?|the)\\s+[^.;:,]{2,80}?|[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)"
            + "\\s*(?:[.;]\\s*$|$)");
    /** Shortest word the finding names an unnamed thing by ("sinkhole"; not "road"). */
    static final int THING_NAME_MIN = 5;

    /**
     * Causes of a thing the sentence does not name ("it was caused by", "engineers blamed the
     * collapse of an old shaft"): two articles' causes are of one thing when the sentences right
     * before them say the same thing, and they conflict as named ones do. The finding is named by
     * the first long word both sentences before share ("sinkhole").
     */
    private static List<Contradiction> unnamed(List<Caused> implicit, CaseClaims in) {
        Map<String, Map<Integer, Claim>> sentences = new TreeMap<>();
        for (Claim c : in.claims()) {
            sentences.computeIfAbsent(c.article(), k -> new TreeMap<>()).put(c.sentence(), c);
        }
        List<Caused> told = implicit.stream().filter(x -> before(x, sentences) != null).toList();
        List<Contradiction> out = new ArrayList<>();
        for (Map<String, List<Caused>> group : OneStatement.groups(told, x -> before(x, sentences), (a, b) -> true, in)) {
            List<Caused> firsts = group.values().stream().map(l -> l.get(0)).toList();
            Set<String> shared = null;
            for (Caused x : firsts) {
                Set<String> words = new java.util.LinkedHashSet<>(longWords(before(x, sentences).evidence().text()));
                if (shared != null) {
                    words.retainAll(shared);
                }
                shared = words;
            }
            String first = firsts.get(0).claim().article();
            String thing = longWords(before(group.get(first).get(0), sentences).evidence().text()).stream()
                    .filter(shared::contains).findFirst().orElse("event");
            contradiction(thing, firsts, in).ifPresent(out::add);
        }
        return out;
    }

    /** The sentence before the cause's, in its article; null when it opens the article. */
    private static Claim before(Caused x, Map<String, Map<Integer, Claim>> sentences) {
        return sentences.get(x.claim().article()).get(x.claim().sentence() - 1);
    }

    /** A sentence's long words in lower case, in order: what an unnamed thing may be named by. */
    private static List<String> longWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}-]+")) {
            if (w.length() >= THING_NAME_MIN && w.equals(w.toLowerCase(Locale.ROOT)) && !org.factdiff.text.StopWords.contains(w)
                    && !Cues.REPORTING.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** "identified norovirus as the cause of the illness": the cause (group 1), then the thing (group 2). */
    private static final Pattern AS_CAUSE = Pattern.compile("(?i)\\b(?:identified|named|confirmed|pinpointed|found)\\s+"
            + "([^.;:,]{1,60}?)\\s+as\\s+the\\s+(?:main\\s+)?cause\\s+of\\s+the\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)");

    /** The thing a stop of services is keyed by: trains halted, a line blocked, flights cancelled. */
    private static final String DISRUPTION = "disruption";
    /** "Trains ... were halted for four hours on Tuesday after a signalling failure": the stop, then its cause. */
    private static final Pattern STOPPED_AFTER = Pattern.compile("(?i)\\b(?:halted|suspended|stopped|cancell?ed|disrupted"
            + "|blocked|closed|shut)\\b[^.;]{0,80}?\\b(?:after|because\\s+of|due\\s+to|following)\\s+((?:an?|the)\\s+[^.;,]+"
            // "after gale-force winds damaged the stage", "after heavy rain": a cause without an article
            + "|(?-i:(?=\\p{Ll}))(?!(?:it|they|he|she|we|you|that|this|which|those|these|being|its|their|his|her)\\b)"
            + "(?![\\p{L}]+ing\\b)[^.;,]+)");
    /** "A tree that came down across the tracks stopped services": the cause as the subject of the stop. */
    private static final Pattern STOPPED_BY_SUBJECT = Pattern.compile("(?i)(?:^|,\\s+|\\bsaid\\s+)((?:an?|the)\\s+[^,;.]+?)\\s+"
            + "(?:halted|stopped|blocked|disrupted|closed|shut|suspended)\\s+(?:all\\s+)?(?:services|trains|traffic|the\\s+line"
            + "|the\\s+railway|the\\s+road|flights|the\\s+route)\\b");
    /** Words that make a phrase after "after" a time, not a cause: "after two hours", "after the morning rush". */
    private static final Pattern TIME_WORDS = Pattern.compile("(?i)\\b(?:minutes?|hours?|days?|nights?|weeks?|morning|afternoon"
            + "|evening|midnight|noon|rush|talks|meeting|inspection|warning|review)\\b|\\d");

    /**
     * The cause of a stop of services, when a sentence tells one: after the stop ("halted ... after
     * a signalling failure") or as its subject ("a tree that came down across the tracks stopped
     * services"). A phrase of time ("after two hours") or a stop of another occasion is none.
     */
    private static java.util.Optional<Caused> disruption(Claim c) {
        String text = c.evidence().text();
        Matcher after = STOPPED_AFTER.matcher(text);
        Matcher subject = STOPPED_BY_SUBJECT.matcher(text);
        Matcher m = after.find() ? after : subject.find() ? subject : null;
        if (m == null) {
            return java.util.Optional.empty();
        }
        String phrase = beforeItsVerb(m.group(1));
        Set<String> cause = cause("", phrase);
        if (cause.isEmpty() || TIME_WORDS.matcher(phrase).find()) {
            return java.util.Optional.empty();
        }
        String written = phrase.strip();
        for (String end : List.of(" who ", " which ", " according ", " police ", " officials ")) {
            int at = written.indexOf(end);
            written = at > 0 ? written.substring(0, at) : written;
        }
        return java.util.Optional.of(new Caused(c, DISRUPTION, cause, written));
    }

    /** Verbs in the past without "-ed" that may follow a cause: "a power failure cut electricity". */
    private static final Set<String> PAST_VERBS = Set.of("cut", "hit", "broke", "fell", "struck", "tore", "blew",
            "brought", "knocked", "took", "left", "sent", "caught", "burst", "froze", "ran", "came", "went", "made",
            "put", "set", "began", "spread", "swept", "forced", "led");

    /**
     * The cause's noun phrase without what it did: "gale-force winds damaged the main stage" is
     * "gale-force winds", "a power failure cut electricity to the stages" is "a power failure";
     * the whole phrase when cutting it leaves no word of a cause ("a suspected gas leak").
     */
    static String beforeItsVerb(String phrase) {
        String[] w = phrase.strip().split("\\s+");
        for (int i = 1; i < w.length; i++) {
            String x = w[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
            if (x.length() > 4 && x.endsWith("ed") || PAST_VERBS.contains(x)) {
                String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, i));
                return cause("", head).isEmpty() ? phrase : head;
            }
        }
        return phrase;
    }

    /** The words after the last reporting verb or "that": "investigators said a faulty cable" gives "a faulty cable". */
    private static String afterReporting(String clause) {
        String[] words = clause.strip().split("\\s+");
        int from = 0;
        for (int k = 0; k < words.length; k++) {
            if (Cues.REPORTING.contains(words[k]) || words[k].equals("that")) {
                from = k + 1;
            }
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(Math.min(from, words.length), words.length));
    }

    /**
     * The words after the last reporting verb, a day after it and "that": "investigators said on
     * Friday that the blaze which destroyed a barn" gives "the blaze which destroyed a barn"; a
     * relative "that" ("the fire that gutted a barn") stays.
     */
    private static String afterSaid(String lead) {
        String[] words = lead.strip().split("\\s+");
        int from = -1;
        for (int k = 0; k < words.length; k++) {
            if (Cues.REPORTING.contains(words[k].replaceAll("[^\\p{L}]", ""))) {
                from = k + 1;
            }
        }
        if (from < 0) {
            return lead;
        }
        if (from + 1 < words.length && words[from].equals("on")) {
            from += 2; // "said on Friday that"
        }
        if (from < words.length && words[from].equals("that")) {
            from++;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(Math.min(from, words.length), words.length));
    }

    /** Words that end the head of a noun phrase: "the fire at the farm", "a fire that gutted the school". */
    private static final Set<String> POSTMODIFIERS = Set.of("at", "in", "on", "near", "of", "that", "which", "who",
            "along", "outside", "inside", "off", "from");

    /**
     * The word naming the caused thing in the words before the verb: the last word before the
     * first preposition or relative pronoun ("the fire at the farm", "a fire that gutted the
     * school"), else the last word ("the Lessby fire").
     */
    private static String thing(String lead) {
        String[] words = lead.substring(Clauses.lastStart(lead)).strip().split("[^\\p{L}-]+");
        for (int k = 1; k < words.length; k++) {
            if (POSTMODIFIERS.contains(words[k]) || org.factdiff.text.StopWords.contains(words[k])) {
                return words[k - 1];
            }
        }
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /** True when the sentence hedges what it says ("may have been", "probably", "suspected"). */
    private static boolean hedged(Claim c) {
        for (String w : c.evidence().text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (Cues.HEDGES.contains(w) || w.equals("believed") || w.equals("thought") || w.equals("could")) {
                return true;
            }
        }
        return false;
    }

    /** The cause's words, stemmed: "deliberately" for "started deliberately", "electr", "fault" for "by an electrical fault". */
    private static Set<String> cause(String verbPart, String after) {
        Set<String> out = new TreeSet<>();
        for (String w : verbPart.split("[^\\p{L}]+")) {
            if (Cues.CAUSE_WORDS.containsKey(w) || w.equals("deliberately") || w.equals("intentionally")) {
                out.add(stem(w));
            }
        }
        int n = 0;
        for (String w : after.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}\\p{N}-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (ENDS.contains(w) && (n > 0 || !out.isEmpty())) {
                break;
            }
            if (w.length() >= 3 && !org.factdiff.text.StopWords.contains(w) && n < CAUSE_WORDS) {
                out.add(stem(w));
                n++;
            }
        }
        return out;
    }

    private static String stem(String w) {
        String s = Cues.CAUSE_WORDS.getOrDefault(w, w);
        return s.substring(0, Math.min(STEM, s.length()));
    }

    /**
     * True when the article of {@code a} names every word of {@code b}'s cause somewhere: a stop
     * of services may have had two causes in turn ("a fallen tree, then a signal failure"), and an
     * article that tells both takes no side.
     */
    private static boolean names(CaseClaims in, Caused a, Caused b) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : in.text(a.claim().article()).text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            words.add(stem(w));
        }
        return words.containsAll(b.cause());
    }

    /** The stem of an accident as a cause: "was accidental" sets it against arson only. */
    private static final String ACCIDENT = stem("accidental");
    /** The stem of a fire set on purpose. */
    private static final String ARSON = stem("arson");

    /**
     * True when one cause is only "an accident" and the other is no arson: "was accidental" and
     * "caused by an electrical fault" can both be true.
     */
    private static boolean accidentBeside(Set<String> a, Set<String> b) {
        return a.equals(Set.of(ACCIDENT)) && !b.contains(ARSON) || b.equals(Set.of(ACCIDENT)) && !a.contains(ARSON);
    }

    /** One finding for one thing's causes, each article's first, when two share no word. */
    private static java.util.Optional<Contradiction> contradiction(String thing, List<Caused> all, CaseClaims in) {
        Map<String, Caused> firsts = new TreeMap<>();
        all.forEach(c -> firsts.putIfAbsent(c.claim().article(), c));
        List<Caused> sorted = firsts.values().stream()
                .sorted(java.util.Comparator.comparing((Caused c) -> c.claim().evidence())).toList();
        boolean apart = false;
        for (int i = 0; i < sorted.size() && !apart; i++) {
            for (int j = i + 1; j < sorted.size() && !apart; j++) {
                Set<String> shared = new TreeSet<>(sorted.get(i).cause());
                shared.retainAll(sorted.get(j).cause());
                apart = shared.isEmpty() && in.sameIncident(sorted.get(i).claim().article(), sorted.get(j).claim().article())
                        && !accidentBeside(sorted.get(i).cause(), sorted.get(j).cause())
                        && !(thing.equals(DISRUPTION) && (names(in, sorted.get(i), sorted.get(j)) || names(in, sorted.get(j), sorted.get(i))));
            }
        }
        if (!apart) {
            return java.util.Optional.empty();
        }
        List<Contradiction.Value> values = sorted.stream().map(c -> new Contradiction.Value(c.claim().evidence(), c.written())).toList();
        String listed = sorted.stream().map(c -> "\u201c" + c.written() + "\u201d (" + c.claim().article() + ")")
                .collect(java.util.stream.Collectors.joining(" vs "));
        List<String> ids = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return java.util.Optional.of(new Contradiction(Ids.of("x", ids), "cause of the " + thing, ContradictionKind.ENTITY,
                "Articles give different causes for the " + thing + ": " + listed
                        + ". Check which cause the investigators have confirmed.", values));
    }
}
