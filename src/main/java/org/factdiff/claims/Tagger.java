package org.factdiff.claims;

import java.util.List;

/**
 * Gives each word of a sentence a Universal Dependencies part-of-speech tag (NOUN, PROPN,
 * VERB, ADJ, NUM, ...). The claim rules use the tags to tell a verb from a noun and a name
 * from a word that opens a sentence. Not thread-safe: each extractor keeps its own.
 */
public interface Tagger {
    /** One tag per word. */
    String[] tag(List<String> words);

    /** OpenNLP's English UD model, shipped in a Maven Central jar: the default. */
    static Tagger model() {
        return new ModelTagger();
    }

    /** Tags from word lists and suffixes alone; the baseline the model is measured against. */
    static Tagger rules() {
        return new RuleTagger();
    }
}
