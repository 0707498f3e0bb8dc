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
        double[] x = of(a, !sameUnit);
        double[] y = of(b, !sameUnit);
        return x[0] <= y[1] && y[0] <= x[1];
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
