package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factdiff.claims.ActorKind;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Role;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;
import org.factdiff.text.Token;

/**
 * Contradictions about who did what to whom, read from the roles of all claims of the case
 * rather than from one aligned sentence, because articles rarely word the act alike:
 *
 * <ul>
 *   <li>who attacked: an article credits the incident's attack to a name no other article
 *       uses, while two or more others agree on another ("strikes by NATO" against "the
 *       US-led coalition struck");</li>
 *   <li>who was attacked: articles name targets of different kinds ({@link ActorKind}: "the
 *       Syrian army" against "pro-government forces" or "militias");</li>
 *   <li>which group is backed: articles name different groups as the ones backed or trained,
 *       and none names the other's.</li>
 * </ul>
 * Only roles of the incident count: sentences that deny, recall another occasion, or name
 * a place that the articles do not share as the incident's are left out.
 */
final class RoleConflicts implements ContradictionRule {
    private static final Map<String, String> PARTICIPLES = Map.of("strike", "struck", "hit", "hit", "attack", "attacked",
            "bomb", "bombed", "shell", "shelled", "target", "targeted", "raid", "raided", "pound", "pounded");

    private final Map<String, ParsedText> texts;
    /** Each word of the texts (a name's group, else its folded form) to the first two articles holding it, once read. */
    private Map<String, List<String>> holders;

    RoleConflicts(Map<String, ParsedText> texts) {
        this.texts = texts;
    }

    /** One claim's role, with the claim it comes from. */
    private record Found(Claim claim, Role role) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Claim> claims = in.claims();
        List<Found> attacks = new ArrayList<>();
        List<Found> support = new ArrayList<>();
        Set<String> incidentPlaces = incidentPlaces(claims);
        for (Claim c : claims) {
            for (Role r : c.roles()) {
                if (c.negated()) {
                    continue;
                }
                if (r.relation() == Role.Relation.SUPPORT) {
                    support.add(new Found(c, r));
                } else if (!c.otherOccasion() && atIncident(c, incidentPlaces)) {
                    attacks.add(new Found(c, r));
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        Set<String> consensus = new TreeSet<>();
        out.addAll(attackers(attacks, consensus));
        out.addAll(targets(attacks, consensus));
        out.addAll(backedGroups(support));
        return out;
    }

    // ---------------------------------------------------------------- who attacked

    private List<Contradiction> attackers(List<Found> attacks, Set<String> consensusOut) {
        List<Found> named = attacks.stream().filter(f -> !f.role().agentNames().isEmpty()).toList();
        // Names used as the attacker, and by how many articles.
        Map<String, Set<String>> articlesByName = new TreeMap<>();
        Map<String, Set<String>> articlesByCue = new TreeMap<>();
        for (Found f : named) {
            f.role().agentNames().forEach(n -> articlesByName.computeIfAbsent(n, k -> new TreeSet<>()).add(f.claim().article()));
            articlesByCue.computeIfAbsent(f.role().cue(), k -> new TreeSet<>()).add(f.claim().article());
        }
        articlesByName.forEach((n, articles) -> {
            if (articles.size() >= 2) {
                consensusOut.add(n);
            }
        });
        String cue = articlesByCue.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Set<String>> e)
                -> e.getValue().size()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey)
                .orElse("");
        List<Contradiction> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Found f : named) {
            String article = f.claim().article();
            if (!f.role().cue().equals(cue) || !reported.add(article + "|" + f.role().agentNames())) {
                continue;
            }
            boolean foreign = f.role().agentNames().stream().noneMatch(n -> mentionedOutside(n, article));
            if (!foreign) {
                continue;
            }
            // The name most other articles give the attacker.
            String usual = null;
            int most = 1;
            for (Map.Entry<String, Set<String>> e : articlesByName.entrySet()) {
                int others = (int) e.getValue().stream().filter(a -> !a.equals(article)).count();
                if (others > most && !f.role().agentNames().contains(e.getKey())) {
                    usual = e.getKey();
                    most = others;
                }
            }
            if (usual == null) {
                continue;
            }
            List<Contradiction.Value> values = new ArrayList<>();
            values.add(value(f.claim(), f.role().agent().orElseThrow()));
            Map<String, Found> firstElsewhere = new TreeMap<>();
            for (Found g : named) {
                if (!g.claim().article().equals(article) && g.role().agentNames().contains(usual)) {
                    firstElsewhere.putIfAbsent(g.claim().article(), g);
                }
            }
            firstElsewhere.values().forEach(g -> values.add(value(g.claim(), g.role().agent().orElseThrow())));
            values.sort(Comparator.comparing(Contradiction.Value::evidence));
            String others = Prose.articles(List.copyOf(firstElsewhere.keySet()));
            String topic = "who carried out the " + nounOf(cue);
            String explanation = article + " credits the " + nounOf(cue) + " to \u201C" + values.stream()
                    .filter(v -> v.evidence().article().equals(article)).findFirst().orElseThrow().value()
                    + "\u201D, a name no other article uses; " + others + (firstElsewhere.size() == 1 ? " says" : " say")
                    + " \u201C" + firstElsewhere.values().iterator().next().role().agent().orElseThrow().text()
                    .replaceFirst("(?i)^the\\s+", "") + "\u201D.";
            out.add(new Contradiction(Ids.of("x", parts("attacker", values)), topic, ContradictionKind.ENTITY,
                    explanation, values));
        }
        return out;
    }

    // ---------------------------------------------------------------- who was attacked

    private List<Contradiction> targets(List<Found> attacks, Set<String> consensus) {
        Map<String, Map<ActorKind, Found>> byArticle = new TreeMap<>();
        Map<String, Integer> cues = new TreeMap<>();
        for (Found f : attacks) {
            Role r = f.role();
            if (r.kind() == ActorKind.NONE) {
                continue;
            }
            if (!r.agentNames().isEmpty() && !consensus.isEmpty() && r.agentNames().stream().noneMatch(consensus::contains)) {
                continue; // another attacker's act
            }
            byArticle.computeIfAbsent(f.claim().article(), k -> new LinkedHashMap<>()).putIfAbsent(r.kind(), f);
            cues.merge(r.cue(), 1, Integer::sum);
        }
        boolean disjoint = false;
        List<String> ids = new ArrayList<>(byArticle.keySet());
        for (int i = 0; i < ids.size() && !disjoint; i++) {
            for (int j = i + 1; j < ids.size() && !disjoint; j++) {
                Set<ActorKind> a = byArticle.get(ids.get(i)).keySet();
                disjoint = a.stream().noneMatch(byArticle.get(ids.get(j)).keySet()::contains);
            }
        }
        if (!disjoint) {
            return List.of();
        }
        List<Contradiction.Value> values = new ArrayList<>();
        Map<String, List<String>> articlesBySaying = sayings(byArticle, values,
                f -> value(f.claim(), f.role().patient().orElseThrow()), f -> f.role().kind().label());
        String cue = cues.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("strike");
        String explanation = "Articles name different kinds of target: " + describe(articlesBySaying, "says", "say") + ".";
        return List.of(new Contradiction(Ids.of("x", parts("target", values)),
                "who was " + PARTICIPLES.getOrDefault(cue, cue), ContradictionKind.ENTITY, explanation, values));
    }

    // ---------------------------------------------------------------- which group is backed

    private List<Contradiction> backedGroups(List<Found> support) {
        Map<String, Map<String, Found>> byArticle = new TreeMap<>();
        Map<String, Set<String>> articlesByGroup = new TreeMap<>();
        for (Found f : support) {
            for (String g : f.role().groups().keySet()) {
                byArticle.computeIfAbsent(f.claim().article(), k -> new TreeMap<>()).putIfAbsent(g, f);
                articlesByGroup.computeIfAbsent(g, k -> new TreeSet<>()).add(f.claim().article());
            }
        }
        if (articlesByGroup.values().stream().noneMatch(a -> a.size() >= 2)) {
            return List.of(); // no group is named by two articles: nothing to set against
        }
        boolean conflict = false;
        List<String> ids = new ArrayList<>(byArticle.keySet());
        for (int i = 0; i < ids.size() && !conflict; i++) {
            for (int j = i + 1; j < ids.size() && !conflict; j++) {
                conflict = exclusive(ids.get(i), byArticle.get(ids.get(i)), ids.get(j), byArticle.get(ids.get(j)));
            }
        }
        if (!conflict) {
            return List.of();
        }
        List<Contradiction.Value> values = new ArrayList<>();
        Map<String, List<String>> articlesBySaying = sayings(byArticle, values, f -> new Contradiction.Value(
                f.claim().evidence(), String.join(" and ", f.role().groups().values())),
                f -> "\u201C" + f.role().word().text() + "\u201D");
        String explanation = "Articles name different groups as the ones backed or trained, and none names the"
                + " other's: " + describe(articlesBySaying, "names", "name") + ".";
        return List.of(new Contradiction(Ids.of("x", parts("backed", values)), "which group is backed or trained",
                ContradictionKind.ENTITY, explanation, values));
    }

    /**
     * True when two articles name only different backed groups, neither mentions the other's
     * groups anywhere, and their backers do not differ by name.
     */
    private boolean exclusive(String a, Map<String, Found> ga, String b, Map<String, Found> gb) {
        if (ga.keySet().stream().anyMatch(gb::containsKey)) {
            return false;
        }
        for (String g : ga.keySet()) {
            if (mentionedIn(List.of(g.split(" ")), b)) {
                return false;
            }
        }
        for (String g : gb.keySet()) {
            if (mentionedIn(List.of(g.split(" ")), a)) {
                return false;
            }
        }
        Set<String> backersA = backers(ga.values());
        Set<String> backersB = backers(gb.values());
        return backersA.isEmpty() || backersB.isEmpty() || backersA.stream().anyMatch(backersB::contains);
    }

    private static Set<String> backers(Collection<Found> found) {
        Set<String> out = new TreeSet<>();
        found.forEach(f -> out.addAll(f.role().agentNames()));
        return out;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Adds each article's values (once per role) to {@code values}, sorted, and returns the
     * articles by what they say: "“Syrian army” (state forces)" to the articles saying it.
     */
    private static Map<String, List<String>> sayings(Map<String, ? extends Map<?, Found>> byArticle,
                                                     List<Contradiction.Value> values,
                                                     java.util.function.Function<Found, Contradiction.Value> value,
                                                     java.util.function.Function<Found, String> note) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byArticle.forEach((article, found) -> {
            List<String> said = new ArrayList<>();
            new LinkedHashSet<Found>(found.values()).forEach(f -> {
                Contradiction.Value v = value.apply(f);
                values.add(v);
                said.add("\u201C" + v.value() + "\u201D (" + note.apply(f) + ")");
            });
            out.computeIfAbsent(String.join(" and ", said), k -> new ArrayList<>()).add(article);
        });
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        return out;
    }

    /** "a says X; b and c say Y". */
    private static String describe(Map<String, List<String>> articlesBySaying, String one, String many) {
        return articlesBySaying.entrySet().stream().map(e -> Prose.articles(e.getValue()) + " "
                + (e.getValue().size() == 1 ? one : many) + " " + e.getKey()).collect(Collectors.joining("; "));
    }

    /** Canonical forms of the places named by the most articles: where the incident happened. */
    private Set<String> incidentPlaces(List<Claim> claims) {
        Map<String, Set<String>> articlesByPlace = new TreeMap<>();
        for (Claim c : claims) {
            for (String p : placeKeys(c)) {
                articlesByPlace.computeIfAbsent(p, k -> new TreeSet<>()).add(c.article());
            }
        }
        int most = articlesByPlace.values().stream().mapToInt(Set::size).max().orElse(0);
        Set<String> out = new TreeSet<>();
        if (most >= 2) {
            articlesByPlace.forEach((p, a) -> {
                if (a.size() == most) {
                    out.add(p);
                }
            });
        }
        return out;
    }

    private boolean atIncident(Claim c, Set<String> incidentPlaces) {
        Set<String> places = placeKeys(c);
        return incidentPlaces.isEmpty() || places.isEmpty() || places.stream().anyMatch(incidentPlaces::contains);
    }

    /** The claim's places in canonical form: the tokens of each place as the text stage read them. */
    private Set<String> placeKeys(Claim c) {
        Set<String> out = new TreeSet<>();
        for (String place : c.places()) {
            String key = texts.get(c.article()).canonical(c.evidence(), place);
            if (!key.isEmpty()) {
                out.add(key);
            }
        }
        return out;
    }

    /** True when the article's words hold the key's words in a row. */
    private boolean mentionedIn(List<String> key, String article) {
        List<String> w = words(texts.get(article));
        for (int i = 0; i + key.size() <= w.size(); i++) {
            if (w.subList(i, i + key.size()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** A text's words as roles compare them: a name's group, else the folded form. */
    private static List<String> words(ParsedText t) {
        List<String> w = new ArrayList<>(t.tokens().size());
        for (Token k : t.tokens()) {
            w.add(word(t, k));
        }
        return w;
    }

    private static String word(ParsedText t, Token k) {
        return k.isName() ? k.norm() : Lexicon.fold(t.text().substring(k.start(), k.end()));
    }

    /** True when an article other than this one holds the word. */
    private boolean mentionedOutside(String word, String article) {
        if (holders == null) {
            // Two articles a word are enough to answer, so a case of millions of words keeps no
            // copy of its texts (each article's word list was most of the compare stage's heap).
            holders = new HashMap<>();
            texts.forEach((id, t) -> {
                for (Token k : t.tokens()) {
                    List<String> h = holders.computeIfAbsent(word(t, k), x -> new ArrayList<>(2));
                    if (h.size() < 2 && !h.contains(id)) {
                        h.add(id);
                    }
                }
            });
        }
        return holders.getOrDefault(word, List.of()).stream().anyMatch(a -> !a.equals(article));
    }

    private static Contradiction.Value value(Claim c, Excerpt phrase) {
        return new Contradiction.Value(c.evidence(), phrase.text().replaceFirst("(?i)^the\\s+", ""));
    }

    private static String nounOf(String cue) {
        return switch (cue) {
            case "strike", "hit" -> "strikes";
            case "bomb" -> "bombing";
            case "shell" -> "shelling";
            default -> cue + "s";
        };
    }

    private static List<String> parts(String kind, List<Contradiction.Value> values) {
        List<String> parts = new ArrayList<>();
        parts.add(kind);
        values.forEach(v -> parts.add(v.evidence().article() + ":" + v.value() + ":" + v.evidence().text()));
        return parts;
    }
}
