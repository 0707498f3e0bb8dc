package org.factdiff.claims;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factdiff.text.Excerpt;

/**
 * Who did what to whom, as one sentence states it: "the US-led coalition struck the Syrian
 * army" is an attack with an agent and a target; "the Pentagon-backed rebel group" is
 * support with a backer and a backed group.
 *
 * @param relation    what kind of act
 * @param cue         the act's word in a base form ("strike", "hit", "back", "train")
 * @param word        the act's word in the text
 * @param agent       who acts, as written, when the sentence says
 * @param patient     whom or what the act concerns, as written, when the sentence says
 * @param agentNames  canonical forms of the names in the agent ("§united_states")
 * @param groups      the named groups in the patient, canonical form to the words as written:
 *                    lexicon names of several words and runs of capitalised words
 *                    ("syrian democratic forces" to "Syrian Democratic Forces")
 * @param kind        what sort of actor the patient is
 */
public record Role(Relation relation, String cue, Excerpt word, Optional<Excerpt> agent, Optional<Excerpt> patient,
                   Set<String> agentNames, Map<String, String> groups, ActorKind kind) {
    public Role {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(patient, "patient");
        agentNames = Set.copyOf(agentNames);
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups)); // in text order
        Objects.requireNonNull(kind, "kind");
    }

    /** The kinds of act a role states. */
    public enum Relation {
        /** Strikes, attacks, bombing: the agent attacks the patient. */
        ATTACK,
        /** Backing, training, funding: the agent supports the patient. */
        SUPPORT
    }
}
