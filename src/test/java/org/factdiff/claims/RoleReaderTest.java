package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleReaderTest {
    /** Each role as "RELATION cue: agent -> patient (kind) [groups]", joined by "; ". */
    static String roles(String sentence) {
        return new RoleReader().read(Tagged.sentence(sentence)).stream()
                .map(r -> r.relation() + " " + r.cue() + ": " + r.agent().map(e -> e.text()).orElse("-") + " -> "
                        + r.patient().map(e -> e.text()).orElse("-")
                        + (r.kind() == ActorKind.NONE ? "" : " (" + r.kind() + ")")
                        + (r.groups().isEmpty() ? "" : " " + new TreeSet<>(r.groups().values())))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Ostland navy shelled rebel camps on the coast.              | `ATTACK shell: The Ostland navy -> rebel camps (REBELS)`
            A supply depot was bombed before dawn.                          | `ATTACK bomb: - -> A supply depot`
            Villagers reported raids by Ostland troops on the market.       | `ATTACK raid: Ostland troops -> market`
            The Ostland-backed Coastal Guard Militia held the port.         | `SUPPORT back: Ostland -> Coastal Guard Militia (IRREGULAR_FORCES) [Coastal Guard Militia]`
            The ministry wanted to target smugglers in the bay.             | ``
            The night train left the station on time.                       | ``
            """)
    void whoDoesWhatToWhom(String sentence, String expected) {
        assertEquals(expected, roles(sentence));
    }
}
