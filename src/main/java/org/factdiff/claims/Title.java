package org.factdiff.claims;

import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * The office a sentence gives a named person: "Sheriff Quentin Miller", "the local police
 * chief, Quentin Miller", "Michael Nutter, the city's mayor".
 *
 * @param phrase the office and the name as written
 * @param person the person in canonical form: first and last word of the name ("quentin miller")
 * @param name   the name as written
 * @param office the office in canonical form ("sheriff", "police chief", "lieutenant governor")
 */
public record Title(Excerpt phrase, String person, String name, String office) {
    public Title {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(office, "office");
    }
}
