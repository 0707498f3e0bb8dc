/** Review: the fact-checker's decisions on findings, kept with the case in {@code reviews.yaml}. */
package org.factdiff.review;
