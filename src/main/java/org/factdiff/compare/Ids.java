package org.factdiff.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdiff.Sha256;

/** Stable ids from content: the same finding keeps its id across runs and unrelated edits. */
final class Ids {
    private Ids() {
    }

    static String of(String prefix, List<String> parts) {
        List<String> sorted = parts.stream().sorted().toList();
        return prefix + "-" + Sha256.hex(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }
}
