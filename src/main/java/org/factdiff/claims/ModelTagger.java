package org.factdiff.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import opennlp.tools.postag.POSModel;

/**
 * Universal Dependencies part-of-speech tags (NOUN, PROPN, VERB, NUM, ...) from OpenNLP's
 * English EWT model, which ships as a jar on Maven Central. The model is read once per JVM;
 * a tagger is not thread-safe, so each extractor keeps its own. The tags are OpenNLP's
 * {@code POSTaggerME}'s, found by {@link TagSearch} with less repeated work.
 */
final class ModelTagger implements Tagger {
    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static POSModel model;

    private final TagSearch tagger;

    ModelTagger() {
        this.tagger = new TagSearch(model());
    }

    /** The model is shared and read-only; OpenNLP's tagger around it keeps state per sentence. */
    @Override
    public Tagger forAnotherThread() {
        return new ModelTagger();
    }

    private static synchronized POSModel model() {
        if (model == null) {
            try (InputStream in = ModelTagger.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("part-of-speech model " + MODEL + " missing from the class path");
                }
                model = new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    @Override
    public Optional<String> name() {
        return Optional.of("opennlp " + MODEL);
    }

    @Override
    public String[] tag(List<String> words) {
        if (words.isEmpty()) {
            return new String[0];
        }
        return tagger.tag(words.toArray(new String[0]));
    }
}
