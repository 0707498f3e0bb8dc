package org.factdiff.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdiff.casefile.Timestamp;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Token;

/**
 * What the passages say about the articles: coverage of each by each, how original each is,
 * in how many articles each passage appears, containment, and the likely direction of
 * copying, with its reason.
 */
final class Provenance {
    private final ReuseOptions options;

    Provenance(ReuseOptions options) {
        this.options = options;
    }

    ReuseResult summarize(List<WinnowingReuseDetector.Doc> docs, Map<Long, List<Passage>> byPair) {
        // Spans of each article shared with each other article.
        Map<Integer, Map<Integer, List<int[]>>> spans = new TreeMap<>();
        for (Map.Entry<Long, List<Passage>> e : byPair.entrySet()) {
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (e.getKey() & 0xFFFFFFFFL);
            for (Passage p : e.getValue()) {
                spans.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(b, k -> new ArrayList<>())
                        .add(new int[] {p.a().start(), p.a().end()});
                spans.computeIfAbsent(b, k -> new TreeMap<>()).computeIfAbsent(a, k -> new ArrayList<>())
                        .add(new int[] {p.b().start(), p.b().end()});
            }
        }
        // Each pair is summed up on its own (the spans are only read now), on all cores, and the
        // pairs are gathered in key order.
        List<Map.Entry<Long, List<Passage>>> entries = new ArrayList<>(byPair.entrySet());
        List<ReusePair> pairs = entries.parallelStream().map(e -> {
            WinnowingReuseDetector.Doc a = docs.get((int) (e.getKey() >>> 32));
            WinnowingReuseDetector.Doc b = docs.get((int) (e.getKey() & 0xFFFFFFFFL));
            List<Passage> passages = new ArrayList<>();
            List<Neighbour> others = sharingWith(a.index, b.index, spans);
            for (Passage p : e.getValue()) {
                passages.add(p.withSharedBy(sharedBy(p, others)));
            }
            double covA = coverage(a, spans.get(a.index).get(b.index));
            double covB = coverage(b, spans.get(b.index).get(a.index));
            Containment containment = contains(covA, covB) ? Containment.A_IN_B
                    : contains(covB, covA) ? Containment.B_IN_A : Containment.NONE;
            return direct(a, b, covA, covB, containment, passages);
        }).toList();
        Map<String, Double> original = new TreeMap<>();
        for (WinnowingReuseDetector.Doc d : docs) {
            List<int[]> all = new ArrayList<>();
            spans.getOrDefault(d.index, Map.of()).values().forEach(all::addAll);
            original.put(d.id, PassageBuilder.round(1 - coverage(d, all)));
        }
        return new ReuseResult(pairs, original);
    }

    /**
     * True when the first article is nearly all inside the second and the second adds
     * material of its own: two near-copies of each other contain neither.
     */
    private boolean contains(double coverageOfContained, double coverageOfContainer) {
        return coverageOfContained >= options.containment()
                && coverageOfContainer <= coverageOfContained - CONTAINER_ADDS;
    }

    /** How much less of the container must be shared than of the contained article. */
    static final double CONTAINER_ADDS = 0.2;

    /** In how many articles the passage appears: its two, plus those sharing most of either side. */
    private static int sharedBy(Passage p, List<Neighbour> others) {
        int with = 2;
        for (Neighbour other : others) {
            if (covers(other.withA(), p.a()) || covers(other.withB(), p.b())) {
                with++;
            }
        }
        return with;
    }

    /** An article that shares text with a pair's a or b, and the spans it shares with each (null: none). */
    private record Neighbour(List<int[]> withA, List<int[]> withB) {
    }

    /**
     * The articles besides a and b that share some text with either, once each. Only they can
     * share one of the pair's passages: looking at those alone keeps this linear in the pairs,
     * not in pairs times articles; found once, with the spans they share, for all the pair's
     * passages.
     */
    private static List<Neighbour> sharingWith(int a, int b, Map<Integer, Map<Integer, List<int[]>>> spans) {
        Map<Integer, List<int[]>> ofA = spans.getOrDefault(a, Map.of());
        Map<Integer, List<int[]>> ofB = spans.getOrDefault(b, Map.of());
        TreeSet<Integer> others = new TreeSet<>(ofA.keySet());
        others.addAll(ofB.keySet());
        others.remove(a);
        others.remove(b);
        List<Neighbour> out = new ArrayList<>(others.size());
        for (int other : others) {
            out.add(new Neighbour(ofA.get(other), ofB.get(other)));
        }
        return out;
    }

    private static boolean covers(List<int[]> list, Excerpt side) {
        if (list == null) {
            return false;
        }
        for (int[] s : list) {
            int overlap = Math.min(s[1], side.end()) - Math.max(s[0], side.start());
            if (overlap > 0 && overlap * 2 >= side.length()) {
                return true;
            }
        }
        return false;
    }

    /** Share of the article's words that lie inside the spans. */
    /** The first index whose value is at least {@code offset}, in an ascending array. */
    private static int firstStartingAtOrAfter(int[] ascending, int offset) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static double coverage(WinnowingReuseDetector.Doc doc, List<int[]> spans) {
        if (spans == null || spans.isEmpty() || doc.text.words() == 0) {
            return 0;
        }
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : sorted) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        // The words of the tokens lying wholly inside a merged span: tokens are in text order
        // and do not overlap, so each span covers one run of them, found by binary search.
        int covered = 0;
        for (int[] span : merged) {
            int first = firstStartingAtOrAfter(doc.tokenStart, span[0]);
            int end = firstStartingAtOrAfter(doc.tokenEnd, span[1] + 1);
            if (end > first) {
                covered += doc.wordsBefore[end] - doc.wordsBefore[first];
            }
        }
        return PassageBuilder.round(Math.min(1.0, (double) covered / doc.text.words()));
    }

    private ReusePair direct(WinnowingReuseDetector.Doc a, WinnowingReuseDetector.Doc b, double covA, double covB,
                             Containment containment, List<Passage> passages) {
        Optional<Timestamp> pa = a.article.published();
        Optional<Timestamp> pb = b.article.published();
        if (pa.isPresent() && pb.isPresent()) {
            int order = knownOrder(pa.get(), pb.get());
            if (order != 0) {
                boolean aFirst = order < 0;
                String first = aFirst ? a.id : b.id;
                String later = aFirst ? b.id : a.id;
                String reason = String.format(Locale.ROOT, "%s was published before %s (%s, %s)", first, later,
                        aFirst ? pa.get() : pb.get(), aFirst ? pb.get() : pa.get());
                return new ReusePair(a.id, b.id, covA, covB, containment, aFirst ? Direction.A_TO_B : Direction.B_TO_A,
                        reason, passages);
            }
        }
        String noTimes = pa.isPresent() && pb.isPresent() ? "their publication times do not tell them apart"
                : "publication times are not known for both";
        if (containment == Containment.A_IN_B) {
            return new ReusePair(a.id, b.id, covA, covB, containment, Direction.A_TO_B,
                    contained(b.id, a.id, covA, noTimes), passages);
        }
        if (containment == Containment.B_IN_A) {
            return new ReusePair(a.id, b.id, covA, covB, containment, Direction.B_TO_A,
                    contained(a.id, b.id, covB, noTimes), passages);
        }
        if (covA >= options.containment() && covB >= options.containment()) {
            return new ReusePair(a.id, b.id, covA, covB, containment, Direction.UNKNOWN, String.format(Locale.ROOT,
                    "%s, and each text holds nearly all of the other (%d%% and %d%%): the same text twice, so either "
                            + "may be the copy", noTimes, Math.round(covA * 100), Math.round(covB * 100)), passages);
        }
        return new ReusePair(a.id, b.id, covA, covB, containment, Direction.UNKNOWN,
                noTimes + " and neither text contains the other", passages);
    }

    private static String contained(String container, String contained, double coverage, String noTimes) {
        return String.format(Locale.ROOT, "%s; %s contains %d%% of %s and adds material of its own, so it is likely "
                + "the later text", noTimes, container, Math.round(coverage * 100), contained);
    }

    /** Negative when a is known to come first, positive when b, 0 when the times cannot tell. */
    static int knownOrder(Timestamp a, Timestamp b) {
        if (a.offset().isPresent() && b.offset().isPresent()) {
            return Long.compare(a.epochSecond(), b.epochSecond());
        }
        return a.date().compareTo(b.date()) == 0 ? 0 : a.utcDate().compareTo(b.utcDate());
    }
}
