package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.factdiff.Articles;
import org.junit.jupiter.api.Test;

/**
 * A case made by mistake of articles about different incidents: their tolls are no
 * contradiction. Written for this test; no article's text.
 */
class UnrelatedArticlesTest {
    @Test
    void tollsOfDifferentIncidentsAreNeverSetAgainstEachOther() throws Exception {
        Comparison c = ClaimsPipeline.compare(List.of(
                Articles.of("cinema", "A gunman opened fire in a cinema in Larkport on Friday night, killing 2 people "
                        + "and wounding five, police said. The suspect was arrested at the scene."),
                Articles.of("war", "More than 10 people were killed when shells hit a market in Dravon province, "
                        + "the regional governor said. Fighting has gone on for months."),
                Articles.of("museum", "At least 19 people were killed in an attack on the Selwyn Museum, "
                        + "officials in the capital said. Guards returned fire."),
                Articles.of("flood", "Floods in the Amber valley killed 7 people and injured 40, the rescue "
                        + "service said on Sunday."),
                Articles.of("mine", "Three miners were killed and 12 injured when a shaft collapsed at the Corran "
                        + "coal mine, the operator said."),
                Articles.of("ferry", "A ferry capsized off Tessa island, and 31 people died, the coast guard said. "
                        + "Divers searched the hull.")));
        assertEquals(List.of(), c.contradictions().stream().map(Contradiction::topic).toList());
        assertFalse(c.agreements().stream().anyMatch(a -> a.sources().size() >= 2
                && a.statement().matches(".*\\d.*")), "figures of different incidents agree on nothing");
    }
}
