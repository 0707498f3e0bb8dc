/** The command line (picocli): {@code factdiff report}, {@code factdiff check}, help and version. */
package org.factdiff.cli;
