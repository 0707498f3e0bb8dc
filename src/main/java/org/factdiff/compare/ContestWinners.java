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

/**
 * One contest given two winners: "Pavel Kovar won the ninth stage of the Tour of Ardenvale"
 * against "Tomas Reyes won the ninth stage of the Tour of Ardenvale"; "the women's race was won
 * by Marta Ilves" against "Ana Ruiz won the women's race". The contest is named by the words
 * after "won the" up to a word of place or time, and must be named alike, with two words or
 * more, so that "the stage" and "the overall title", or the men's and the women's race, stay
 * apart. An article naming two winners of one contest, a sentence of another occasion, a
 * negated or a hedged one are left alone.
 */
final class ContestWinners implements ContradictionRule {
    /** A name of one to three capitalised words. */
    private static final String NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})";
    /**
     * The contest: up to six words after "the", ended by a word of place, time or manner. Each
     * word is taken whole (possessively): a long word split every way into up to six pieces
     * made the search run for minutes on a fuzzed text.
     */
    private static final String CONTEST = "((?:(?!(?:at|on|in|with|after|by|for|as|when|while|and|but|despite|ahead|to)\\b)"
            + "[\\p{L}\\p{N}'\u2019-]++\\s*){2,6})";
    /** "Pavel Kovar won the ninth stage of the Tour of Ardenvale on Thursday". */
    private static final Pattern WON = Pattern.compile(NAME + "(?:,[^,]{1,60},)?\\s+(?:won|clinched|claimed|took)\\s+the\\s+"
            + CONTEST);
    /** "The women's race was won by Marta Ilves", "the third stage of the Tour of Harwick was won by Ada Volk". */
    private static final Pattern WON_BY = Pattern.compile("\\b[Tt]he\\s+" + CONTEST + "[^,.;]{0,60}?\\s*was\\s+won\\s+by\\s+" + NAME);
    /**
     * A winner declared: "a recount confirmed incumbent Ida Marsh as the winner", "Ida Marsh was
     * declared the winner of the mayoral election". A pluperfect ("had been declared the winner on
     * election night") tells a result since overturned, and is not read.
     */
    private static final Pattern DECLARED = Pattern.compile("\\b(?:confirmed|declared|named|proclaimed)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}"
            + NAME + "\\s+(?:as\\s+)?the\\s+(?:\\p{Ll}+\\s+)?winner(?:\\s+of\\s+the\\s+" + CONTEST + ")?");
    /** "Ida Marsh was declared the winner", "Ida Marsh, the incumbent, has been confirmed as the winner of the race". */
    private static final Pattern DECLARED_PASSIVE = Pattern.compile(NAME + "(?:,[^,]{1,60},)?\\s+(?:was|has\\s+been|is)\\s+"
            + "(?:declared|confirmed|named|proclaimed)\\s+(?:as\\s+)?the\\s+(?:\\p{Ll}+\\s+)?winner(?:\\s+of\\s+the\\s+" + CONTEST + ")?");
    /** A contest named in the sentence, for a winner declared without one: "a recount of Sunday's mayoral election". */
    private static final Pattern CONTEST_NOUN = Pattern.compile("((?:[\\p{L}'\u2019-]+\\s+){0,2})(election|race|contest|ballot|primary"
            + "|runoff|run-off|by-election|poll|final|tournament|championship|competition)\\b");

    /** Words of function left out of a contest's key: "the ninth stage of the Tour" is "ninth stage tour". */
    private static final Set<String> FILLERS = Set.of("the", "of", "a", "an");

    /** One sentence's winner of a contest. */
    private record Won(Claim claim, String contest, String winner, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // contest -> article -> winners
        Map<String, Map<String, List<Won>>> byContest = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || !c.hedge().isEmpty() || c.furniture()) {
                continue;
            }
            for (Won w : winners(c)) {
                byContest.computeIfAbsent(w.contest(), k -> new TreeMap<>())
                        .computeIfAbsent(c.article(), k -> new ArrayList<>()).add(w);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byContest.forEach((contest, byArticle) -> {
            Map<String, Won> firsts = new TreeMap<>();
            byArticle.forEach((article, all) -> {
                Set<String> names = new TreeSet<>();
                all.forEach(w -> names.add(surname(w.winner())));
                if (names.size() == 1) {
                    firsts.put(article, all.get(0)); // an article naming two winners tells two contests
                }
            });
            conflict(contest, firsts, in).ifPresent(out::add);
        });
        return out;
    }

    /** The winners a sentence names, with the contest each won. */
    private static List<Won> winners(Claim c) {
        String text = c.evidence().text();
        List<Won> out = new ArrayList<>();
        Matcher m = WON.matcher(text);
        while (m.find()) {
            contest(m.group(2)).ifPresent(k -> out.add(new Won(c, k, m.group(1), text.substring(m.start(), m.end()).strip())));
        }
        Matcher p = WON_BY.matcher(text);
        while (p.find()) {
            contest(p.group(1)).ifPresent(k -> out.add(new Won(c, k, p.group(2), text.substring(p.start(), p.end()).strip())));
        }
        for (Pattern declared : List.of(DECLARED, DECLARED_PASSIVE)) {
            Matcher d = declared.matcher(text);
            while (d.find()) {
                java.util.Optional<String> contest = d.group(2) != null ? contest(d.group(2)) : namedContest(text);
                contest.ifPresent(k -> out.add(new Won(c, k, d.group(1), text.substring(d.start(), d.end()).strip())));
            }
        }
        return out;
    }

    /**
     * The contest a sentence names by its noun, with the lower-case words before it: "a recount
     * of Sunday's mayoral election" gives "mayoral election"; empty when no such words stand
     * before the noun ("the election").
     */
    private static java.util.Optional<String> namedContest(String text) {
        Matcher m = CONTEST_NOUN.matcher(text);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        for (String w : m.group(1).strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !FILLERS.contains(w) && !PREPOSITIONS.contains(w)) {
                kept.add(w);
            } else {
                kept.clear(); // "a recount of Sunday's mayoral election": only the words right before the noun
            }
        }
        kept.add(m.group(2).toLowerCase(Locale.ROOT));
        return contest(String.join(" ", kept));
    }

    /** Words that end the words before a contest's noun: "of", "in". */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "for", "at", "on", "after", "by", "to");

    /**
     * The contest's key: its words in lower case without words of function; empty when fewer than
     * two are left. A place's name before words in lower case is left out when two words stay:
     * "the Hallby mayoral election" is the "mayoral election" of a sentence that names Hallby after it.
     */
    private static java.util.Optional<String> contest(String words) {
        List<String> kept = new ArrayList<>();
        String[] all = words.strip().split("\\s+");
        int from = 0;
        while (from < all.length && !all[from].isEmpty() && Character.isUpperCase(all[from].charAt(0))) {
            from++;
        }
        long lowerAfter = java.util.Arrays.stream(all).skip(from).filter(w -> !FILLERS.contains(w)).count();
        boolean allLower = java.util.Arrays.stream(all).skip(from).allMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)));
        if (from == 0 || from == all.length || lowerAfter < 2 || !allLower) {
            from = 0; // "the Tour of Ardenvale": a name that is the contest's own
        }
        for (String w : java.util.Arrays.copyOfRange(all, from, all.length)) {
            w = w.toLowerCase(Locale.ROOT);
            if (!FILLERS.contains(w) && !w.isEmpty()) {
                kept.add(w.replaceAll("['\u2019]s$", ""));
            }
        }
        return kept.size() >= 2 ? java.util.Optional.of(String.join(" ", kept)) : java.util.Optional.empty();
    }

    private static String surname(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
    }

    /** One finding for a contest whose articles name different winners, each article's first. */
    private static java.util.Optional<Contradiction> conflict(String contest, Map<String, Won> firsts, CaseClaims in) {
        Map<String, List<String>> byWinner = new TreeMap<>();
        firsts.forEach((article, w) -> byWinner.computeIfAbsent(surname(w.winner()), k -> new ArrayList<>()).add(article));
        if (byWinner.size() < 2 || !in.oneIncident(List.copyOf(firsts.keySet()))) {
            return java.util.Optional.empty();
        }
        List<Won> sorted = firsts.values().stream().sorted(java.util.Comparator.comparing((Won w) -> w.claim().evidence())).toList();
        List<Contradiction.Value> values = sorted.stream()
                .map(w -> new Contradiction.Value(w.claim().evidence(), w.winner())).toList();
        Map<String, List<String>> sides = new TreeMap<>();
        sorted.forEach(w -> sides.computeIfAbsent(w.winner(), k -> new ArrayList<>()).add(w.claim().article()));
        List<String> ids = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
        return java.util.Optional.of(new Contradiction(Ids.of("x", ids), "who won the " + contest, ContradictionKind.ENTITY,
                "Articles name different winners of the " + contest + ": " + Prose.sides(sides)
                        + ". Check the official results.", values));
    }
}
