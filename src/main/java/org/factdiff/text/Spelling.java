package org.factdiff.text;

import java.util.Map;

/**
 * Spelling that differs between outlets but not in meaning: British forms made American and
 * number words made digits, so that "organisation" meets "organization" and "four" meets "4".
 */
final class Spelling {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("defence", "defense"), Map.entry("offence", "offense"), Map.entry("licence", "license"),
            Map.entry("pretence", "pretense"), Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("travelled", "traveled"), Map.entry("travelling", "traveling"),
            Map.entry("cancelled", "canceled"), Map.entry("cancelling", "canceling"),
            Map.entry("labelled", "labeled"), Map.entry("modelling", "modeling"), Map.entry("fuelled", "fueled"),
            Map.entry("jewellery", "jewelry"), Map.entry("grey", "gray"), Map.entry("tyre", "tire"),
            Map.entry("tyres", "tires"), Map.entry("aluminium", "aluminum"), Map.entry("kerb", "curb"),
            Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvres", "maneuvers"),
            Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"),
            Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"),
            Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"),
            Map.entry("seventy", "70"), Map.entry("eighty", "80"), Map.entry("ninety", "90"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1000"));

    private Spelling() {
    }

    /** The American, digit form of a lower-case word. */
    static String americanize(String w) {
        String mapped = WORDS.get(w);
        if (mapped != null) {
            return mapped;
        }
        int n = w.length();
        if (n > 7 && w.endsWith("isation")) {
            return w.substring(0, n - 7) + "ization";
        }
        if (n > 7 && w.endsWith("isations")) {
            return w.substring(0, n - 8) + "izations";
        }
        if (n > 6 && (w.endsWith("ised") || w.endsWith("ises") || w.endsWith("ising"))) {
            int cut = w.lastIndexOf("is");
            return w.substring(0, cut) + "iz" + w.substring(cut + 2);
        }
        if (n > 5 && (w.endsWith("our") || w.endsWith("ours")) && !w.endsWith("hour") && !w.endsWith("hours")) {
            int cut = w.lastIndexOf("our");
            return w.substring(0, cut) + "or" + w.substring(cut + 3);
        }
        if (n > 5 && (w.endsWith("tre") || w.endsWith("tres"))) {
            int cut = w.lastIndexOf("tre");
            return w.substring(0, cut) + "ter" + w.substring(cut + 3);
        }
        return w;
    }
}
