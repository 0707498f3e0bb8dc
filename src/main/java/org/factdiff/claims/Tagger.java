package org.factdiff.claims;

import java.util.List;
import java.util.Optional;

/**
 * Gives each word of a sentence a Universal Dependencies part-of-speech tag (NOUN, PROPN,
 * VERB, ADJ, NUM, ...). The claim rules use the tags to tell a verb from a noun and a name
 * from a word that opens a sentence. Not thread-safe: each extractor keeps its own.
 */
public interface Tagger {
    /** One tag per word. */
    String[] tag(List<String> words);

    /**
     * What tags this tagger gives, as a name that changes whenever they may: part of the key
     * of cached claims. Empty for a tagger that cannot say; its claims are not cached.
     */
    default Optional<String> name() {
        return Optional.empty();
    }

    /**
     * A tagger that gives the same tags and may run on another thread at the same time as this
     * one: claims of a large case are extracted on all cores. A stateless tagger is its own.
     */
    default Tagger forAnotherThread() {
        return this;
    }

    /** OpenNLP's English UD model, shipped in a Maven Central jar: the default. */
    static Tagger model() {
        return new ModelTagger();
    }

    /** Tags from word lists and suffixes alone; the baseline the model is measured against. */
    static Tagger rules() {
        return new RuleTagger();
    }
}
