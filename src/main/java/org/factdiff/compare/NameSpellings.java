package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        byOffice.forEach((office, byPerson) -> {
            List<Found> found = List.copyOf(byPerson.values());
            for (int i = 0; i < found.size(); i++) {
                for (int j = i + 1; j < found.size(); j++) {
                    Found a = found.get(i);
                    Found b = found.get(j);
                    if (!a.claim().article().equals(b.claim().article()) && spelledTwoWays(a.title().person(), b.title().person())) {
                        out.add(contradiction(office, a, b));
                    }
                }
            }
        });
        return out;
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
