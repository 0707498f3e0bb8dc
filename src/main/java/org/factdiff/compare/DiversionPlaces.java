package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * One diversion given two places: "the flight was diverted to Ferrin International Airport"
 * against "made an unscheduled landing at Brask Regional Airport"; "the ferry was diverted to
 * the port of Kell" against "forced to put in at Marrow". Only a landing or a call the journey
 * did not plan is read ("diverted to", "an emergency landing at", "forced to land at"); "landed
 * at", which may be the destination, only in a sentence that tells of an emergency. An article that names another article's place
 * anywhere (the destination, a stop on the way) takes no side.
 */
final class DiversionPlaces implements ContradictionRule {
    /** A place's name: one to four capitalised words, after "the" or "the port of" maybe. */
    private static final String PLACE = "(?:the\\s+(?:(?:port|town|city|island)\\s+of\\s+)?)?"
            + "(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3})";
    /** "was diverted to X", "diverting to X", "made an emergency landing at X", "forced to land in X". */
    private static final Pattern DIVERTED = Pattern.compile("\\b(?:diverted|diverting|rerouted|re-routed)\\s+(?:back\\s+)?to\\s+"
            + PLACE + "|\\b(?:emergency|unscheduled|unplanned|forced|precautionary)\\s+landing\\s+(?:at|in)\\s+" + PLACE
            + "|\\bforced\\s+to\\s+(?:land|put\\s+in|dock|stop)\\s+(?:at|in)\\s+" + PLACE);
    /** "landed safely at X", read only in a sentence that tells of an emergency or a diversion. */
    private static final Pattern LANDED = Pattern.compile("\\blanded\\s+(?:safely\\s+)?(?:at|in)\\s+" + PLACE);
    private static final Pattern EMERGENCY = Pattern.compile("(?i)\\b(?:emergency|diverted|diversion)\\b");
    /** "landed in X", "touched down at X": read as the diversion's place when the article tells of one elsewhere. */
    private static final Pattern LANDED_ANYWHERE = Pattern.compile("\\b(?:landed|touched\\s+down)\\s+(?:safely\\s+)?(?:at|in)\\s+" + PLACE);
    /** An article's word of a diversion anywhere, its headline too: "Medical emergency diverts flight". */
    private static final Pattern TELLS_DIVERSION = Pattern.compile("(?i)\\b(?:divert(?:s|ed|ing)?|diversion|emergency\\s+landing)\\b");
    /** The journey's destination: "from Adda to Pelso", "the Adda-to-Pelso flight", "bound for Pelso", "heading to Pelso". */
    private static final Pattern DESTINATION = Pattern.compile("\\bfrom\\s+\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3}"
            + "\\s+to\\s+" + PLACE + "|\\p{Lu}\\p{L}+-to-(\\p{Lu}[\\p{L}'\u2019-]*)|\\b(?:bound\\s+for|heading\\s+(?:for|to)"
            + "|headed\\s+(?:for|to)|en\\s+route\\s+to)\\s+" + PLACE);
    /** Words ending a place's name that do not tell two places apart: "Ferrin International Airport" is Ferrin. */
    private static final Set<String> SUFFIXES = Set.of("airport", "international", "regional", "airfield", "aerodrome",
            "port", "harbour", "harbor", "station", "terminal", "airbase", "base");

    /** One sentence's place of the diversion. */
    private record Diversion(Claim claim, String place, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Diversion>> byArticle = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture()) {
                continue;
            }
            String text = c.evidence().text().replace('\n', ' ');
            Matcher m = DIVERTED.matcher(text);
            while (m.find()) {
                String place = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>())
                        .add(new Diversion(c, place.strip(), m.group().strip()));
            }
            Matcher landed = LANDED.matcher(text);
            if (EMERGENCY.matcher(text).find() && !m.find(0) && landed.find()) {
                // "declared an emergency and landed safely at Marrow Field": the landing is the diversion's
                byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>())
                        .add(new Diversion(c, landed.group(1).strip(), landed.group().strip()));
            } else if (!m.find(0)) {
                Matcher elsewhere = LANDED_ANYWHERE.matcher(text);
                if (elsewhere.find() && awayFromDestination(in.text(c.article()).text(), elsewhere.group(1).strip())) {
                    // "The Adda-to-Pelso flight landed in Tarrow" under "Medical emergency diverts flight"
                    byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>())
                            .add(new Diversion(c, elsewhere.group(1).strip(), elsewhere.group().strip()));
                }
            }
        }
        // An article that names another's place anywhere may tell it as the destination or a stop.
        Set<String> aside = new java.util.TreeSet<>();
        byArticle.forEach((a, mine) -> byArticle.forEach((b, theirs) -> {
            for (Diversion d : theirs) {
                if (!a.equals(b) && !key(d.place()).equals(key(mine.get(0).place())) && in.text(a).text().contains(name(d.place()))) {
                    aside.add(a);
                }
            }
        }));
        byArticle.keySet().removeAll(aside);
        List<Contradiction> out = new ArrayList<>();
        OneValueEach.finding(in, byArticle, Diversion::claim, d -> key(d.place()), Diversion::place, Diversion::written,
                d -> "place of the diversion",
                (d, sides) -> "Articles give different places where the journey was diverted to: " + sides
                        + ". Check the operator's statement.")
                .ifPresent(out::add);
        return out;
    }

    /**
     * True when an article tells of a diversion anywhere and names its journey's destination, and
     * the place landed at is not that destination: the landing is where the journey was diverted.
     */
    private static boolean awayFromDestination(String article, String place) {
        if (!TELLS_DIVERSION.matcher(article).find()) {
            return false;
        }
        boolean named = false;
        Matcher d = DESTINATION.matcher(article.replace('\n', ' '));
        while (d.find()) {
            String to = d.group(1) != null ? d.group(1) : d.group(2) != null ? d.group(2) : d.group(3);
            if (key(to.strip()).equals(key(place)) || key(to.strip()).startsWith(key(place) + " ")) {
                return false; // landed where it was going
            }
            named = true;
        }
        return named;
    }

    /** A place as compared: lower case, without "Airport", "International" and the like. */
    private static String key(String place) {
        return name(place).toLowerCase(Locale.ROOT);
    }

    /** A place's words as written, without those that do not tell it apart: "Ferrin" of "Ferrin International Airport". */
    private static String name(String place) {
        List<String> words = new ArrayList<>();
        for (String w : place.split("\\s+")) {
            if (!SUFFIXES.contains(w.toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        }
        return words.isEmpty() ? place : String.join(" ", words);
    }
}
