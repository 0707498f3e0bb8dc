package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;

/**
 * One ship given two flags: "the Liberian-flagged cargo ship Nordic Ember" against "the
 * Panamanian-flagged freighter Nordic Ember". The ship is named by the capitalised words after
 * its description; an article that gives one ship two flags (a change of registry) is left alone.
 */
final class VesselFlags implements ContradictionRule {
    /** "Liberian-flagged cargo ship Nordic Ember": the flag's adjective, then up to three words, then the name. */
    private static final Pattern FLAGGED = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)-flagged\\s+(?:[\\p{Ll}-]+\\s+){0,3}"
            + "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})");

    /** One sentence's flag for a named ship. */
    private record Flag(Claim claim, String ship, String country, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // ship -> article -> flags
        Map<String, Map<String, List<Flag>>> byShip = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture()) {
                continue;
            }
            Matcher m = FLAGGED.matcher(c.evidence().text());
            while (m.find()) {
                String country = Cues.NATIONALITIES.get(m.group(1).toLowerCase(Locale.ROOT));
                if (country != null) {
                    String ship = m.group(2).toLowerCase(Locale.ROOT);
                    byShip.computeIfAbsent(ship, k -> new TreeMap<>()).computeIfAbsent(c.article(), k -> new ArrayList<>())
                            .add(new Flag(c, m.group(2), country, m.group().strip()));
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byShip.forEach((ship, byArticle) -> {
            Map<String, Flag> firsts = new TreeMap<>();
            byArticle.forEach((article, flags) -> {
                if (flags.stream().map(Flag::country).distinct().count() == 1) {
                    firsts.put(article, flags.get(0));
                }
            });
            Map<String, List<String>> sides = new TreeMap<>();
            firsts.forEach((article, f) -> sides.computeIfAbsent(f.country(), k -> new ArrayList<>()).add(article));
            if (sides.size() < 2 || !in.oneIncident(List.copyOf(firsts.keySet()))) {
                return;
            }
            List<Flag> sorted = firsts.values().stream().sorted(java.util.Comparator.comparing((Flag f) -> f.claim().evidence())).toList();
            List<Contradiction.Value> values = sorted.stream().map(f -> new Contradiction.Value(f.claim().evidence(), f.written())).toList();
            List<String> ids = values.stream().map(v -> v.evidence().article() + ":" + v.value()).toList();
            String name = sorted.get(0).ship();
            out.add(new Contradiction(Ids.of("x", ids), "flag of the " + name, ContradictionKind.ENTITY,
                    "Articles give the " + name + " different flags: " + Prose.sides(sides)
                            + ". Check the ship's registry.", values));
        });
        return out;
    }
}
