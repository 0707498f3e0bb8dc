package org.factdiff.claims;

/**
 * One rule of claim extraction: reads one slot of a {@link Claim} (its figures, dates,
 * quotations, ...) from a tagged sentence. {@link RuleBasedClaimExtractor} registers one
 * reader per slot and assembles their results; a new slot is a new reader, a new field of
 * {@code Claim} and the reader's test.
 *
 * @param <T> what the slot holds
 */
@FunctionalInterface
interface SlotReader<T> {
    /** The slot's value for {@code sentence}. */
    T read(TaggedSentence sentence);
}
