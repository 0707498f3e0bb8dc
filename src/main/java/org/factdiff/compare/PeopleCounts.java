package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.GroupKind;
import org.factdiff.align.Member;
import org.factdiff.claims.Cues;
import org.factdiff.claims.Quantity;
import org.factdiff.text.Lexicon;

/**
 * Counts of people under one outcome, whatever noun counts them: "eight fans died" and "8
 * people were crushed to death" state one figure. Figure groups are keyed by the counted noun,
 * so that "12 miners" and "15 people" are never set against each other (the miners may be some
 * of the people); an agreement needs no such care when the figures are equal, and this joins
 * those groups for agreements only. A joined agreement takes the place of a noun's own
 * agreement on the same count whose sentences it holds ({@code Agreements}).
 */
final class PeopleCounts {
    private PeopleCounts() {
    }

    /**
     * The counts of people of one outcome, occasion and time from two or more figure groups (two
     * or more counted nouns), joined into one group each. An article that gives several values
     * among them keeps only its counts of "people" (the others may be parts: "five people died,
     * two of them children"), or none when it has no such count.
     */
    static List<ClaimGroup> joined(List<ClaimGroup> figureGroups) {
        Map<String, List<ClaimGroup>> byOutcome = new TreeMap<>();
        for (ClaimGroup g : figureGroups) {
            if (g.kind() == GroupKind.FIGURE && !g.members().isEmpty()
                    && g.members().stream().allMatch(m -> countsPeople(m.quantity().orElseThrow()))) {
                byOutcome.computeIfAbsent(key(g.members().get(0).quantity().orElseThrow()), k -> new ArrayList<>()).add(g);
            }
        }
        List<ClaimGroup> out = new ArrayList<>();
        for (Map.Entry<String, List<ClaimGroup>> e : byOutcome.entrySet()) {
            if (e.getValue().size() < 2) {
                continue; // one noun: its own group says it all
            }
            Map<String, List<Member>> byArticle = e.getValue().stream().flatMap(g -> g.members().stream())
                    .collect(Collectors.groupingBy(Member::article, TreeMap::new, Collectors.toList()));
            List<Member> kept = new ArrayList<>();
            for (List<Member> ms : byArticle.values()) {
                Set<String> values = ms.stream().map(m -> value(m.quantity().orElseThrow())).collect(Collectors.toSet());
                kept.addAll(values.size() == 1 ? ms
                        : ms.stream().filter(m -> m.quantity().orElseThrow().thing().equals("people")).toList());
            }
            kept.sort(MEMBER_ORDER);
            out.add(new ClaimGroup(GroupKind.FIGURE, e.getKey(), kept));
        }
        return out;
    }

    /** The outcome, occasion and time of a count of people, whatever noun counts them. */
    static String key(Quantity q) {
        return q.event() + "|people*|" + q.context() + (q.earlier() ? "|earlier" : "");
    }

    /** The key and the figure: two counts with the same are one fact. */
    static String fact(Quantity q) {
        return key(q) + "=" + value(q);
    }

    private static String value(Quantity q) {
        return q.value() + ":" + q.upper();
    }

    /** Article order, then text order, as in every group. */
    private static final java.util.Comparator<Member> MEMBER_ORDER = java.util.Comparator.comparing(Member::article)
            .thenComparing(m -> m.claim().evidence()).thenComparing(m -> m.quantity().orElseThrow().evidence());

    /** True for a count of people with an outcome ("eight fans died"), not a time, rating or population. */
    static boolean countsPeople(Quantity q) {
        if (q.event().isEmpty() || q.clock() || q.rating() || q.event().equals(Quantity.POPULATION)) {
            return false;
        }
        if (q.thing().equals("people") || q.thing().startsWith("nationals of ")) {
            return true;
        }
        String text = q.evidence().text().strip();
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return Cues.PERSON_NOUNS.contains(Lexicon.fold(last));
    }
}
