package org.factdiff.changes;

import java.util.List;

/**
 * Renders a {@link FindingsDiff} for a terminal ({@link #PLAIN}) or for a pull request or commit
 * message ({@link #MARKDOWN}). Both give the same lines in the same order: a line of counts,
 * then findings added, removed and changed, reuse coverage, articles; empty sections are left out.
 */
public enum DiffRenderer {
    /** Lines marked '+', '-' or '~', changes indented under their finding. */
    PLAIN {
        @Override
        String counts(String counts) {
            return counts + "\n";
        }

        @Override
        String heading(String title) {
            return "\n" + title + "\n";
        }

        @Override
        String id(String id) {
            return id;
        }

        @Override
        String item(ChangeKind kind, String head, String text) {
            return kind.marker() + " " + head + " " + text + "\n";
        }

        @Override
        String detail(String text) {
            return "    " + text + "\n";
        }
    },
    /** A bold line of counts, a heading per section, bullet lists, ids in backticks, text escaped. */
    MARKDOWN {
        @Override
        String counts(String counts) {
            return "**" + escape(counts) + "**\n";
        }

        @Override
        String heading(String title) {
            return "\n### " + title + "\n\n";
        }

        @Override
        String id(String id) {
            String fence = id.contains("`") ? "``" : "`";
            return fence + id + fence;
        }

        @Override
        String item(ChangeKind kind, String head, String text) {
            return "- " + head + " " + escape(text) + "\n";
        }

        @Override
        String detail(String text) {
            return "  - " + escape(text) + "\n";
        }
    };

    /** The whole text, ending in one newline. */
    public String render(FindingsDiff diff) {
        StringBuilder s = new StringBuilder(counts(diff.counts()));
        findings(s, "Findings added", ChangeKind.ADDED, diff.added());
        findings(s, "Findings removed", ChangeKind.REMOVED, diff.removed());
        if (!diff.changed().isEmpty()) {
            s.append(heading("Findings changed"));
            for (FindingChange c : diff.changed()) {
                s.append(item(ChangeKind.CHANGED, id(c.after().id()), c.after().summary()));
                c.changes().forEach(x -> s.append(detail(x)));
            }
        }
        if (!diff.pairs().isEmpty()) {
            s.append(heading("Reuse coverage"));
            for (PairChange c : diff.pairs()) {
                CoveragePair p = c.pair();
                String head = id(p.a()) + " ↔ " + id(p.b()) + p.id().map(x -> " (" + id(x) + ")").orElse("");
                if (c.kind() == ChangeKind.CHANGED) {
                    s.append(item(c.kind(), head, "").stripTrailing()).append("\n");
                    c.changes().forEach(x -> s.append(detail(x)));
                } else {
                    s.append(item(c.kind(), head + ":", (c.kind() == ChangeKind.ADDED ? "added, " : "removed, ")
                            + String.join("; ", c.changes())));
                }
            }
        }
        if (!diff.articles().isEmpty()) {
            s.append(heading("Articles"));
            for (ArticleChange c : diff.articles()) {
                String what = switch (c.kind()) {
                    case ADDED -> "added";
                    case REMOVED -> "removed";
                    case CHANGED -> "edited";
                };
                s.append(item(c.kind(), id(c.article().id()) + ":", what
                        + (c.changes().isEmpty() ? "" : ", " + String.join(", ", c.changes()))));
            }
        }
        return s.toString();
    }

    private void findings(StringBuilder s, String title, ChangeKind kind, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        s.append(heading(title));
        for (Finding f : findings) {
            s.append(item(kind, id(f.id()), f.summary()));
        }
    }

    /** The line of counts, or "no changes". */
    abstract String counts(String counts);

    abstract String heading(String title);

    /** An id as this format shows one. */
    abstract String id(String id);

    /** One line for a finding, pair or article: the marker, {@code head} as rendered, {@code text} as written. */
    abstract String item(ChangeKind kind, String head, String text);

    /** One change under an item. */
    abstract String detail(String text);

    /**
     * Text with the characters Markdown could read as markup backslash-escaped (CommonMark allows a
     * backslash before any ASCII punctuation), so that an excerpt shows as written. Parentheses,
     * '!', '>' and '-' inside a line cannot start markup once brackets and '<' are escaped, so
     * "U.S.-led" and "a->b" stay readable; a leading '-' or '+' could start a list and is escaped.
     */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<#|~&".indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+'))) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }
}
