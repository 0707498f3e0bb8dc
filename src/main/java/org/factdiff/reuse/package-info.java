/**
 * Finds passages that pairs of articles share (verbatim, lightly edited or synonym-spun),
 * measures how much of each article is shared, and infers who likely copied whom.
 */
package org.factdiff.reuse;
