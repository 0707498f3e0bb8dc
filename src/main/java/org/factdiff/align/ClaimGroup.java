package org.factdiff.align;

import java.util.List;
import java.util.Objects;

/**
 * Claims of several articles about the same fact.
 *
 * @param key     what the group is about, e.g. {@code death|people|} for a figure
 * @param members in article-id order, then text order
 */
public record ClaimGroup(GroupKind kind, String key, List<Member> members) {
    public ClaimGroup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        members = List.copyOf(members);
    }

    /** The number of different articles among the members. */
    public long articles() {
        return members.stream().map(Member::article).distinct().count();
    }
}
