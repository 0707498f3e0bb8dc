/**
 * Extracts each article's check-worthy claims: per sentence, its quantities (with what they
 * count and what happened to them), times and dates, named actors, quotations with their
 * speakers, attribution, negation and hedging, all with offsets into the clean text.
 */
package org.factdiff.claims;
