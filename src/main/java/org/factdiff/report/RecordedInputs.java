package org.factdiff.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a report folder records about how it was made: from findings.json the tool's version,
 * the report date and each article's SHA-256; from report.html's "Reproducibility" section the
 * command that rebuilds it and the SHA-256 of every input (the case file, the articles and a
 * user's templates). Two records, of
 * a committed report and of a fresh build of the same case, tell which input changed between.
 *
 * @param tool       the version of factdiff that wrote findings.json ("0.1.0")
 * @param reportDate the report date findings.json gives; empty when it gives none or is missing
 * @param command    the command report.html gives to rebuild the report ("make report CASE=x")
 * @param inputs     each input as the report names it ({@link #CASE_FILE}, an article's path
 *                   relative to the case folder, a user's template as "folder/file") to its SHA-256
 */
public record RecordedInputs(Optional<String> tool, Optional<String> reportDate, Optional<String> command,
                             SortedMap<String, String> inputs) {
    /** How a report names its case file, whatever the file is called. */
    public static final String CASE_FILE = "case.yaml";
    /** How a report names its case's review decisions. */
    public static final String REVIEWS_FILE = "reviews.yaml";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How an input differs between two records. */
    public enum Kind { CHANGED, ADDED, REMOVED }

    /** One input that differs between two records, as the report names it. */
    public record Change(String input, Kind kind) {
        public Change {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(kind, "kind");
        }
    }

    public RecordedInputs {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(command, "command");
        inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
    }

    /**
     * What {@code dir} records. A file that is missing or cannot be read records nothing: the
     * record is then only smaller, since it serves to explain a difference, not to judge one.
     */
    public static RecordedInputs read(Path dir) {
        Optional<String> tool = Optional.empty();
        Optional<String> date = Optional.empty();
        SortedMap<String, String> inputs = new TreeMap<>();
        Optional<JsonNode> findings = findings(dir.resolve(OutputFormat.JSON.fileName()));
        if (findings.isPresent()) {
            JsonNode root = findings.get();
            tool = text(root.path("tool").path("version"));
            date = text(root.path("case").path("report_date"));
            for (JsonNode a : root.path("articles")) {
                Optional<String> file = text(a.path("file"));
                Optional<String> sha = text(a.path("sha256")).filter(s -> SHA256.matcher(s).matches());
                if (file.isPresent() && sha.isPresent()) {
                    inputs.put(file.get(), sha.get());
                }
            }
        }
        Optional<Document> html = html(dir.resolve(OutputFormat.HTML.fileName()));
        Optional<String> command = html.map(d -> d.selectFirst("#reproducibility pre.command")).map(Element::text);
        html.ifPresent(d -> inputs.putAll(reproducibilityTable(d)));
        return new RecordedInputs(tool, date, command, inputs);
    }

    /** True when the folder recorded nothing at all. */
    public boolean isEmpty() {
        return tool.isEmpty() && reportDate.isEmpty() && command.isEmpty() && inputs.isEmpty();
    }

    /** The inputs that differ in {@code later}: the case file first, then by name. */
    public List<Change> changesTo(RecordedInputs later) {
        TreeSet<String> names = new TreeSet<>(Comparator.comparing((String n) -> !n.equals(CASE_FILE))
                .thenComparing(Comparator.naturalOrder()));
        names.addAll(inputs.keySet());
        names.addAll(later.inputs.keySet());
        List<Change> out = new ArrayList<>();
        for (String n : names) {
            String before = inputs.get(n);
            String after = later.inputs.get(n);
            if (before == null) {
                out.add(new Change(n, Kind.ADDED));
            } else if (after == null) {
                out.add(new Change(n, Kind.REMOVED));
            } else if (!before.equals(after)) {
                out.add(new Change(n, Kind.CHANGED));
            }
        }
        return out;
    }

    private static Optional<JsonNode> findings(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Document> html(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The rows of the "Reproducibility" section's table of inputs, as the built-in template writes it. */
    private static Map<String, String> reproducibilityTable(Document doc) {
        Map<String, String> rows = new TreeMap<>();
        for (Element row : doc.select("#reproducibility table.inputs tbody tr")) {
            Element name = row.selectFirst("td.file");
            Element hash = row.selectFirst("code.hash");
            if (name != null && hash != null && SHA256.matcher(hash.text()).matches()) {
                rows.put(name.text(), hash.text());
            }
        }
        return rows;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
