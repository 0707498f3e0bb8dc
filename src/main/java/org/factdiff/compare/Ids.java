package org.factdiff.compare;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factdiff.base.Sha256;
import org.factdiff.text.Excerpt;

/** Stable ids from content: the same finding keeps its id across runs and unrelated edits. */
final class Ids {
    private Ids() {
    }

    static String of(String prefix, List<String> parts) {
        List<String> sorted = parts.stream().sorted().toList();
        return prefix + "-" + Sha256.hex(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }

    /** A contradiction's id: its kind and each side's article, value and sentence. */
    static String contradiction(String kind, List<Contradiction.Value> values) {
        List<String> parts = new ArrayList<>();
        parts.add(kind);
        values.forEach(v -> parts.add(v.evidence().article() + ":" + v.value() + ":" + v.evidence().text()));
        return of("x", parts);
    }

    /** An agreement's id: its statement and each source's article and words. */
    static String agreement(String statement, List<Excerpt> sources) {
        List<String> parts = new ArrayList<>();
        parts.add(statement);
        sources.forEach(s -> parts.add(s.article() + ":" + s.text()));
        return of("a", parts);
    }
}
