package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Title;

/**
 * The same office held by a name spelled two ways: "Mayor Johan Lindqvist" against "Mayor
 * Johan Lindkvist". The first names are the same, the last names one or two letters apart
 * (names the case file declares as variants are already one name and never differ).
 */
final class NameSpellings implements ContradictionRule {
    /** Letters two spellings of one surname may differ by. */
    static final int MAX_EDITS = 2;
    /** Shortest surname compared: short names differ in a letter and are other people. */
    static final int MIN_LENGTH = 5;

    private record Found(Claim claim, Title title) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Claim> claims = in.claims();
        // office -> person -> first title seen (claims come in article and sentence order)
        Map<String, Map<String, Found>> byOffice = new TreeMap<>();
        for (Claim c : claims) {
            for (Title t : c.titles()) {
                byOffice.computeIfAbsent(t.office(), k -> new TreeMap<>()).putIfAbsent(t.person(), new Found(c, t));
            }
        }
        List<Contradiction> out = new ArrayList<>();
        Set<String> told = new java.util.TreeSet<>();
        byOffice.forEach((office, byPerson) -> {
            List<Found> found = List.copyOf(byPerson.values());
            for (int i = 0; i < found.size(); i++) {
                for (int j = i + 1; j < found.size(); j++) {
                    Found a = found.get(i);
                    Found b = found.get(j);
                    if (a.claim().article().equals(b.claim().article())) {
                        continue;
                    }
                    if (spelledTwoWays(a.title().person(), b.title().person())) {
                        out.add(contradiction(office, a, b));
                        told.add(pairKey(a.title().person(), b.title().person()));
                    } else if (namedTwoWays(in, a, b)) {
                        out.add(TwoSides.of("name of the " + office, ContradictionKind.ENTITY,
                                new Contradiction.Value(a.claim().evidence(), a.title().name()),
                                new Contradiction.Value(b.claim().evidence(), b.title().name()),
                                "The " + office + " who did this has one first name and two surnames: ", " and ",
                                ". Check who it was with an official source."));
                        told.add(pairKey(a.title().person(), b.title().person()));
                    }
                }
            }
        });
        out.addAll(people(in, told));
        return out;
    }

    /** A first name and a surname as written: "Dana Whitcombe". */
    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\b");

    /**
     * A person's surname spelled two ways where no office names them: "Dana Whitcombe" in one
     * article, "Dana Whitcomb" in another. Each article keeps to one spelling, neither word is
     * ever written in lower case in the case (so "Fire Service" and "Fire Services" are not
     * names), and one spelling is not the other's plural nor the other with a letter doubled.
     */
    private static List<Contradiction> people(CaseClaims in, Set<String> told) {
        Map<String, Map<String, Claim>> bySpelling = new TreeMap<>(); // "First Last" -> article -> first claim naming it
        for (Claim c : in.claims()) {
            java.util.regex.Matcher m = PERSON.matcher(c.evidence().text());
            while (m.find()) {
                bySpelling.computeIfAbsent(m.group(1) + " " + m.group(2), k -> new TreeMap<>()).putIfAbsent(c.article(), c);
            }
        }
        StringBuilder all = new StringBuilder();
        in.texts().values().forEach(t -> all.append(t.text()).append('\n'));
        String texts = all.toString();
        // Only spellings of one first name are compared: all pairs of a newsroom case's names would not scale.
        Map<String, List<String>> byFirstName = new TreeMap<>();
        bySpelling.keySet().forEach(n -> byFirstName.computeIfAbsent(n.substring(0, n.indexOf(' ')), k -> new ArrayList<>()).add(n));
        List<Contradiction> out = new ArrayList<>();
        for (List<String> spellings : byFirstName.values()) {
            for (int i = 0; i < spellings.size(); i++) {
                for (int j = i + 1; j < spellings.size(); j++) {
                    String a = spellings.get(i);
                    String b = spellings.get(j);
                    String la = a.substring(a.indexOf(' ') + 1);
                    String lb = b.substring(b.indexOf(' ') + 1);
                    String key = pairKey(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT));
                    if (told.contains(key) || !spelledTwoWays(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT))
                            || plural(la, lb) || doubled(la, lb) || title(a.substring(0, a.indexOf(' ')))
                            || inLowerCase(texts, a.substring(0, a.indexOf(' ')))
                            || inLowerCase(texts, la) || inLowerCase(texts, lb)
                            || bothIn(in, bySpelling.get(a).keySet(), lb) || bothIn(in, bySpelling.get(b).keySet(), la)) {
                        continue;
                    }
                    List<Contradiction.Value> values = new ArrayList<>();
                    bySpelling.get(a).values().forEach(c -> values.add(new Contradiction.Value(c.evidence(), a)));
                    bySpelling.get(b).values().forEach(c -> values.add(new Contradiction.Value(c.evidence(), b)));
                    values.sort(java.util.Comparator.comparing(Contradiction.Value::evidence));
                    String explanation = "A surname is spelled two ways: " + a + " ("
                            + Prose.articleList(List.copyOf(bySpelling.get(a).keySet())) + ") and " + b + " ("
                            + Prose.articleList(List.copyOf(bySpelling.get(b).keySet())) + "). Check the spelling with an official source.";
                    out.add(new Contradiction(Ids.contradiction("entity", values), "spelling of " + a.substring(0, a.indexOf(' '))
                            + "'s surname", ContradictionKind.ENTITY, explanation, values));
                }
            }
        }
        return out;
    }

    /**
     * True when two articles give one office and one first name two different surnames in
     * sentences that tell the same thing ("Constable Rhys Oduya jumped into the canal to rescue
     * a driver" / "Constable Rhys Okafor pulled the driver from the canal"): one person named two
     * ways. Neither article names the other surname anywhere (then they are two people), and two
     * sentences that tell different things may be of two holders of a common rank.
     */
    private static boolean namedTwoWays(CaseClaims in, Found a, Found b) {
        String[] x = a.title().person().split(" ");
        String[] y = b.title().person().split(" ");
        if (x.length < 2 || y.length < 2 || !x[0].equals(y[0]) || x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        String lastA = lastWord(a.title().name());
        String lastB = lastWord(b.title().name());
        return !written(in.text(a.claim().article()).text(), lastB) && !written(in.text(b.claim().article()).text(), lastA)
                && in.sameIncident(a.claim().article(), b.claim().article())
                && sharedSceneWords(a, b) >= CaseClaims.SAME_ACT && FigureConflicts.sameStatement(a.claim(), b.claim(), in);
    }

    /** Distinct words of where and what two sentences share, past the office and the name ({@link CaseClaims#sharedSceneWords}). */
    private static long sharedSceneWords(Found a, Found b) {
        return CaseClaims.sharedSceneWords(a.claim(), b.claim(), CaseClaims.contentOf(a.title().office() + " "
                + a.title().name() + " " + b.title().office() + " " + b.title().name()));
    }

    /** The last word of a name as written: "Rhys Oduya" is "Oduya". */
    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    /** True when one of the articles that write one spelling writes the other surname too: two people, or a fix. */
    private static boolean bothIn(CaseClaims in, Set<String> articles, String otherSurname) {
        return articles.stream().anyMatch(article -> written(in.text(article).text(), otherSurname));
    }

    /** True for a title or an office before a name ("Mayor", "Sheriff", "Dr"), not a first name. */
    private static boolean title(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return PersonAges.TITLES.contains(w) || org.factdiff.claims.Cues.OFFICES.containsKey(List.of(w))
                || org.factdiff.claims.Cues.OFFICE_RANKS.containsKey(w);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static boolean plural(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return x.equals(y + "s") || y.equals(x + "s") || x.equals(y + "es") || y.equals(x + "es");
    }

    /**
     * True when one spelling doubles a letter of the other ("Elliot", "Elliott"): the commonest
     * slip of a name in copy, which readers take for the same name; two letters that differ are not.
     */
    private static boolean doubled(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT).replaceAll("(\\p{L})\\1", "$1");
        String y = b.toLowerCase(java.util.Locale.ROOT).replaceAll("(\\p{L})\\1", "$1");
        return x.equals(y);
    }

    /** True when the text has the word as a word of its own. */
    private static boolean written(String text, String word) {
        return java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word) + "\\b").matcher(text).find();
    }

    /** True when the case's texts write the word in lower case: a common word, not a name. */
    private static boolean inLowerCase(String texts, String word) {
        return written(texts, word.toLowerCase(java.util.Locale.ROOT));
    }

    /** True for "johan lindqvist" and "johan lindkvist"; false for two different people. */
    static boolean spelledTwoWays(String x, String y) {
        String[] a = x.split(" ");
        String[] b = y.split(" ");
        if (a.length < 2 || b.length < 2 || !a[0].equals(b[0])) {
            return false;
        }
        String la = a[a.length - 1];
        String lb = b[b.length - 1];
        if (la.equals(lb) || Math.min(la.length(), lb.length()) < MIN_LENGTH || la.charAt(0) != lb.charAt(0)) {
            return false;
        }
        return LevenshteinDistance.getDefaultInstance().apply(la, lb) <= MAX_EDITS;
    }

    private static Contradiction contradiction(String office, Found a, Found b) {
        return TwoSides.of("spelling of the " + office + "'s name", ContradictionKind.ENTITY,
                new Contradiction.Value(a.claim().evidence(), a.title().name()),
                new Contradiction.Value(b.claim().evidence(), b.title().name()),
                "The " + office + "'s name is spelled two ways: ", " and ", ". Check the spelling with an official source.");
    }
}
