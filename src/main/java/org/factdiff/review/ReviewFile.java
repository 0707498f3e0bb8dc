package org.factdiff.review;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.factdiff.base.Sha256;
import org.factdiff.casefile.CaseProblem;
import org.factdiff.casefile.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and writes a case's review decisions: {@code reviews.yaml} beside the case file, a
 * mapping from finding id to its review, sorted by id.
 *
 * <pre>
 * x-9d6ebf9584:
 *   status: dismissed          # confirmed | dismissed | needs-check
 *   note: "The article reports the other side's claim as such."
 *   by: "J. Doe"
 *   date: 2026-12-01
 * s-453e540ce0:
 *   status: confirmed
 *   rating: "false"            # claims only: true, mostly-true, mixed, misleading, mostly-false, false, unproven
 * </pre>
 *
 * <p>A hand-edited file is read like the case file: every mistake is named with file, line and
 * column, with a suggestion for a misspelt key, and YAML is read with limits on size, nesting
 * and aliases. The file is written whole and then moved into place, so that a reader never
 * sees half of it.
 */
public final class ReviewFile {
    /** The reviews file's name, in the case's folder. */
    public static final String NAME = "reviews.yaml";
    /** Largest reviews file read, in bytes (some thousands of reviews). */
    public static final int MAX_BYTES = 4 << 20;
    /** Deepest YAML nesting accepted (a reviews file needs 2). */
    static final int MAX_DEPTH = 8;
    static final List<String> KEYS = List.of("status", "note", "by", "date", "rating");

    private final String name;
    private final List<CaseProblem> problems = new ArrayList<>();

    private ReviewFile(String name) {
        this.name = name;
    }

    /** The reviews file of the case whose case file is {@code caseFile}: beside it. */
    public static Path beside(Path caseFile) {
        return caseFile.resolveSibling(NAME);
    }

    /** The reviews of the case whose case file is {@code caseFile}; messages name the file as the path was given. */
    public static Reviews forCase(Path caseFile) throws ReviewFileException {
        Path file = beside(caseFile);
        return load(file, file.toString());
    }

    /**
     * The reviews in {@code file}, or {@link Reviews#NONE} when there is no such file.
     *
     * @param shown how messages and the report name the file ("inputs/case/reviews.yaml")
     */
    public static Reviews load(Path file, String shown) throws ReviewFileException {
        if (!Files.exists(file)) {
            return Reviews.NONE;
        }
        ReviewFile reader = new ReviewFile(shown);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw reader.fail(SourcePosition.of(shown), "not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw reader.fail(SourcePosition.of(shown), "larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw reader.fail(SourcePosition.of(shown), "cannot read: " + e.getMessage());
        }
        return reader.parse(bytes);
    }

    /** The reviews in a file's bytes (the fuzz tests call this without a file). */
    public static Reviews parse(byte[] bytes, String shown) throws ReviewFileException {
        return new ReviewFile(shown).parse(bytes);
    }

    private Reviews parse(byte[] bytes) throws ReviewFileException {
        if (bytes.length > MAX_BYTES) {
            throw fail(SourcePosition.of(name), "larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fail(SourcePosition.of(name), "not UTF-8 text; save it as UTF-8");
        }
        Node root = compose(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<Review> entries = new ArrayList<>();
        if (root != null) {
            if (!(root instanceof MappingNode map)) {
                throw fail(at(root.getStartMark()), "a reviews file maps finding ids to reviews (\"x-9d6ebf9584:\" "
                        + "then indented \"status: confirmed\"), not a " + kind(root));
            }
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                review(t, seen).ifPresent(entries::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewFileException(problems);
        }
        return new Reviews(Optional.of(name), Optional.of(Sha256.hex(bytes)), entries);
    }

    private Optional<Review> review(NodeTuple t, Map<String, Node> seen) {
        if (!(t.getKeyNode() instanceof ScalarNode key)) {
            problem(t.getKeyNode(), "a finding id is expected here");
            return Optional.empty();
        }
        String id = key.getValue();
        if (!Review.FINDING_ID.matcher(id).matches()) {
            problem(key, "'" + id + "' is not a finding id (a letter, a dash and ten hex digits, as findings.json "
                    + "and the report give it: x-9d6ebf9584)");
            return Optional.empty();
        }
        Node first = seen.putIfAbsent(id, key);
        if (first != null) {
            problem(key, "a second review of " + id + " (the first is at line " + (first.getStartMark().getLine() + 1)
                    + "); keep one");
            return Optional.empty();
        }
        if (!(t.getValueNode() instanceof MappingNode fields)) {
            problem(t.getValueNode(), "the review of " + id + " needs indented fields, at least \"status: confirmed\"");
            return Optional.empty();
        }
        Map<String, ScalarNode> values = new HashMap<>();
        java.util.Set<String> given = new java.util.HashSet<>();
        boolean ok = true;
        for (NodeTuple f : fields.getValue()) {
            String field = f.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            given.add(field);
            if (!KEYS.contains(field)) {
                problem(f.getKeyNode(), "unknown field '" + field + "' in the review of " + id + suggestion(field)
                        + " (fields: " + String.join(", ", KEYS) + ")");
                ok = false;
            } else if (values.containsKey(field)) {
                problem(f.getKeyNode(), "'" + field + "' given twice in the review of " + id);
                ok = false;
            } else if (!(f.getValueNode() instanceof ScalarNode v)) {
                problem(f.getValueNode(), "'" + field + "' must be a single value, not a " + kind(f.getValueNode()));
                ok = false;
            } else {
                values.put(field, v);
            }
        }
        ScalarNode status = values.get("status");
        Optional<ReviewStatus> decided = status == null ? Optional.empty() : ReviewStatus.of(status.getValue());
        if (status == null && given.contains("status")) {
            ok = false; // its mistake is named where it is
        } else if (status == null) {
            problem(key, "the review of " + id + " has no 'status' (" + String.join(", ", ReviewStatus.ids()) + ")");
            ok = false;
        } else if (decided.isEmpty()) {
            problem(status, "'status' must be " + String.join(", ", ReviewStatus.ids()) + ", not '" + status.getValue() + "'");
            ok = false;
        }
        Optional<LocalDate> date = Optional.empty();
        if (values.containsKey("date")) {
            try {
                date = Optional.of(LocalDate.parse(values.get("date").getValue()));
            } catch (DateTimeException e) {
                problem(values.get("date"), "'date' must be a date as YYYY-MM-DD, not '" + values.get("date").getValue() + "'");
                ok = false;
            }
        }
        Optional<Rating> rating = Optional.empty();
        if (values.containsKey("rating")) {
            ScalarNode r = values.get("rating");
            rating = Rating.of(r.getValue());
            if (rating.isEmpty()) {
                problem(r, "'rating' must be " + String.join(", ", Rating.ids()) + ", not '" + r.getValue() + "'");
                ok = false;
            } else if (!Review.rateable(id)) {
                problem(r, "a rating judges one claim (an agreement a-, a single-source claim s-, an altered quote q-), "
                        + "not a " + Review.kindOf(id));
                ok = false;
            }
        }
        Optional<String> note = text(values.get("note"), "note", Review.MAX_NOTE);
        Optional<String> by = text(values.get("by"), "by", Review.MAX_BY);
        if (!ok || (values.containsKey("note") && note.isEmpty()) || (values.containsKey("by") && by.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Review(id, decided.get(), note, by, date, rating));
    }

    private Optional<String> text(ScalarNode node, String field, int max) {
        if (node == null) {
            return Optional.empty();
        }
        String v = node.getValue().strip();
        if (v.length() > max) {
            problem(node, "'" + field + "' is longer than " + max + " characters");
            return Optional.empty();
        }
        if (field.equals("by") && v.contains("\n")) {
            problem(node, "'by' must be one line");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private static String suggestion(String field) {
        LevenshteinDistance distance = new LevenshteinDistance(2);
        return KEYS.stream().filter(k -> distance.apply(k, field) >= 0)
                .min(Comparator.comparingInt((String k) -> distance.apply(k, field)))
                .map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    private Node compose(String text) throws ReviewFileException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw fail(at(mark), "malformed YAML: " + (e.getProblem() != null ? e.getProblem() : e.getMessage())
                    + "; check the indentation, colons and quotes here");
        } catch (YAMLException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            throw fail(SourcePosition.of(name), "malformed YAML: " + e.getMessage());
        }
    }

    private static String kind(Node node) {
        return switch (node.getNodeId()) {
            case scalar -> "single value";
            case sequence -> "list";
            case mapping -> "mapping";
            default -> "YAML node";
        };
    }

    private void problem(Node node, String message) {
        problems.add(new CaseProblem(at(node.getStartMark()), message));
    }

    private ReviewFileException fail(SourcePosition at, String message) {
        problems.add(new CaseProblem(at, message));
        return new ReviewFileException(problems);
    }

    private SourcePosition at(Mark mark) {
        return mark == null ? SourcePosition.of(name) : new SourcePosition(name, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The reviews as the file holds them: sorted by id, every text double-quoted, the same bytes for the same reviews. */
    public static String format(Reviews reviews) {
        StringBuilder out = new StringBuilder();
        out.append("# Review decisions on this case's findings, one per finding id, sorted by id.\n");
        out.append("# Written by 'factdiff review'; may be edited by hand (see README.md, \"Reviewing findings\").\n");
        for (Review r : reviews.entries()) {
            out.append(r.finding()).append(":\n");
            out.append("  status: ").append(r.status().id()).append('\n');
            r.rating().ifPresent(v -> out.append("  rating: ").append(quoted(v.id())).append('\n'));
            r.note().ifPresent(v -> out.append("  note: ").append(quoted(v)).append('\n'));
            r.by().ifPresent(v -> out.append("  by: ").append(quoted(v)).append('\n'));
            r.date().ifPresent(v -> out.append("  date: ").append(v).append('\n'));
        }
        return out.toString();
    }

    /** A YAML double-quoted text: backslash, quote and control characters escaped. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The new file gets the old one's permissions, or the usual rw-r--r-- (a temporary file is private). */
    private static void keepPermissions(Path file, Path temporary) throws IOException {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.exists(file)
                    ? Files.getPosixFilePermissions(file)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temporary, mode);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file system's own defaults apply
        }
    }

    /**
     * Writes the reviews to {@code file}: to a temporary file beside it first, then moved over
     * it, so that the file is either the old one or the new one, never half of either.
     */
    public static void write(Path file, Reviews reviews) throws IOException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path temporary = Files.createTempFile(folder, ".reviews-", ".tmp");
        try {
            Files.writeString(temporary, format(reviews), StandardCharsets.UTF_8);
            keepPermissions(file, temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
