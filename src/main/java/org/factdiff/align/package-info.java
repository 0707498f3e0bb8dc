/**
 * Groups claims from different articles that speak of the same fact: the same figure (what
 * is counted, what happened to it, when), the same statement in other words, the same
 * quotation. Deterministic and independent of the order of the articles.
 */
package org.factdiff.align;
