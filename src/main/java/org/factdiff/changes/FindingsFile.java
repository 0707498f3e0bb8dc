package org.factdiff.changes;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a findings.json written by {@code factdiff report} and checks that it is one. */
public final class FindingsFile {
    /** The {@code schema} value this package understands. */
    public static final String SCHEMA = "factdiff/findings/v1";

    // A key given twice would make one of the two values silently win.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private FindingsFile() {
    }

    /**
     * The file's JSON tree, after checking that it is a findings file of schema {@value #SCHEMA}
     * whose lists {@link Findings#of} can read.
     *
     * @throws FindingsFileException naming the file and what is wrong with it, in one line
     */
    public static JsonNode read(Path file) throws FindingsFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FindingsFileException(file + ": file not found");
        } catch (IOException e) {
            throw new FindingsFileException(file + ": cannot read it (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new FindingsFileException(file + ": not valid JSON (" + e.getOriginalMessage() + locate(e) + ")", e);
        } catch (IOException e) {
            throw new FindingsFileException(file + ": cannot read it (" + e.getMessage() + ")", e);
        }
        try {
            check(root);
            Findings.of(root);
        } catch (IllegalArgumentException e) {
            throw new FindingsFileException(file + ": " + e.getMessage(), e);
        }
        return root;
    }

    /** Parses JSON text the way {@link #read} does, for callers that hold the text already. */
    public static JsonNode parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            check(root);
            return root;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void check(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a findings file (expected a JSON object with \"schema\": \""
                    + SCHEMA + "\")");
        }
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw new IllegalArgumentException("not a findings file (no \"schema\" field; expected \"" + SCHEMA
                    + "\")");
        }
        if (!schema.asText().equals(SCHEMA)) {
            throw new IllegalArgumentException("schema is \"" + schema.asText() + "\", expected \"" + SCHEMA
                    + "\" (written by another version of factdiff?)");
        }
    }

    private static String locate(JacksonException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
