package org.factdiff.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two findings files: findings added, removed and changed (matched by
 * their content-derived id), reuse pairs whose coverage or direction moved, and articles added,
 * removed or edited. Every list is sorted: findings by {@link Finding#ORDER}, pairs by
 * {@link CoveragePair#ORDER}, articles by id.
 *
 * @param added    findings only the newer file has
 * @param removed  findings only the older file has
 * @param changed  findings in both whose content differs
 * @param pairs    reuse pairs added, removed, or moved by at least {@link #COVERAGE_STEP}
 * @param articles articles added, removed or edited
 */
public record FindingsDiff(List<Finding> added, List<Finding> removed, List<FindingChange> changed,
                           List<PairChange> pairs, List<ArticleChange> articles) {
    /**
     * Least change of a pair's coverage (a share, 0..1) that is reported: one percentage point.
     * Smaller moves come with any edit of either article and say nothing to a reader.
     */
    public static final BigDecimal COVERAGE_STEP = new BigDecimal("0.01");

    /** Longest value a change line quotes; a longer one is only said to have changed. */
    static final int QUOTED_VALUE_LENGTH = 40;

    public FindingsDiff {
        added = added.stream().sorted(Finding.ORDER).toList();
        removed = removed.stream().sorted(Finding.ORDER).toList();
        changed = changed.stream().sorted((x, y) -> Finding.ORDER.compare(x.after(), y.after())).toList();
        pairs = pairs.stream().sorted((x, y) -> CoveragePair.ORDER.compare(x.pair(), y.pair())).toList();
        articles = articles.stream().sorted((x, y) -> x.article().id().compareTo(y.article().id())).toList();
    }

    /**
     * What changed from {@code old} to {@code now}, two findings.json trees.
     *
     * @throws IllegalArgumentException when either is not a findings file {@link Findings#of} can read
     */
    public static FindingsDiff between(JsonNode old, JsonNode now) {
        return between(Findings.of(old), Findings.of(now));
    }

    /** What changed from {@code old} to {@code now}. */
    public static FindingsDiff between(Findings old, Findings now) {
        List<Finding> added = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        List<FindingChange> changed = new ArrayList<>();
        SortedMap<String, Finding> before = byKey(old.findings(), FindingsDiff::key);
        SortedMap<String, Finding> after = byKey(now.findings(), FindingsDiff::key);
        for (String key : union(before, after)) {
            Finding b = before.get(key);
            Finding a = after.get(key);
            if (b == null) {
                added.add(a);
            } else if (a == null) {
                removed.add(b);
            } else if (!b.equals(a)) {
                List<String> changes = changes(b, a);
                if (!changes.isEmpty()) {
                    changed.add(new FindingChange(b, a, changes));
                }
            }
        }
        return new FindingsDiff(added, removed, changed, pairChanges(old, now), articleChanges(old, now));
    }

    /** True when nothing is reported. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && pairs.isEmpty() && articles.isEmpty();
    }

    /** "3 added, 1 removed, 2 changed; reuse pairs: 1 changed; articles: 1 edited", or "no changes". */
    public String counts() {
        if (isEmpty()) {
            return "no changes";
        }
        StringBuilder s = new StringBuilder();
        s.append(added.size()).append(" added, ").append(removed.size()).append(" removed, ")
                .append(changed.size()).append(" changed");
        s.append(tally("reuse pairs", pairs.stream().map(PairChange::kind).toList(), "changed"));
        s.append(tally("articles", articles.stream().map(ArticleChange::kind).toList(), "edited"));
        return s.toString();
    }

    private static String tally(String what, List<ChangeKind> kinds, String changedWord) {
        if (kinds.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (ChangeKind k : ChangeKind.values()) {
            long n = kinds.stream().filter(k::equals).count();
            if (n > 0) {
                parts.add(n + " " + (k == ChangeKind.CHANGED ? changedWord
                        : k.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return "; " + what + ": " + String.join(", ", parts);
    }

    /** Orphaned reviews keep their own ids apart from findings': a review outlives its finding. */
    private static String key(Finding f) {
        return (f.section() == Section.ORPHANED_REVIEW ? "orphan " : "finding ") + f.id();
    }

    private static List<String> changes(Finding b, Finding a) {
        List<String> out = new ArrayList<>();
        if (b.section() != a.section()) {
            out.add("moved from " + b.section().label() + " to " + a.section().label());
        }
        out.addAll(attributeChanges(b.attributes(), a.attributes()));
        out.addAll(evidenceChanges(b.evidence(), a.evidence(), a.section().evidenceNoun()));
        out.addAll(attributeChanges(b.review().orElse(Review.NONE).attributes(),
                a.review().orElse(Review.NONE).attributes()));
        if (out.isEmpty() && !b.json().equals(a.json())) {
            out.add("other fields changed: " + String.join(", ", differingFields(b.json(), a.json())));
        }
        return out;
    }

    /** Attributes by name, in the newer order, then any the older file alone has. */
    private static List<String> attributeChanges(List<Attribute> before, List<Attribute> after) {
        return attributeChanges(before, after, "");
    }

    /** @param where said after each name: " in strike-eagles" */
    private static List<String> attributeChanges(List<Attribute> before, List<Attribute> after, String where) {
        Map<String, Optional<String>> old = new LinkedHashMap<>();
        before.forEach(x -> old.put(x.name(), x.value()));
        Map<String, Optional<String>> now = new LinkedHashMap<>();
        after.forEach(x -> now.put(x.name(), x.value()));
        List<String> names = new ArrayList<>(now.keySet());
        old.keySet().stream().filter(n -> !now.containsKey(n)).forEach(names::add);
        List<String> out = new ArrayList<>();
        for (String name : names) {
            Optional<String> x = old.getOrDefault(name, Optional.empty());
            Optional<String> y = now.getOrDefault(name, Optional.empty());
            if (!x.equals(y)) {
                out.add(valueChange(name + where, x.orElse("none"), y.orElse("none")));
            }
        }
        return out;
    }

    /** "kind: entity → number" when both are short, else "explanation changed". */
    static String valueChange(String name, String from, String to) {
        if (from.codePointCount(0, from.length()) <= QUOTED_VALUE_LENGTH
                && to.codePointCount(0, to.length()) <= QUOTED_VALUE_LENGTH) {
            return name + ": " + from + " → " + to;
        }
        return name + " changed";
    }

    /**
     * Evidence compared article by article: articles added or removed, excerpts edited, what the
     * finding says about an excerpt (value, speaker), and excerpts that only moved, which is what
     * an edit elsewhere in the article does.
     */
    private static List<String> evidenceChanges(List<Evidence> before, List<Evidence> after, String noun) {
        SortedMap<String, List<Evidence>> old = byArticle(before);
        SortedMap<String, List<Evidence>> now = byArticle(after);
        List<String> addedArticles = new ArrayList<>();
        List<String> removedArticles = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (String article : union(old, now)) {
            List<Evidence> x = old.get(article);
            List<Evidence> y = now.get(article);
            if (x == null) {
                addedArticles.add(article);
            } else if (y == null) {
                removedArticles.add(article);
            } else if (!x.equals(y)) {
                List<String> xt = x.stream().map(Evidence::text).toList();
                List<String> yt = y.stream().map(Evidence::text).toList();
                List<Evidence> xu = x.stream().map(Evidence::unplaced).toList();
                List<Evidence> yu = y.stream().map(Evidence::unplaced).toList();
                if (!xt.equals(yt)) {
                    edited.add(article);
                } else if (!xu.equals(yu)) {
                    for (int i = 0; i < x.size(); i++) {
                        extras.addAll(attributeChanges(x.get(i).extras(), y.get(i).extras(), " in " + article));
                    }
                }
                if (!x.stream().map(e -> List.of(e.start(), e.end())).toList()
                        .equals(y.stream().map(e -> List.of(e.start(), e.end())).toList()) && xt.equals(yt)) {
                    moved.add(article);
                }
            }
        }
        List<String> out = new ArrayList<>();
        if (!addedArticles.isEmpty()) {
            out.add(noun + " added: " + String.join(", ", addedArticles));
        }
        if (!removedArticles.isEmpty()) {
            out.add(noun + " removed: " + String.join(", ", removedArticles));
        }
        if (!edited.isEmpty()) {
            out.add("excerpt edited: " + String.join(", ", edited));
        }
        out.addAll(extras);
        if (!moved.isEmpty()) {
            out.add(out.isEmpty() ? "evidence moved (offsets only)" : "evidence moved: " + String.join(", ", moved));
        }
        return out;
    }

    private static SortedMap<String, List<Evidence>> byArticle(List<Evidence> evidence) {
        SortedMap<String, List<Evidence>> out = new TreeMap<>();
        for (Evidence e : evidence) {
            out.computeIfAbsent(e.article(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static List<String> differingFields(JsonNode b, JsonNode a) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names.stream().filter(n -> !Objects.equals(b.get(n), a.get(n))).toList();
    }

    private static List<PairChange> pairChanges(Findings old, Findings now) {
        SortedMap<String, CoveragePair> before = byKey(old.pairs(), CoveragePair::key);
        SortedMap<String, CoveragePair> after = byKey(now.pairs(), CoveragePair::key);
        List<PairChange> out = new ArrayList<>();
        for (String key : union(before, after)) {
            CoveragePair b = before.get(key);
            CoveragePair a = after.get(key);
            if (b == null || a == null) {
                CoveragePair p = b == null ? a : b;
                out.add(new PairChange(b == null ? ChangeKind.ADDED : ChangeKind.REMOVED, p,
                        List.of("coverage " + percent(p.coverageA()) + " of " + p.a() + ", " + percent(p.coverageB())
                                + " of " + p.b(), "direction " + p.direction())));
                continue;
            }
            List<String> changes = new ArrayList<>();
            if (moved(b.coverageA(), a.coverageA())) {
                changes.add("coverage of " + a.a() + ": " + percent(b.coverageA()) + " → " + percent(a.coverageA()));
            }
            if (moved(b.coverageB(), a.coverageB())) {
                changes.add("coverage of " + a.b() + ": " + percent(b.coverageB()) + " → " + percent(a.coverageB()));
            }
            if (!b.direction().equals(a.direction())) {
                changes.add("direction: " + b.direction() + " → " + a.direction());
            }
            if (b.id().isPresent() && a.id().isPresent() && !b.id().equals(a.id())) {
                changes.add("id: " + b.id().get() + " → " + a.id().get());
            }
            changes.addAll(attributeChanges(b.review().orElse(Review.NONE).attributes(),
                    a.review().orElse(Review.NONE).attributes()));
            if (!changes.isEmpty()) {
                out.add(new PairChange(ChangeKind.CHANGED, a, changes));
            }
        }
        return out;
    }

    private static boolean moved(BigDecimal from, BigDecimal to) {
        return from.subtract(to).abs().compareTo(COVERAGE_STEP) >= 0;
    }

    /** A share 0..1 as a percentage with one decimal: "9.5%". */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static List<ArticleChange> articleChanges(Findings old, Findings now) {
        SortedMap<String, ArticleVersion> before = byKey(old.articles(), ArticleVersion::id);
        SortedMap<String, ArticleVersion> after = byKey(now.articles(), ArticleVersion::id);
        List<ArticleChange> out = new ArrayList<>();
        for (String id : union(before, after)) {
            ArticleVersion b = before.get(id);
            ArticleVersion a = after.get(id);
            if (b == null || a == null) {
                ArticleVersion v = b == null ? a : b;
                out.add(new ArticleChange(b == null ? ChangeKind.ADDED : ChangeKind.REMOVED, v,
                        v.title().map(t -> List.of("“" + Excerpts.cut(t, Finding.EXCERPT_LENGTH) + "”"))
                                .orElse(List.of())));
            } else if (!b.sha256().equals(a.sha256())) {
                List<String> changes = new ArrayList<>();
                changes.add("sha256 " + shortHash(b.sha256()) + " → " + shortHash(a.sha256()));
                if (b.words().isPresent() && a.words().isPresent() && b.words().getAsLong() != a.words().getAsLong()) {
                    changes.add(b.words().getAsLong() + " → " + a.words().getAsLong() + " words");
                }
                out.add(new ArticleChange(ChangeKind.CHANGED, a, changes));
            }
        }
        return out;
    }

    /** Twelve hex digits tell two versions of one article apart. */
    private static String shortHash(String sha256) {
        return sha256.isEmpty() ? "none" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    private static <T> SortedMap<String, T> byKey(List<T> items, Function<T, String> key) {
        SortedMap<String, T> out = new TreeMap<>();
        for (T item : items) {
            out.put(key.apply(item), item);
        }
        return out;
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
