package org.factdiff.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists that ship as resources beside the classes that use them, the way
 * Lucene's {@code WordlistLoader} reads {@code french_stop.txt}: one entry a line, blank lines
 * and lines starting with {@code #} skipped, entries stripped. Maps are written
 * {@code key = value} (split at the first {@code =}); groups {@code a | b | c}. A list that
 * names an entry twice is a mistake in the build and fails at load time, so that each word
 * is stated once. Lists are read once, into constants of the class that uses them.
 */
public final class WordLists {
    private WordLists() {
    }

    /** The entries of resource {@code name} beside class {@code owner}, in file order. */
    public static List<String> lines(Class<?> owner, String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " missing from the build (next to "
                        + owner.getName() + ")");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** The entries as a set; a duplicate entry is an error. */
    public static Set<String> set(Class<?> owner, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(owner, name)) {
            if (!out.add(line)) {
                throw duplicate(name, line);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The entries as word sequences ("not immediately clear"), in file order; a duplicate is an error. */
    public static List<List<String>> phrases(Class<?> owner, String name) {
        List<List<String>> out = new ArrayList<>();
        for (String line : set(owner, name)) {
            out.add(words(line));
        }
        return List.copyOf(out);
    }

    /** The {@code key = value} lines, in file order; a key given twice is an error. */
    public static List<Map.Entry<String, String>> entries(Class<?> owner, String name) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String line : lines(owner, name)) {
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new IllegalStateException("word list " + name + ": expected 'key = value', got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.isEmpty() || value.isEmpty()) {
                throw new IllegalStateException("word list " + name + ": expected 'key = value', got '" + line + "'");
            }
            if (!keys.add(key)) {
                throw duplicate(name, key);
            }
            out.add(Map.entry(key, value));
        }
        return List.copyOf(out);
    }

    /** The {@code key = value} lines as a map that iterates in file order. */
    public static Map<String, String> map(Class<?> owner, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries(owner, name)) {
            out.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(out);
    }

    /** Lines of {@code a | b | c} groups, in file order, blank parts dropped. */
    public static List<List<String>> groups(Class<?> owner, String name) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines(owner, name)) {
            List<String> group = new ArrayList<>();
            for (String part : line.split("\\|")) {
                if (!part.isBlank()) {
                    group.add(part.strip());
                }
            }
            out.add(List.copyOf(group));
        }
        return List.copyOf(out);
    }

    /** The words of an entry, split at white space: "at least" is ["at", "least"]. */
    public static List<String> words(String entry) {
        return List.of(entry.strip().split("\\s+"));
    }

    private static IllegalStateException duplicate(String name, String entry) {
        return new IllegalStateException("word list " + name + " names '" + entry + "' twice");
    }
}
