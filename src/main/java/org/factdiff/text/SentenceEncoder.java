package org.factdiff.text;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine says how alike they are in meaning. The rest of
 * the pipeline reads meaning through {@link Meanings}, never through an encoder library.
 */
public interface SentenceEncoder {
    /**
     * @param sentences the texts, each encoded on its own (a sentence's vector never depends
     *                  on which other sentences are encoded with it)
     * @return one unit-length vector per sentence, in input order
     * @throws EncoderException when the model cannot run here
     */
    float[][] encode(List<String> sentences) throws EncoderException;

    /**
     * Starts loading the model in the background, so that loading overlaps the stages before
     * the first {@link #encode}; the default does nothing.
     */
    default void warmUp() {
    }

    /** A short name for reports and benchmarks, e.g. {@code all-MiniLM-L6-v2 (quantized)}. */
    String name();

    /** The encoder that knows no meaning: every pipeline step that asks falls back to words alone. */
    SentenceEncoder NONE = new SentenceEncoder() {
        @Override
        public float[][] encode(List<String> sentences) {
            return new float[sentences.size()][0];
        }

        @Override
        public String name() {
            return "none";
        }
    };
}
