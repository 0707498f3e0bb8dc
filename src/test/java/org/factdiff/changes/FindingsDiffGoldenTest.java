package org.factdiff.changes;

import org.factdiff.Golden;
import org.junit.jupiter.api.Test;

/**
 * The diff of the two hand-written findings files in {@link FindingsFixtures}, as plain text and
 * as Markdown, and the textconv text of the newer one, against golden files under
 * golden/changes/ ({@code -Dgolden.update=true} rewrites them; review the diff).
 */
class FindingsDiffGoldenTest {
    @Test
    void plainText() throws Exception {
        FindingsDiff diff = FindingsDiff.between(FindingsFixtures.old(), FindingsFixtures.now());
        Golden.check("changes/diff.txt", DiffRenderer.PLAIN.render(diff));
    }

    @Test
    void markdown() throws Exception {
        FindingsDiff diff = FindingsDiff.between(FindingsFixtures.old(), FindingsFixtures.now());
        Golden.check("changes/diff.md", DiffRenderer.MARKDOWN.render(diff));
    }

    @Test
    void textconv() throws Exception {
        Golden.check("changes/textconv-new.txt", FindingsText.of(FindingsFixtures.now()));
    }
}
