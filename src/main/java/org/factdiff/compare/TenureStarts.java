package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.base.WordLists;
import org.factdiff.claims.Claim;
import org.factdiff.text.Lexicon;
import org.factdiff.text.StopWords;

/**
 * The year a named person took up a post, given two ways: "Lindqvist has led the council since
 * 2017" against "Margaret Lindqvist, who has led the region since 2013". Only a person's tenure
 * counts (led, chaired, served, held, "mayor since"), not where they lived or worked; the posts
 * must be one (a word in common, or one of them told only as "the post", "office"), so "a
 * councillor since 2009" and "has led the council since 2017" stay apart; a surname given two
 * years in one article, or two first names in the case, is left alone.
 */
final class TenureStarts implements ContradictionRule {
    /** How the topic of every finding of this rule begins. */
    static final String TOPIC = "when the tenure began";

    /** A name of one to four capitalised words, maybe with an apposition after it (", of the Heritage League,"). */
    private static final String NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3})"
            + "(?:,?\\s+(?:of|from)\\s+[^,.;]{1,40},)?";
    private static final String YEAR = "((?:19|20)\\d\\d)\\b";
    /** Verbs of holding a post, after "has" or "had". */
    private static final String TENURE_VERBS = "(?:led|headed|chaired|run|presided|served|held|represented|coached|managed"
            + "|captained|helmed|been)";
    /** "Ada Voss has led the council since 2017", "Ada Voss, who had chaired the board since 2019". */
    private static final Pattern HAS_SINCE = Pattern.compile(NAME + ",?\\s+(?:who\\s+)?(?:has|had)\\s+(" + TENURE_VERBS
            + "\\b[^,.;()]{0,60}?)\\s+since\\s+" + YEAR);
    /** "Tom Reece, mayor since 2016", "Ada Voss, the board's chair since 2019,": a post in an apposition. */
    private static final Pattern APPOSED_SINCE = Pattern.compile(NAME + ",\\s+((?:the\\s+|its\\s+|their\\s+)?"
            + "(?:[\\p{L}'\u2019-]+\\s+){0,3}?[\\p{L}'\u2019-]+)\\s+since\\s+" + YEAR);
    /** "Ada Voss, who took office in 2017", "Ada Voss, first elected in 2013,": the start told as an act. */
    private static final Pattern TOOK_UP = Pattern.compile(NAME + ",?\\s+(?:who\\s+)?(?:(?:was|were)\\s+)?"
            + "(took\\s+office|took\\s+over|took\\s+charge|took\\s+the\\s+helm|first\\s+elected)\\s+in\\s+" + YEAR);
    /**
     * "Ada Voss, who became mayor in 2019", "Ada Voss, who took charge as mayor in 2017", "was
     * appointed chief executive in 2015", "became chair of the harbour board in 2016": the start
     * told as an act with the post named after it.
     */
    private static final Pattern BECAME = Pattern.compile(NAME + ",?\\s+(?:who\\s+)?(?:(?:was|were)\\s+)?(?:first\\s+)?"
            + "(?:became|appointed|elected|named|installed\\s+as|sworn\\s+in\\s+as|took\\s+(?:office|over|charge)\\s+as)\\s+"
            + "((?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}'\u2019-]+\\s+){0,3}?[\\p{L}'\u2019-]+)(?:\\s+(?:of|for|at)\\s+[^,.;]{1,40}?)?\\s+in\\s+" + YEAR);
    /** Words naming a post held for years ({@code post-words.txt}). */
    private static final Set<String> POSTS = WordLists.set(TenureStarts.class, "post-words.txt");
    /** Words after "been" that make it a post: "been mayor", "been in office", "been the chair". */
    private static final Pattern BEEN_POST = Pattern.compile("been\\s+(?:in\\s+(?:office|charge|post|power)\\b"
            + "|at\\s+the\\s+helm\\b|on\\s+the\\s+|the\\s+|a\\s+member\\b|(?:\\p{L}+\\s+)?(?:" + String.join("|", new TreeSet<>(POSTS))
            + ")\\b)");
    /** A tenure denied: "has not led the board since 2019". */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|never|no\\s+longer)\\b");
    /** Words for a post that say nothing of which post it is: they match any post. */
    private static final Set<String> ANY_POST = Set.of("post", "job", "role", "office", "position", "helm", "charge",
            "power", "tenure");
    /** Words in a post's phrase that are no part of the post. */
    private static final Set<String> NOT_POST = Set.of("led", "headed", "chaired", "run", "presided", "served", "held",
            "represented", "coached", "managed", "captained", "helmed", "been", "over", "steady", "hand", "firm",
            "quietly", "continuously", "uninterrupted");
    /** Stems of posts that are one seat among many, which "the post" or "office" does not stand for. */
    private static final Set<String> SEATS = Set.of("councillor", "councilor", "member", "truste", "mp", "mla", "mep",
            "senat", "deputi");
    private static final Lexicon LEXICON = Lexicon.builtIn();

    /** One sentence's start of a named person's tenure. */
    private record Start(Claim claim, String first, String surname, int year, Set<String> post, String written) {
        boolean samePost(Start o) {
            if (post.isEmpty() || o.post.isEmpty()) {
                // "the post" is one that is led, not a seat among many: not "a councillor since 2009".
                return java.util.Collections.disjoint(post.isEmpty() ? o.post : post, SEATS);
            }
            for (String w : post) {
                if (o.post.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Start>> bySurname = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.furniture()) {
                continue; // a sentence denying something else ("is not backing down") may still date a tenure
            }
            for (Start s : starts(c)) {
                bySurname.computeIfAbsent(s.surname(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        bySurname.forEach((surname, starts) -> out.addAll(conflicts(in, starts)));
        return out;
    }

    /** The contradictions among one surname's starts, if they are one person's and differ between articles. */
    private static List<Contradiction> conflicts(CaseClaims in, List<Start> starts) {
        Set<String> firsts = new TreeSet<>();
        Map<String, Set<Integer>> yearsPerArticle = new TreeMap<>();
        Map<String, Start> firstPerArticle = new TreeMap<>();
        for (Start s : starts) {
            if (!s.first().isEmpty()) {
                firsts.add(s.first());
            }
            yearsPerArticle.computeIfAbsent(s.claim().article(), k -> new TreeSet<>()).add(s.year());
            firstPerArticle.putIfAbsent(s.claim().article(), s);
        }
        if (firsts.size() > 1 || yearsPerArticle.values().stream().anyMatch(y -> y.size() > 1)) {
            return List.of(); // two people of one surname, or two posts of one person
        }
        List<Start> one = new ArrayList<>(firstPerArticle.values());
        List<Contradiction> out = new ArrayList<>();
        for (List<Integer> part : Components.of(one.size(), (i, j) -> one.get(i).year() != one.get(j).year()
                && one.get(i).samePost(one.get(j))
                && in.sameIncident(one.get(i).claim().article(), one.get(j).claim().article()))) {
            List<Contradiction.Value> values = new ArrayList<>();
            Map<String, List<String>> byYear = new TreeMap<>();
            for (int k : part) {
                Start s = one.get(k);
                values.add(new Contradiction.Value(s.claim().evidence(), s.written()));
                byYear.computeIfAbsent("since " + s.year(), y -> new ArrayList<>()).add(s.claim().article());
            }
            values.sort(Comparator.comparing(Contradiction.Value::evidence));
            // The name as fully as any article gives it: "Ines Halvard", not "Halvard".
            Start any = part.stream().map(one::get).filter(s -> !s.first().isEmpty()).findFirst()
                    .orElse(one.get(part.get(0)));
            String name = PersonAges.titleCase(any.first().isEmpty() ? any.surname() : any.first() + " " + any.surname());
            String explanation = "Articles give different years for when " + name + " took up the post: "
                    + Prose.sides(byYear) + ". Check the date with the body's records.";
            out.add(new Contradiction(Ids.contradiction("date", values), TOPIC + " (" + name + ")",
                    ContradictionKind.DATE, explanation, values));
        }
        return out;
    }

    /** The named tenures a sentence gives. */
    private static List<Start> starts(Claim c) {
        String text = c.evidence().text();
        List<Start> out = new ArrayList<>();
        Matcher h = HAS_SINCE.matcher(text);
        while (h.find()) {
            String phrase = h.group(2);
            if ((!phrase.startsWith("been") || BEEN_POST.matcher(phrase).lookingAt()) && !NEGATED.matcher(phrase).find()) {
                start(c, h.group(1), phrase, h.group(3), h.group()).ifPresent(out::add);
            }
        }
        Matcher a = APPOSED_SINCE.matcher(text);
        while (a.find()) {
            if (postWord(a.group(2))) {
                start(c, a.group(1), a.group(2), a.group(3), a.group()).ifPresent(out::add);
            }
        }
        Matcher b = BECAME.matcher(text);
        while (b.find()) {
            if (postWord(b.group(2))) {
                start(c, b.group(1), b.group(2), b.group(3), b.group()).ifPresent(out::add);
            }
        }
        Matcher t = TOOK_UP.matcher(text);
        while (t.find()) {
            start(c, t.group(1), "", t.group(3), t.group()).ifPresent(out::add);
        }
        return out;
    }

    /** True when an apposition's last word names a post: "mayor", "the board's chair". */
    private static boolean postWord(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        return POSTS.contains(words[words.length - 1]);
    }

    private static Optional<Start> start(Claim c, String name, String post, String year, String written) {
        Optional<List<String>> parts = PersonAges.nameParts(name);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Set<String> held = post(post);
        if (held.isEmpty()) {
            held = post(titleOf(name)); // "Mayor Tom Reece, who has held the post since 2012" held the mayoralty
        }
        return Optional.of(new Start(c, parts.get().get(0), parts.get().get(1), Integer.parseInt(year), held,
                written.strip()));
    }

    /** The words of a post that lead a name ("Mayor Tom Reece", "Chief Executive Dana Pryce"); empty if none. */
    private static String titleOf(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!POSTS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            out.append(w).append(' ');
        }
        return out.toString();
    }

    /** A post's words as compared (stems of its content words); empty when it says only "the post". */
    private static Set<String> post(String phrase) {
        Set<String> out = new TreeSet<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty() || StopWords.contains(w) || NOT_POST.contains(w)) {
                continue;
            }
            if (ANY_POST.contains(w)) {
                return Set.of();
            }
            out.add(LEXICON.norm(w));
        }
        return out;
    }
}
