/**
 * Extracts each article's check-worthy claims: per sentence, its quantities (with what they
 * count and what happened to them), times and dates, named actors, quotations with their
 * speakers, attribution, negation and hedging, all with offsets into the clean text. Each
 * sentence is tagged once ({@link org.factdiff.claims.TaggedSentence}) and each slot of a
 * claim is read by one {@link org.factdiff.claims.SlotReader}; the cue words are resource
 * files beside {@link org.factdiff.claims.Cues}.
 */
package org.factdiff.claims;
