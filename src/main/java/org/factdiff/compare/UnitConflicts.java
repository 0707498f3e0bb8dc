package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;

/**
 * One figure given in two units: "€40 million" against "£40 million", "12 centimetres of snow"
 * against "12 inches of snow". The number is the same and the unit differs, the slip of a copy
 * editor or of a conversion never made. It is read only where each article writes every figure
 * of that kind in one unit of its own: an article that gives both units ("€40 million (£34
 * million)") converts, and one that mixes them tells of two things.
 */
final class UnitConflicts implements ContradictionRule {
    /** The first number of a figure's words, as written: "12" of "About 12 centimetres". */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    /** One figure: its kind ("money", "kilometres"), its unit as written, and its number as written. */
    private record Written(Claim claim, Quantity quantity, String kind, String unit, String number, String rest) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // kind -> article -> units it writes that kind in, over all its figures.
        Map<String, Map<String, Set<String>>> unitsUsed = new TreeMap<>();
        List<Written> found = new ArrayList<>();
        for (Claim c : in.claims()) {
            for (Quantity q : c.quantities()) {
                Written w = written(c, q);
                if (w == null) {
                    continue;
                }
                unitsUsed.computeIfAbsent(w.kind(), k -> new TreeMap<>()).computeIfAbsent(c.article(), k -> new TreeSet<>())
                        .add(w.unit());
                if (!c.otherOccasion() && !q.part() && !q.earlier() && q.context().isEmpty()) {
                    found.add(w);
                }
            }
        }
        // The same number of one kind of figure, told alike but for the unit: each article's first
        // such figure, joined to those in another unit; each joined group is one finding.
        Map<String, Map<String, Written>> byFigure = new TreeMap<>();
        for (Written w : found) {
            if (onlyUnit(unitsUsed, w)) {
                byFigure.computeIfAbsent(w.kind() + "|" + w.number() + "|" + w.rest(), k -> new TreeMap<>())
                        .putIfAbsent(w.claim().article(), w);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        for (Map<String, Written> byArticle : byFigure.values()) {
            List<Written> ws = new ArrayList<>(byArticle.values());
            if (ws.stream().map(Written::unit).distinct().count() < 2) {
                continue;
            }
            Components joined = new Components(ws.size());
            for (int i = 0; i < ws.size(); i++) {
                for (int j = i + 1; j < ws.size(); j++) {
                    if (!ws.get(i).unit().equals(ws.get(j).unit())
                            && in.sameIncident(ws.get(i).claim().article(), ws.get(j).claim().article())) {
                        joined.join(i, j);
                    }
                }
            }
            for (List<Integer> part : joined.parts()) {
                out.add(contradiction(part.stream().map(ws::get).toList()));
            }
        }
        return out;
    }

    /** The figure's kind, unit and number as written, or null for a count or a figure in no unit. */
    private static Written written(Claim c, Quantity q) {
        Matcher n = NUMBER.matcher(q.evidence().text());
        if (!n.find() || q.clock()) {
            return null;
        }
        String number = n.group().replace(",", "");
        String thing = q.thing();
        if (thing.startsWith(MONEY)) {
            String[] parts = thing.substring(MONEY.length()).split(" ", 2);
            // "€40 million" and "£40 million": the scale is read into the value, which must agree.
            return new Written(c, q, "money", parts[0], number + "@" + q.value(),
                    q.event() + "|" + (parts.length > 1 ? parts[1] : ""));
        }
        String unit = q.unitWritten();
        if (unit == null || unit.startsWith("percent")) {
            return null;
        }
        String[] parts = thing.split(" ", 2);
        if (DURATIONS.contains(parts[0]) || Double.parseDouble(number) < SMALLEST) {
            return null; // "two hours" and "two days" of one story most often time two things
        }
        return new Written(c, q, parts[0], unit, number,
                q.event() + "|" + (parts.length > 1 ? parts[1] : ""));
    }

    private static final String MONEY = "money ";
    /** Kinds of measure that time things: a story tells of many, in hours and in days. */
    private static final Set<String> DURATIONS = Set.of("minutes", "months");
    /** Smallest measure read: "1 km" and "1 mile" of one story may well be two distances. */
    private static final double SMALLEST = 3;

    /** True when the figure's article writes every figure of its kind in the one unit. */
    private static boolean onlyUnit(Map<String, Map<String, Set<String>>> used, Written w) {
        Set<String> units = used.get(w.kind()).get(w.claim().article());
        return units.size() == 1 && units.contains(w.unit());
    }

    private static Contradiction contradiction(List<Written> part) {
        String what = part.get(0).kind().equals("money") ? "the currency of an amount" : "the unit of a figure";
        List<Contradiction.Value> values = part.stream()
                .map(w -> new Contradiction.Value(w.claim().evidence(), w.quantity().evidence().text()))
                .sorted(Comparator.comparing(Contradiction.Value::evidence)).toList();
        Map<String, List<String>> byUnit = new TreeMap<>();
        values.forEach(v -> byUnit.computeIfAbsent(v.value(), k -> new ArrayList<>()).add(v.evidence().article()));
        String explanation = "The same figure is given in different units: " + Prose.sides(byUnit)
                + ". One of them may have taken the unit for another; check it with the source.";
        List<String> ids = new ArrayList<>(List.of("unit"));
        values.forEach(v -> ids.add(v.evidence().article() + ":" + v.value()));
        return new Contradiction(Ids.of("x", ids), what, ContradictionKind.NUMBER, explanation, values);
    }
}
