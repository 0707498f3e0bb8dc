package org.factdiff.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The passage builder's count of tokens in common in order, held to the Myers diff it replaces. */
class PassageBuilderTest {
    @Test
    void tokensInCommonInOrderAreTheDiffsEqualTokens() {
        Random random = new Random(17);
        for (int run = 0; run < 20_000; run++) {
            // Small alphabets make many equal tokens and many ties between edit scripts.
            int alphabet = 1 + random.nextInt(run % 3 == 0 ? 3 : 12);
            int[] a = tokens(random, random.nextInt(40), alphabet);
            int[] b = tokens(random, random.nextInt(40), alphabet);
            int aFrom = a.length == 0 ? 0 : random.nextInt(a.length);
            int bFrom = b.length == 0 ? 0 : random.nextInt(b.length);
            int aTo = aFrom + random.nextInt(a.length - aFrom + 1);
            int bTo = bFrom + random.nextInt(b.length - bFrom + 1);
            int equal = 0;
            for (int[] e : PassageBuilder.equalRuns(DiffUtils.diff(ids(a, aFrom, aTo), ids(b, bFrom, bTo)), aTo - aFrom)) {
                equal += e[1] - e[0];
            }
            assertEquals(equal, PassageBuilder.commonInOrder(a, aFrom, aTo, b, bFrom, bTo),
                    () -> java.util.Arrays.toString(a) + " / " + java.util.Arrays.toString(b));
        }
    }

    @Test
    void aSentenceAndItsEditHaveTheirUntouchedWordsInCommon() {
        // "the river rose two metres overnight" / "overnight the river rose by two metres"
        int[] a = {1, 2, 3, 4, 5, 6};
        int[] b = {6, 1, 2, 3, 7, 4, 5};
        assertEquals(5, PassageBuilder.commonInOrder(a, 0, a.length, b, 0, b.length));
        assertEquals(0, PassageBuilder.commonInOrder(a, 0, 0, b, 0, b.length));
        assertEquals(1, PassageBuilder.commonInOrder(a, 5, 6, b, 0, 1));
    }

    private static int[] tokens(Random random, int n, int alphabet) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextInt(alphabet);
        }
        return out;
    }

    private static List<Integer> ids(int[] t, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(t[i]);
        }
        return out;
    }
}
