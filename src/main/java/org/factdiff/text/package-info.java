/**
 * Shared text primitives used by every analysis stage: words, tokens with offsets, and
 * (later) sentences and canonical forms.
 */
package org.factdiff.text;
