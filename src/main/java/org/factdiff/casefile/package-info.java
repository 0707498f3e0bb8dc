/**
 * Reads and validates a case file (YAML) into an immutable {@link org.factdiff.casefile.Case};
 * every user mistake becomes a one-line {@link org.factdiff.casefile.CaseFileException} naming
 * file, line and column.
 */
package org.factdiff.casefile;
