package org.factdiff.claims;

import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import org.factdiff.base.WordLists;

/**
 * Part-of-speech tags from closed word lists, suffixes and capitals, without a model: the
 * baseline that {@link ModelTagger} is measured against (see README, "How claims are
 * compared"). Open-class words it cannot place are nouns.
 */
final class RuleTagger implements Tagger {
    private static final Set<String> DETERMINERS = WordLists.set(RuleTagger.class, "tagger-determiners.txt");
    private static final Set<String> ADPOSITIONS = WordLists.set(RuleTagger.class, "tagger-adpositions.txt");
    private static final Set<String> AUXILIARIES = WordLists.set(RuleTagger.class, "tagger-auxiliaries.txt");
    private static final Set<String> PRONOUNS = WordLists.set(RuleTagger.class, "tagger-pronouns.txt");
    private static final Set<String> COORDINATORS = WordLists.set(RuleTagger.class, "tagger-coordinators.txt");
    private static final Set<String> SUBORDINATORS = WordLists.set(RuleTagger.class, "tagger-subordinators.txt");
    private static final Set<String> PARTICLES = WordLists.set(RuleTagger.class, "tagger-particles.txt");
    private static final Set<String> ADVERBS = WordLists.set(RuleTagger.class, "tagger-adverbs.txt");
    private static final Set<String> VERBS = WordLists.set(RuleTagger.class, "tagger-verbs.txt");
    private static final Set<String> NUMBERS = WordLists.set(RuleTagger.class, "tagger-numbers.txt");

    @Override
    public Optional<String> name() {
        return Optional.of("rules");
    }

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
