package org.factdiff.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;

/** Probe: reads /tmp/probe.txt (line a, line b, blank-separated; literal \n = newline). Not for commit. */
class ProbeTest {
    @Test
    void probe() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("/tmp/probe.txt"));
        List<List<String>> blocks = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank()) { if (!cur.isEmpty()) blocks.add(cur); cur = new ArrayList<>(); } else cur.add(l.replace("\\n", "\n"));
        }
        if (!cur.isEmpty()) blocks.add(cur);
        for (List<String> b : blocks) {
            System.out.println("=== " + b.get(0).replace("\n", " / ") + "\n    " + b.get(1).replace("\n", " / "));
            Comparison c = ClaimsPipeline.compare(List.of(Articles.of("a", b.get(0)), Articles.of("b", b.get(1))), true);
            c.contradictions().forEach(x -> {
                System.out.println("C " + x.kind().id() + " | " + x.topic() + " | " + x.explanation());
                x.values().forEach(v -> System.out.println("    " + v));
            });
            c.alteredQuotes().forEach(x -> System.out.println("Q " + x));
            c.agreements().forEach(x -> System.out.println("A " + x.statement() + " " + x.facts()));
            if (Files.exists(Path.of("/tmp/probe-claims"))) {
                for (int i = 0; i < 2; i++) {
                    var arts = List.of(Articles.of("a", b.get(0)), Articles.of("b", b.get(1)));
                    var texts = Articles.parse(arts, List.of());
                    var x = new org.factdiff.claims.RuleBasedClaimExtractor(org.factdiff.text.Lexicon.builtIn(),
                            java.util.Optional.of(java.time.LocalDate.of(2024, 5, 1)));
                    for (var cl : x.extract(arts.get(i), texts.get(i))) {
                        System.out.println("  claim " + cl.article() + " q=" + cl.quantities() + " t=" + cl.times()
                                + " ev=" + cl.events() + " actors=" + cl.actors() + " places=" + cl.places() + " other=" + cl.otherOccasion()
                                + " neg=" + cl.negated() + " src=" + cl.source() + " quotes=" + cl.quotes() + " roles=" + cl.roles() + " titles=" + cl.titles());
                    }
                }
            }
        }
    }
}
