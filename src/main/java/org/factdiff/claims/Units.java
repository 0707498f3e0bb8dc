package org.factdiff.claims;

import java.util.Map;
import org.factdiff.text.Lexicon;

/**
 * Measures in other units made metric, so that "10 miles" and "16 kilometres" state the same
 * distance. Converted values keep two significant digits: the rounding of the source figure
 * ("about 25 miles") is no more precise than that.
 */
final class Units {
    /** Canonical form of a unit to its metric canonical form and the factor to it. */
    private static final Map<String, Object[]> TO_METRIC = Map.of(
            "mile", new Object[] {Lexicon.NAME_PREFIX + "kilometers", 1.609344},
            Lexicon.NAME_PREFIX + "miles_per_hour", new Object[] {"km/h", 1.609344},
            "feet", new Object[] {"metr", 0.3048},
            "foot", new Object[] {"metr", 0.3048},
            "pound", new Object[] {"kilogram", 0.45359237});

    private Units() {
    }

    /** The value and upper bound in the metric unit, or null when the thing is no convertible unit. */
    static double[] metric(String thing, double value, double upper) {
        Object[] to = TO_METRIC.get(thing);
        if (to == null) {
            return null;
        }
        double f = (Double) to[1];
        return new double[] {twoDigits(value * f), twoDigits(upper * f)};
    }

    /** True when {@code thing} is a metric unit the evidence words do not use (the figure was converted). */
    static boolean isMetricOf(String thing, String evidence) {
        String e = evidence.toLowerCase(java.util.Locale.ROOT);
        if (thing.startsWith("km/h")) {
            return !e.contains("km");
        }
        if (thing.startsWith(Lexicon.NAME_PREFIX + "kilometers")) {
            return e.contains("mile");
        }
        if (thing.startsWith("metr")) {
            return e.contains("feet") || e.contains("foot");
        }
        if (thing.startsWith("kilogram")) {
            return e.contains("pound");
        }
        return false;
    }

    static String metricThing(String thing) {
        return (String) TO_METRIC.get(thing)[0];
    }

    static double twoDigits(double v) {
        if (v == 0) {
            return 0;
        }
        double scale = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 1);
        return Math.round(v / scale) * scale;
    }
}
