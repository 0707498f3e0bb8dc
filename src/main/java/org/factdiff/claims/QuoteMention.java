package org.factdiff.claims;

import java.util.Objects;
import org.factdiff.text.Excerpt;

/**
 * A quotation and whom the article credits with it.
 *
 * @param evidence the quoted words (marks excluded)
 * @param speaker  the credited speaker as written ("the defense official", "Nutter"), or ""
 * @param named    true when the speaker is named (a proper name), not only described
 * @param channel  the named outlet or person the words came through ("AFP" in "told AFP",
 *                 "Reuters" in "Reuters cited"), or ""
 */
public record QuoteMention(Excerpt evidence, String speaker, boolean named, String channel) {
    public QuoteMention {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(channel, "channel");
    }
}
