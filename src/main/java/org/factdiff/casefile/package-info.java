/**
 * Reads and validates a case file (YAML) into an immutable {@link org.factdiff.casefile.Case};
 * the user's mistakes, all of them in one run, become a
 * {@link org.factdiff.casefile.CaseFileException} with one line per mistake naming file, line and
 * column.
 */
package org.factdiff.casefile;
