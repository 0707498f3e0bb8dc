package org.factdiff.compare;

import java.util.Locale;
import org.factdiff.claims.Quantity;

/** How a figure is said to the reader: what it counts ("people killed") and the figure in the article's words. */
final class FigureWords {
    private FigureWords() {
    }

    /** A figure in the article's own words, with what happened: "three US-backed Syrian rebels killed". */
    static String statement(Quantity q) {
        String words = q.evidence().text().replaceAll("\\s+", " ");
        String event = eventWords(q.event());
        String s = event.isEmpty() || words.toLowerCase(Locale.ROOT).contains(event) ? words : words + " " + event;
        if (q.earlier()) {
            s += " (earlier figure)";
        }
        if (!q.context().isEmpty()) {
            s += " (" + contextLabel(q.context()) + ")";
        }
        return s;
    }

    static String eventWords(String event) {
        return switch (event) {
            case "death" -> "killed";
            case "injury" -> "injured";
            case "hospital" -> "taken to hospital";
            case "discharge" -> "discharged from hospital";
            case "transfer" -> "transferred";
            case "critical" -> "in critical condition";
            case "serious" -> "seriously injured";
            case "missing" -> "missing";
            case "illness" -> "ill";
            case "population" -> "living there";
            case "employment" -> "employed";
            case "layoff" -> "losing their jobs";
            case "capacity" -> "it holds";
            case "present" -> "there when it happened";
            case "seen in care" -> "seen at a hospital or clinic";
            case "attendance" -> "attending";
            case "rescue" -> "rescued";
            case "displacement" -> "displaced";
            case "arrest" -> "arrested";
            case "conviction" -> "convicted";
            case "acquittal" -> "acquitted";
            case "derailment" -> "derailed";
            case "destruction" -> "destroyed";
            case "damage" -> "damaged";
            case "release" -> "leaked";
            default -> "";
        };
    }

    /** What a figure counts, in words: "people killed", "children injured", "mph". */
    static String topic(Quantity q) {
        if (q.ending()) {
            String ended = q.event().substring(Quantity.ENDED.length());
            return ended.equals("ended") ? "time it ended"
                    : "time it was " + (ended.equals("under control") ? "brought under control" : ended);
        }
        if (q.clock()) {
            return q.event().equals(Quantity.DISCOVERY) ? "time it was found out"
                    : q.event().equals(Quantity.DEPARTURE) ? "time of departure"
                    : q.event().equals(Quantity.VOTE) ? "time of the vote"
                    : q.event().equals(Quantity.RESTORED) ? "time it came back"
                    : q.event().equals(Quantity.ALARM) ? "time the alarm was raised"
                    : q.event().equals(Quantity.LIFTED) ? "time the order was lifted"
                    : q.event().equals(Quantity.ORDERED) ? "time the order was given" : "time of the event";
        }
        if (q.thing().equals(Quantity.FLOOR)) {
            return "floor";
        }
        if (q.rating()) {
            // "scale magnitude aftershock" is "magnitude of the aftershocks"; "scale f" is "rating on the F scale".
            String[] scale = q.thing().substring("scale ".length()).split(" ");
            String name = scale[0].length() <= 2 ? "rating on the " + scale[0].toUpperCase(Locale.ROOT) + " scale" : scale[0];
            return name + (scale.length > 1 ? " of the aftershocks" : "");
        }
        String thing;
        if (q.thing().endsWith(Quantity.PRISON_TERM)) {
            thing = "prison term"; // "six years", "108 months in prison": not a mere duration
        } else if (q.thing().endsWith(Quantity.PARTLY_SUSPENDED)) {
            thing = "prison term, part suspended";
        } else if (q.thing().endsWith(Quantity.PRISON_MAX)) {
            thing = "maximum prison term";
        } else if (q.thing().endsWith(Quantity.BEFORE_PAROLE)) {
            thing = "time before parole";
        } else if (q.thing().endsWith(Quantity.APART)) {
            thing = "time between two moments";
        } else if (q.thing().endsWith(Quantity.IN_POST)) {
            thing = "time in post";
        } else if (q.thing().endsWith(Quantity.AS_MEMBER)) {
            thing = "time as member";
        } else if (q.thing().equals("people") || q.thing().startsWith("nationals of ")) {
            thing = q.thing();
        } else if (q.thing().endsWith(Quantity.FLOW)) {
            thing = "rate of flow"; // "2,500 gallons a minute"
        } else if (q.unitLabel() != null) {
            thing = q.unitLabel();
        } else {
            String[] words = q.evidence().text().strip().split("\\s+");
            thing = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}/%-]", "");
            thing = thing.replaceFirst("^[\\p{N}.,]+-(?=\\p{L})", ""); // "18-storey" names storeys
            if (q.context().equals(Quantity.TALLY) && !q.thing().isEmpty()) {
                thing = q.thing().split(" ")[0]; // "seven" of "voted seven to four" counts votes
            }
            if (!thing.matches(".*\\p{L}.*")) {
                thing = q.thing().split(" ")[0]; // "140" of "312 votes to 140" counts votes
            }
        }
        if (q.thing().startsWith("age ")) {
            thing = "age of the " + thing; // "age of the girl missing"
        }
        String t = (thing + " " + eventWords(q.event())).strip();
        if (q.earlier()) {
            t += " (earlier figure)";
        }
        if (!q.context().isEmpty()) {
            t += " (" + contextLabel(q.context()) + ")";
        }
        return t;
    }

    /** "2016" is "in 2016", "9" is "in September", "2016-09" is "in September 2016". */
    private static String contextLabel(String context) {
        if (context.equals(Quantity.OTHER_OCCASION)) {
            return "on another occasion";
        }
        if (context.equals(Quantity.EXPECTED)) {
            return "expected beforehand";
        }
        if (context.equals(Quantity.SUBSET)) {
            return "a part only";
        }
        if (context.equals(Quantity.EACH)) {
            return "each";
        }
        if (context.equals(Quantity.WHOLE)) {
            return "the whole a part is taken from";
        }
        if (context.equals(Quantity.LAST_YEAR)) {
            return "last year";
        }
        if (context.equals(Quantity.CHANGE)) {
            return "a change";
        }
        if (context.startsWith(Quantity.ZONE)) {
            String zone = context.substring(Quantity.ZONE.length());
            return zone.equals(zone.toUpperCase(Locale.ROOT)) ? zone : zone.substring(0, 1).toUpperCase(Locale.ROOT)
                    + zone.substring(1) + " time";
        }
        if (context.equals(Quantity.NEW)) {
            return "new since the last count";
        }
        if (context.equals(Quantity.MARGIN)) {
            return "margin between the sides";
        }
        if (context.equals(Quantity.TALLY)) {
            return "for and against";
        }
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"};
        if (context.length() == 4) {
            return "in " + context;
        }
        if (context.length() == 7) {
            return "in " + months[Integer.parseInt(context.substring(5)) - 1] + " " + context.substring(0, 4);
        }
        return "in " + months[Integer.parseInt(context) - 1];
    }
}
