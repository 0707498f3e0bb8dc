package org.factdiff.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Part-of-speech tags from closed word lists, suffixes and capitals, without a model: the
 * baseline that {@link ModelTagger} is measured against (see README, "How claims are
 * compared"). Open-class words it cannot place are nouns.
 */
final class RuleTagger implements Tagger {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "any",
            "some", "no", "every", "each", "all", "both", "another", "such");
    private static final Set<String> ADPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "from", "into",
            "onto", "over", "under", "after", "before", "near", "about", "against", "between", "during", "through",
            "toward", "towards", "across", "around", "within", "without", "despite", "amid", "via", "since", "until",
            "among", "along", "behind", "beyond", "inside", "outside", "off", "up", "down", "per");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "am",
            "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must");
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him", "her",
            "us", "them", "his", "its", "our", "their", "my", "your", "who", "whom", "which", "what", "there");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "nor", "yet");
    private static final Set<String> SUBORDINATORS = Set.of("that", "whether", "because", "if", "while", "although",
            "though", "as", "when", "where", "unless", "whereas");
    private static final Set<String> PARTICLES = Set.of("to", "not", "n't", "'s");
    private static final Set<String> ADVERBS = Set.of("also", "yet", "so", "far", "still", "already", "now", "then",
            "very", "too", "just", "only", "again", "later", "soon", "well", "even", "never", "ever", "here", "almost",
            "nearly", "about", "instead", "away");
    private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tell", "tells", "reported", "added",
            "came", "come", "went", "go", "took", "take", "made", "make", "left", "leave", "hit", "struck", "killed",
            "died", "found", "saw", "see", "get", "got", "give", "gave", "put", "set", "began", "begin", "know", "knew",
            "think", "thought", "believe", "claims", "claim", "remains", "remain", "seems", "became", "become", "led");
    private static final Set<String> NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
            "dozen", "dozens", "hundreds", "thousands");

    @Override
    public String[] tag(List<String> words) {
        String[] tags = new String[words.size()];
        for (int i = 0; i < words.size(); i++) {
            tags[i] = tag(words, i, i > 0 ? tags[i - 1] : "");
        }
        return tags;
    }

    private static String tag(List<String> words, int i, String previous) {
        String surface = words.get(i);
        String w = surface.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && Character.isDigit(w.charAt(0)) || NUMBERS.contains(w)) {
            return "NUM";
        }
        if (DETERMINERS.contains(w)) {
            return "DET";
        }
        if (PARTICLES.contains(w)) {
            return "PART";
        }
        if (AUXILIARIES.contains(w)) {
            return "AUX";
        }
        if (PRONOUNS.contains(w)) {
            return "PRON";
        }
        if (COORDINATORS.contains(w)) {
            return "CCONJ";
        }
        if (SUBORDINATORS.contains(w)) {
            return "SCONJ";
        }
        if (ADPOSITIONS.contains(w)) {
            return "ADP";
        }
        boolean capital = Character.isUpperCase(surface.charAt(0));
        if (capital && (i > 0 || !VERBS.contains(w) && !ADVERBS.contains(w))) {
            return "PROPN";
        }
        if (ADVERBS.contains(w) || w.endsWith("ly") && w.length() > 4) {
            return "ADV";
        }
        if (VERBS.contains(w) || previous.equals("AUX") || previous.equals("PART") && i > 0
                && words.get(i - 1).equalsIgnoreCase("to")) {
            return "VERB";
        }
        if ((w.endsWith("ed") || w.endsWith("ing")) && w.length() > 4) {
            return previous.equals("DET") ? "ADJ" : "VERB";
        }
        if (w.endsWith("ous") || w.endsWith("ful") || w.endsWith("ive") || w.endsWith("able") || w.endsWith("ible")
                || w.endsWith("al") || w.endsWith("ic") || w.endsWith("less") || w.endsWith("ian") || w.endsWith("ish")) {
            return "ADJ";
        }
        return "NOUN";
    }
}
