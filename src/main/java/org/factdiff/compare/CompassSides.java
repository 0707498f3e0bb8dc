package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * Which side of a place something happened on, given as two compass points in one statement:
 * "lava was flowing down the volcano's southern flank" against "lava was moving down Mount
 * Serak's northern flank"; "a fire on the east side of town" against "on the west side of
 * town"; "struck 40 km north of Tarvel" against "40 km south of Tarvel". Only sides a quarter
 * turn apart or more conflict ("northern" and "north-eastern" may be one), only in sentences
 * that say the same thing, and an article naming two sides of one kind takes no side.
 */
final class CompassSides implements ContradictionRule {
    /** "the southern flank", "the north-east side", "its western slope". */
    private static final Pattern SIDE = Pattern.compile("(?i)\\b((?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)"
            + "\\s+(flank|flanks|slope|slopes|side|face|end|edge|shore|bank|outskirts|wing|tip|approach|approaches)\\b");
    /**
     * A distance and a compass point from a named place: "struck 40 km north of Tarvel",
     * "centred about 25 miles south-west of Port Avel". The distance is needed: "a village north
     * of Tarvel" names a place, not where the event was.
     */
    private static final Pattern OF_PLACE = Pattern.compile("\\b\\d[\\d,.]*\\s*(?:-\\s*)?(?:km|kilometres|kilometers|kilometre|kilometer"
            + "|miles|mile|mi)\\s+((?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?|[Ee]ast|[Ww]est)\\s+of\\s+"
            + "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)?)");

    /** Parts of one kind: a mountain's flank is its slope or its side. */
    private static final Map<String, String> PART_KINDS = Map.ofEntries(Map.entry("flanks", "flank"),
            Map.entry("slope", "flank"), Map.entry("slopes", "flank"), Map.entry("face", "flank"),
            Map.entry("approaches", "approach"), Map.entry("bank", "shore"), Map.entry("edge", "outskirts"));
    /** Compass points in degrees: a quarter turn apart or more is another side. */
    private static final Map<String, Integer> BEARINGS = Map.of("north", 0, "northeast", 45, "east", 90, "southeast", 135,
            "south", 180, "southwest", 225, "west", 270, "northwest", 315);
    private static final int QUARTER = 90;

    /** One sentence's side of one kind of part. */
    private record Side(Claim claim, String part, String point, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Side> readings = new ArrayList<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture()) {
                continue;
            }
            Matcher m = SIDE.matcher(c.evidence().text().replace('\n', ' '));
            while (m.find()) {
                String part = m.group(2).toLowerCase(Locale.ROOT);
                readings.add(new Side(c, PART_KINDS.getOrDefault(part, part), point(m.group(1)), m.group().strip()));
            }
            Matcher of = OF_PLACE.matcher(c.evidence().text().replace('\n', ' '));
            while (of.find()) {
                readings.add(new Side(c, "side of " + of.group(2), point(of.group(1)), of.group().strip()));
            }
        }
        List<Contradiction> out = new ArrayList<>();
        for (Map<String, List<Side>> byArticle : OneStatement.groups(readings, Side::claim, (a, b) -> a.part().equals(b.part()), in)) {
            List<Integer> bearings = byArticle.values().stream().filter(l -> l.stream().map(Side::point).distinct().count() == 1)
                    .map(l -> BEARINGS.get(l.get(0).point())).distinct().toList();
            if (!quarterApart(bearings)) {
                continue; // "northern" and "north-eastern" flanks may be one
            }
            OneValueEach.finding(in, byArticle, Side::claim, Side::point, Side::point, Side::written,
                    s -> "which " + s.part(),
                    (s, sides) -> "Articles put it on different sides: " + sides + ". Check a map or the authorities' statement.")
                    .ifPresent(out::add);
        }
        return out;
    }

    /** "North-eastern" is "northeast". */
    private static String point(String written) {
        return written.toLowerCase(Locale.ROOT).replace("-", "").replaceFirst("ern$", "");
    }

    private static boolean quarterApart(List<Integer> bearings) {
        for (int a : bearings) {
            for (int b : bearings) {
                int d = Math.abs(a - b) % 360;
                if (Math.min(d, 360 - d) >= QUARTER) {
                    return true;
                }
            }
        }
        return false;
    }
}
