/** What changed between two findings.json files, finding by finding, and a stable text form of one for git diff. */
package org.factdiff.changes;
