/**
 * {@code factdiff init}: scaffolds a case from a folder of saved pages, reading each page's
 * metadata and writing a case file that says where every guessed value came from.
 */
package org.factdiff.init;
