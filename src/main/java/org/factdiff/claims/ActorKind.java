package org.factdiff.claims;

import java.util.List;
import java.util.Set;
import org.factdiff.base.WordLists;

/**
 * What sort of armed or civilian actor a phrase names, from its words: "the Syrian army" and
 * "government troops" are state forces, "pro-government forces" and "militias" are irregular
 * forces. General newsroom vocabulary; two phrases of different kinds name different actors.
 */
public enum ActorKind {
    STATE_FORCES("state forces"),
    IRREGULAR_FORCES("militias or pro-government forces"),
    REBELS("rebels or opposition fighters"),
    MILITANTS("militants"),
    CIVILIANS("civilians"),
    NONE("");

    private static final Set<String> STATE = WordLists.set(ActorKind.class, "actor-state.txt");
    /** Words that make "forces" state forces: "government forces", "armed forces", "regime forces". */
    private static final Set<String> STATE_FORCE_MODIFIERS = WordLists.set(ActorKind.class,
            "actor-state-force-modifiers.txt");
    private static final Set<String> FORCES = Set.of("force", "forces");
    private static final Set<String> REBEL = WordLists.set(ActorKind.class, "actor-rebels.txt");
    private static final Set<String> MILITANT = WordLists.set(ActorKind.class, "actor-militants.txt");
    private static final Set<String> CIVILIAN = WordLists.set(ActorKind.class, "actor-civilians.txt");

    private final String label;

    ActorKind(String label) {
        this.label = label;
    }

    /** How the report names the kind. */
    public String label() {
        return label;
    }

    /**
     * The kind of the phrase whose words (lower case, in order) are given; {@code proPrefix}
     * is true when it begins "pro-" ("pro-government forces", "pro-Assad fighters").
     */
    static ActorKind of(List<String> words, boolean proPrefix) {
        for (String w : words) {
            if (w.startsWith("militia") || w.startsWith("paramilitar") || w.equals("loyalists")) {
                return IRREGULAR_FORCES;
            }
        }
        if (proPrefix) {
            return IRREGULAR_FORCES;
        }
        boolean forces = false;
        boolean stateModifier = false;
        for (String w : words) {
            if (STATE.contains(w)) {
                return STATE_FORCES;
            }
            forces |= FORCES.contains(w);
            stateModifier |= STATE_FORCE_MODIFIERS.contains(w);
        }
        if (forces && stateModifier) {
            return STATE_FORCES;
        }
        for (String w : words) {
            if (REBEL.contains(w)) {
                return REBELS;
            }
            if (MILITANT.contains(w)) {
                return MILITANTS;
            }
            if (CIVILIAN.contains(w)) {
                return CIVILIANS;
            }
        }
        return NONE;
    }
}
