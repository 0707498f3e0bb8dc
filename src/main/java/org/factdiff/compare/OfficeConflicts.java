package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;
import org.factdiff.claims.Title;

/**
 * The same person given different public offices by different articles: "Sheriff Quentin
 * Miller" against "the local police chief, Quentin Miller". An article that gives the person
 * both offices is not set against the others; staff roles ("spokesman") are not offices.
 */
final class OfficeConflicts implements ContradictionRule {
    /** One article's title for a person, with the claim it stands in. */
    private record Found(Claim claim, Title title) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Claim> claims = in.claims();
        // person -> article -> office -> first title
        Map<String, Map<String, Map<String, Found>>> byPerson = new TreeMap<>();
        for (Claim c : claims) {
            for (Title t : c.titles()) {
                if (c.otherOccasion() && t.phrase().text().contains(" as ")) {
                    continue; // "joined Tarby Town as assistant coach in 2019": an office taken up then, maybe left since
                }
                Found f = new Found(c, t);
                byPerson.computeIfAbsent(t.person(), k -> new TreeMap<>())
                        .computeIfAbsent(c.article(), k -> new TreeMap<>()).putIfAbsent(office(f), f);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byPerson.forEach((person, byArticle) -> {
            if (!disjointPair(byArticle)) {
                return;
            }
            List<Contradiction.Value> values = new ArrayList<>();
            Map<String, List<String>> articlesByOffice = new LinkedHashMap<>();
            String name = null;
            for (Map.Entry<String, Map<String, Found>> e : byArticle.entrySet()) {
                for (Map.Entry<String, Found> o : e.getValue().entrySet()) {
                    Found f = o.getValue();
                    values.add(new Contradiction.Value(clause(f), written(f)));
                    articlesByOffice.computeIfAbsent(o.getKey(), k -> new ArrayList<>()).add(e.getKey());
                    name = name == null ? f.title().name() : name;
                }
            }
            values.sort(Comparator.comparing(Contradiction.Value::evidence));
            String explanation = "Articles give " + name + " different offices: " + articlesByOffice.entrySet().stream()
                    .sorted(Comparator.comparingInt(e -> e.getValue().size()))
                    .map(e -> Prose.articles(e.getValue()) + (e.getValue().size() == 1 ? " says " : " say ")
                            + "\u201C" + e.getKey() + "\u201D").collect(Collectors.joining("; ")) + ".";
            List<String> parts = new ArrayList<>(List.of("office", person));
            values.forEach(v -> parts.add(v.evidence().article() + ":" + v.value()));
            out.add(new Contradiction(Ids.of("x", parts), "the office of " + name, ContradictionKind.ENTITY, explanation,
                    values));
        });
        return out;
    }

    /** The office a title gives, with its portfolio: "health minister". */
    private static String office(Found f) {
        Set<String> p = portfolio(f);
        return p.isEmpty() ? f.title().office() : String.join(" ", p) + " " + f.title().office();
    }

    /** The title as the sentence writes it, with its portfolio: "Health Minister Iris Kalm". */
    private static String written(Found f) {
        String text = f.claim().evidence().text();
        int start = f.title().phrase().start() - f.claim().evidence().start();
        int from = start;
        if (!portfolio(f).isEmpty()) {
            Matcher m = PORTFOLIO.matcher(text.substring(0, start));
            from = m.find() ? m.start(1) : start;
        }
        return text.substring(from, start) + f.title().phrase().text();
    }

    /** Punctuation that bounds the clause a title stands in. */
    private static final String CLAUSE_MARKS = ",;:\"\u201C\u201D()";

    /**
     * The clause of the sentence that holds the title, as evidence: "repeating a number cited
     * by Sheriff Quentin Miller at an earlier media briefing" rather than the whole sentence,
     * whose other facts are not what this finding is about.
     */
    private static org.factdiff.text.Excerpt clause(Found f) {
        org.factdiff.text.Excerpt sentence = f.claim().evidence();
        String text = sentence.text();
        int from = f.title().phrase().start() - sentence.start();
        int to = f.title().phrase().end() - sentence.start();
        while (from > 0 && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        while (to < text.length() && CLAUSE_MARKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '.')) {
            to--;
        }
        return new org.factdiff.text.Excerpt(sentence.article(), sentence.start() + from, sentence.start() + to,
                text.substring(from, to));
    }

    /** True when two articles give the person offices that have none in common. */
    private static boolean disjointPair(Map<String, Map<String, Found>> byArticle) {
        List<Map<String, Found>> sets = new ArrayList<>(byArticle.values());
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                Map<String, Found> b = sets.get(j);
                if (sets.get(i).values().stream().noneMatch(x -> b.values().stream().anyMatch(y -> compatible(x, y)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when two titles may name one office: the same office, and portfolios of which one
     * holds the other ("Minister" and "Health Minister", "State Health Minister" and "Health
     * Minister"); "Health Minister" and "Finance Minister" are two offices.
     */
    private static boolean compatible(Found x, Found y) {
        String ox = x.title().office();
        String oy = y.title().office();
        if (concurrent(ox, oy)) {
            return true;
        }
        if (!ox.equals(oy)) {
            return false;
        }
        Set<String> px = portfolio(x);
        Set<String> py = portfolio(y);
        return px.containsAll(py) || py.containsAll(px);
    }

    /**
     * True when one person may hold both offices at once: a pair in {@code
     * concurrent-offices.txt}, or an acting office, held on top of the person's own.
     */
    static boolean concurrent(String a, String b) {
        return a.startsWith(ACTING) || b.startsWith(ACTING) || CONCURRENT.contains(a + "|" + b)
                || CONCURRENT.contains(b + "|" + a);
    }

    private static final String ACTING = "acting ";

    /** Pairs of offices one person commonly holds at once, as "a|b". */
    private static final Set<String> CONCURRENT = concurrentOffices();

    private static Set<String> concurrentOffices() {
        Set<String> out = new TreeSet<>();
        for (List<String> pair : org.factdiff.base.WordLists.groups(OfficeConflicts.class, "concurrent-offices.txt")) {
            out.add(pair.get(0) + "|" + pair.get(1));
        }
        return Set.copyOf(out);
    }

    /**
     * Capitalised words right before a title that say what the office is for: "Health" of
     * "Health Minister Iris Kalm", "Transport and Marine" of "Transport and Marine Minister".
     */
    private static final Pattern PORTFOLIO = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:and|&)\\s+)?){1,2}(?:\\p{Lu}[\\p{L}-]*\\s+)?)$");

    /** Words of a portfolio read in lower case ({@code portfolios.txt}). */
    private static final Set<String> PORTFOLIOS = org.factdiff.base.WordLists.set(OfficeConflicts.class, "portfolios.txt");

    /** The words of the portfolio written before a title, lower case, without ranks, days, nationalities or words of function. */
    static Set<String> portfolio(Found f) {
        String text = f.claim().evidence().text();
        int at = f.title().phrase().start() - f.claim().evidence().start();
        Set<String> out = new TreeSet<>();
        if (at <= 0 || at > text.length()) {
            return out;
        }
        // In lower case, from portfolios.txt: up to two words before the title ("State agriculture
        // minister Raghav Deshmane") and the words of the title itself ("Raghav Deshmane, the
        // state's irrigation minister"), not those of the office ("Chief Justice").
        String[] lead = text.substring(0, at).strip().split("\\s+");
        for (int k = Math.max(0, lead.length - 2); k < lead.length; k++) {
            String l = lead[k].toLowerCase(Locale.ROOT);
            if (PORTFOLIOS.contains(l)) {
                out.add(l);
            }
        }
        Set<String> office = Set.of(f.title().office().split(" "));
        for (String w : f.title().phrase().text().split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && PORTFOLIOS.contains(w) && !office.contains(w)) {
                out.add(w);
            }
        }
        Matcher m = PORTFOLIO.matcher(text.substring(0, at));
        if (!m.find()) {
            return out;
        }
        boolean opensSentence = m.start() == 0;
        for (String w : m.group(1).strip().split("\\s+")) {
            String l = w.toLowerCase(Locale.ROOT);
            if (opensSentence && !PORTFOLIOS.contains(l)) {
                opensSentence = false;
                continue; // "Club chairman X": a sentence's first word is capitalised whatever it is
            }
            opensSentence = false;
            if (!org.factdiff.text.StopWords.contains(l) && !Cues.NATIONALITIES.containsKey(l) && !Cues.WEEKDAYS.contains(l)
                    && !Cues.MONTHS.contains(l) && !Cues.FORMER.contains(l) && !Cues.OFFICE_RANKS.containsKey(l)) {
                out.add(l);
            }
        }
        return out;
    }
}
