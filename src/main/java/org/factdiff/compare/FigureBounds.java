package org.factdiff.compare;

import java.util.Collection;
import java.util.List;
import org.factdiff.claims.Quantity;

/**
 * The values a figure allows, so that only figures that cannot both be true are set against
 * each other: "at least 30" and "34" agree, "between 400 and 500" and "about 450" agree, "nearly
 * 60" and "58" agree, "15 km" and "9.3 miles" agree; "24" and "51" do not.
 */
final class FigureBounds {
    /** How far an approximate figure ("about", "nearly", "some") may be from the true value. */
    static final double APPROXIMATE = 0.1;
    /**
     * How far a measure converted from other units may be from a figure in metric units: the
     * source figure was rounded in its own unit ("7 miles" is anything from 6.5 to 7.5 miles) and
     * the conversion keeps two significant digits.
     */
    static final double CONVERTED = 0.12;
    /** How far a figure with decimals may be from a whole number that rounds it, at most, as a share of it. */
    static final double ROUNDING = 0.06;

    private FigureBounds() {
    }

    /** The lowest and highest value the figure allows. */
    static double[] of(Quantity q) {
        return of(q, true);
    }

    /** As above, widened for a rough conversion only when {@code converted} is true. */
    private static double[] of(Quantity q, boolean converted) {
        double lo = q.value();
        double hi = q.upper();
        switch (q.qualifier()) {
            case AT_LEAST -> hi = Double.POSITIVE_INFINITY;
            case MORE_THAN -> {
                lo = Math.nextUp(lo);
                hi = Double.POSITIVE_INFINITY;
            }
            case AT_MOST -> lo = 0;
            case LESS_THAN -> {
                lo = 0;
                hi = Math.nextDown(hi);
            }
            case ABOUT -> {
                // "about 5" may be 4 or 6; a length is held in kilometres and a weight in grams in
                // kilograms, where "about 12 metres" is 0.012 and a slack of one would swallow every size.
                double slack = Math.max(q.length() || q.converted() ? 0 : 1, APPROXIMATE * hi);
                lo = Math.max(0, lo - slack);
                hi = hi + slack;
            }
            default -> {
                // exact or a range: as written
            }
        }
        if (converted && q.convertedRoughly()) {
            lo = lo * (1 - CONVERTED);
            hi = hi * (1 + CONVERTED);
        }
        return new double[] {lo, hi};
    }

    /** True when both figures can be true at once. */
    static boolean canBothHold(Quantity a, Quantity b) {
        // "94 mph" and "103 mph" were rounded the same way: no slack between them.
        boolean sameUnit = a.convertedRoughly() && b.convertedRoughly()
                && java.util.Objects.equals(a.writtenUnit(), b.writtenUnit());
        if (bothApproximate(a, b)) {
            // "about 260" and "about 310": each writer rounded the same count, so each figure is
            // near the other, not merely near some value between them; the slack is counted once.
            double slack = Math.max(a.length() || a.converted() ? 0 : 1, APPROXIMATE * Math.max(a.upper(), b.upper()));
            return Math.abs(a.value() - b.value()) <= slack;
        }
        double[] x = of(a, !sameUnit);
        double[] y = of(b, !sameUnit);
        return x[0] <= y[1] && y[0] <= x[1] || rounded(a, b) || rounded(b, a);
    }

    /** True for two single approximate figures of one measure, neither a rough conversion nor a range. */
    private static boolean bothApproximate(Quantity a, Quantity b) {
        return a.qualifier() == org.factdiff.claims.Qualifier.ABOUT && b.qualifier() == org.factdiff.claims.Qualifier.ABOUT
                && a.value() == a.upper() && b.value() == b.upper() && !a.convertedRoughly() && !b.convertedRoughly()
                && !a.clock() && !b.clock();
    }

    /** The first number written in a figure's words: digits with their decimals, or a number word. */
    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile("(\\d[\\d,]*)(?:\\.(\\d+))?");

    /**
     * True when {@code whole} is written as a whole number that {@code precise}, written with
     * decimals, rounds to: "nine knots" and "9.2 knots", "9 percent" and "9.4 percent". Ratings
     * ("magnitude 7" and "7.2") and clock times are told to their last digit and stay apart.
     */
    static boolean rounded(Quantity whole, Quantity precise) {
        if (whole.qualifier() != org.factdiff.claims.Qualifier.EXACT || precise.qualifier() != org.factdiff.claims.Qualifier.EXACT
                || whole.clock() || precise.clock() || whole.rating() || precise.rating()
                || whole.value() != whole.upper() || precise.value() != precise.upper() || whole.value() <= 0) {
            return false;
        }
        double[] w = written(whole.evidence().text());
        double[] p = written(precise.evidence().text());
        if (w == null || p == null || w[1] != 0 || p[1] == 0 || w[0] <= 0) {
            return false;
        }
        if (whole.converted() && java.util.Objects.equals(whole.writtenUnit(), precise.writtenUnit())) {
            // "eleven knots" and "11.3 knots": compared as written, before the conversion rounds them
            double gap = Math.abs(w[0] - p[0]);
            return gap < 0.5 && gap <= ROUNDING * w[0];
        }
        double unit = whole.value() / w[0]; // what one written unit is worth, in the figure's own measure
        double gap = Math.abs(whole.value() - precise.value());
        // "$2 million" is no rounding of "$2.4 million": a whole number rounds off a little only.
        return gap < 0.5 * unit && gap <= ROUNDING * whole.value();
    }

    /** The number first written in a figure's words and how many decimals it has, or null. */
    private static double[] written(String text) {
        java.util.regex.Matcher m = WRITTEN.matcher(text);
        if (m.find()) {
            return new double[] {Double.parseDouble(m.group(1).replace(",", "")), m.group(2) == null ? 0 : m.group(2).length()};
        }
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            Integer n = org.factdiff.claims.Cues.NUMBER_WORDS.get(w);
            if (n != null) {
                return new double[] {n, 0};
            }
        }
        return null;
    }

    /** True when two of the figures cannot both be true. */
    static boolean anyConflict(Collection<Quantity> figures) {
        List<Quantity> qs = List.copyOf(figures);
        for (int i = 0; i < qs.size(); i++) {
            for (int j = i + 1; j < qs.size(); j++) {
                if (!canBothHold(qs.get(i), qs.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
