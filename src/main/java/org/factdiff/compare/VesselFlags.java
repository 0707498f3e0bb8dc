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
 * Panama-flagged freighter Nordic Ember" or "The Nordic Ember, a freighter sailing under the
 * Panamanian flag". The ship is named by the capitalised words after its description, or before
 * the description that carries the flag; an article that gives one ship two flags (a change of
 * registry) is left alone.
 */
final class VesselFlags implements ContradictionRule {
    private static final String NAME = "(?!The\\b)(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})";
    /** "Liberian-flagged cargo ship Nordic Ember": the flag, then up to three words, then the name. */
    private static final Pattern FLAGGED = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)-(?:flagged|registered)\\s+"
            + "(?:[\\p{Ll}-]+\\s+){0,3}" + NAME);
    /** "The Nordic Ember, a bulk carrier sailing under the Liberian flag": the name, then its description. */
    private static final Pattern UNDER_FLAG = Pattern.compile("\\b" + NAME + ",\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,4}"
            + "(?:under|flying)\\s+the\\s+(\\p{Lu}\\p{Ll}+)\\s+flag\\b");

    /**
     * Words for a ship, told without its name: "a Liberian-flagged oil tanker". Not "ship" or
     * "vessel", which any of a story's ships may be called.
     */
    private static final String VESSEL = "(tanker|freighter|carrier|ferry|trawler|tug|tugboat|barge|yacht"
            + "|containership|liner|cutter|dredger)";
    /** "a Liberian-flagged oil tanker collided": the flag, up to two words, the ship's noun, and no name after it. */
    private static final Pattern FLAGGED_UNNAMED = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)-(?:flagged|registered)\\s+"
            + "(?:[\\p{Ll}-]+\\s+){0,2}?" + VESSEL + "\\b(?![\\s,]+(?:the\\s+)?\\p{Lu})");
    /** "The oil tanker, which sails under the Panamanian flag": the ship's noun, then its flag. */
    private static final Pattern UNDER_FLAG_UNNAMED = Pattern.compile("\\b" + VESSEL + ",?\\s+(?:(?:which|that)\\s+"
            + "(?:is\\s+|was\\s+)?)?(?:sails|sailed|sailing|flies|flew|flying|registered)\\s+(?:under\\s+)?the\\s+"
            + "(\\p{Lu}\\p{Ll}+)\\s+flag\\b");

    /** One sentence's flag for a ship, named or told by its noun. */
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
            // A ship told only by its noun is "the tanker" of its story, keyed apart from named ships.
            for (Pattern p : List.of(FLAGGED, UNDER_FLAG, FLAGGED_UNNAMED, UNDER_FLAG_UNNAMED)) {
                Matcher m = p.matcher(c.evidence().text());
                int flagGroup = p == FLAGGED || p == FLAGGED_UNNAMED ? 1 : 2;
                boolean named = p == FLAGGED || p == UNDER_FLAG;
                while (m.find()) {
                    String country = country(m.group(flagGroup));
                    String written = named ? m.group(3 - flagGroup) : m.group(3 - flagGroup).toLowerCase(Locale.ROOT);
                    if (country != null) {
                        byShip.computeIfAbsent((named ? "" : "unnamed ") + written.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                                .computeIfAbsent(c.article(), k -> new ArrayList<>()).add(new Flag(c, written, country, m.group().strip()));
                    }
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byShip.forEach((ship, byArticle) -> OneValueEach.finding(in, byArticle, Flag::claim, Flag::country, Flag::country,
                Flag::written, f -> "flag of the " + f.ship(),
                (f, sides) -> "Articles give the " + f.ship() + " different flags: " + sides + ". Check the ship's registry.")
                .ifPresent(out::add));
        return out;
    }

    /** The country of a flag written as its adjective ("Liberian") or its name ("Panama"); null for other words. */
    static String country(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        String country = Cues.NATIONALITIES.get(lower);
        return country != null ? country
                : Cues.NATIONALITIES.values().stream().filter(v -> v.toLowerCase(Locale.ROOT).equals(lower)).findFirst().orElse(null);
    }
}
