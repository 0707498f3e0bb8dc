package org.factdiff.align;

import java.util.Objects;
import java.util.Optional;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Quantity;
import org.factdiff.claims.QuoteMention;

/** One article's part in a claim group: its claim and, for figures and quotes, which one. */
public record Member(Claim claim, Optional<Quantity> quantity, Optional<QuoteMention> quote) {
    public Member {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(quote, "quote");
    }

    public String article() {
        return claim.article();
    }
}
