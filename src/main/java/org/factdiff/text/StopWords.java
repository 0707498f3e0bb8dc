package org.factdiff.text;

import java.util.Set;

/**
 * English function words: they carry the grammar, not the facts, so they count less when
 * texts are compared. Reporting verbs ("said") are content: who said what is a fact.
 */
public final class StopWords {
    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "about", "over", "under", "after",
            "before", "between", "during", "through", "without", "within", "against", "among", "across", "along",
            "toward", "towards", "around", "near", "off", "out", "up", "down", "is", "are", "was", "were", "be",
            "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "doing", "will", "would",
            "shall", "should", "can", "could", "may", "might", "must", "it", "its", "it's", "this", "that", "these",
            "those", "there", "here", "he", "she", "they", "we", "you", "i", "him", "her", "them", "us", "me",
            "his", "hers", "their", "theirs", "our", "ours", "your", "my", "who", "whom", "whose", "which", "what",
            "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
            "such", "only", "own", "same", "too", "very", "also", "just", "not", "no", "yes", "s", "t", "'s",
            "while", "because", "until", "since", "although", "though", "whether", "one's", "itself",
            "themselves", "himself", "herself", "again", "further", "once", "even", "still", "already", "well");

    private StopWords() {
    }

    /** True for a function word, given in lower case. */
    public static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }
}
