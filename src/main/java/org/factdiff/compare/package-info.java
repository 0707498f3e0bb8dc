/**
 * Compares aligned claims across articles and states what they show: agreements (counting
 * independent sources), typed contradictions, single-source claims and altered quotes, each
 * with a stable id and evidence from every side.
 */
package org.factdiff.compare;
