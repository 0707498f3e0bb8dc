package org.factdiff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generated cases for {@code make bench}: articles of about {@link #WORDS} words of real
 * English, some of which copy passages of earlier articles verbatim, with a few words edited,
 * or with words swapped for synonyms. Sentences are walks of an order-1 word chain over real
 * prose on this machine: the example case's articles and Debian's licence texts
 * ({@code /usr/share/common-licenses}), not this project's README, which changes with every
 * edit of the documentation and took the generated cases with it; so unrelated articles share the common
 * phrases real ones do, the load a reuse detector's candidate filter meets in a newsroom
 * archive, while no two share long runs by chance. Seeded, so every run writes the same bytes
 * on the same machine; nothing is downloaded.
 */
final class BenchCorpus {
    /** Words per article, about. */
    static final int WORDS = 700;
    /** Share of articles that copy from an earlier one. */
    static final double COPYING = 0.6;

    private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "a", "on", "for", "with", "was", "that",
            "by", "at", "from", "as", "its", "were", "after", "into", "their"};

    /** One planted copy: article {@code to} took a passage of {@code from}, copied as {@code kind}. */
    record Planted(String from, String to, String kind) {
    }

    /** A written case and what was planted in it. */
    record Corpus(Path caseFile, List<Planted> planted, int words) {
    }

    private final SplittableRandom random;
    /** Each word to the words that follow it in the pool ("<s>" starts a sentence, "</s>" ends it). */
    private final java.util.Map<String, List<String>> chain = new java.util.TreeMap<>();
    /** Every word of the pool, sorted: what an edit puts in place of a word. */
    private final List<String> vocabulary;
    private final List<List<String>> synonyms;

    BenchCorpus(long seed) throws IOException {
        this.random = new SplittableRandom(seed);
        java.util.TreeSet<String> sentences = new java.util.TreeSet<>();
        for (Path file : poolFiles()) {
            String text;
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            for (String sentence : text.replaceAll("\\s+", " ").split("(?<=[.!?])\\s+")) {
                String clean = sentence.replace("%", " ").replaceAll("[`*#|<>]", "").strip();
                int n = clean.isEmpty() ? 0 : clean.split(" ").length;
                if (n >= 8 && n <= 45) {
                    sentences.add(clean);
                }
            }
        }
        if (sentences.size() < 50) {
            throw new IOException("too little English prose to build a bench corpus from: " + sentences.size()
                    + " sentences in " + poolFiles());
        }
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (String sentence : sentences) {
            String[] w = sentence.split(" ");
            String prev = "<s>";
            for (String x : w) {
                chain.computeIfAbsent(prev, k -> new ArrayList<>()).add(x);
                words.add(x);
                prev = x;
            }
            chain.computeIfAbsent(prev, k -> new ArrayList<>()).add("</s>");
        }
        vocabulary = List.copyOf(words);
        synonyms = readSynonyms();
    }

    /** The prose the word chain walks over, in a fixed order. */
    static List<Path> poolFiles() throws IOException {
        Path project = Path.of(System.getProperty("factdiff.basedir", ".")).toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(project.resolve("inputs"), Path.of("/usr/share/common-licenses"))) {
            if (Files.isDirectory(dir)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".yaml")).sorted()
                            .forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Writes a case of {@code n} articles into {@code dir} and returns it. */
    Corpus write(Path dir, int n) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        List<List<String>> texts = new ArrayList<>();
        List<Planted> planted = new ArrayList<>();
        StringBuilder yaml = new StringBuilder("title: \"Generated bench case of " + n + " articles\"\narticles:\n");
        int total = 0;
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "a%04d", i);
            List<String> sentences = new ArrayList<>();
            int words = 0;
            List<List<String>> copies = new ArrayList<>();
            if (i > 0 && random.nextDouble() < COPYING) {
                int from = random.nextInt(i);
                String kind = new String[] {"verbatim", "edited", "spun"}[random.nextInt(3)];
                planted.add(new Planted(String.format(Locale.ROOT, "a%04d", from), id, kind));
                List<String> source = texts.get(from);
                for (int p = 0, passages = 1 + random.nextInt(3); p < passages; p++) {
                    int length = 2 + random.nextInt(3);
                    int start = random.nextInt(Math.max(1, source.size() - length));
                    List<String> copy = new ArrayList<>();
                    for (int s = start; s < Math.min(source.size(), start + length); s++) {
                        copy.add(rewrite(source.get(s), kind));
                    }
                    copies.add(copy);
                }
            }
            for (List<String> copy : copies) {
                for (String s : copy) {
                    words += s.split(" ").length;
                }
            }
            while (words < WORDS) {
                String s = sentence();
                sentences.add(s);
                words += s.split(" ").length;
            }
            for (List<String> copy : copies) {
                sentences.addAll(random.nextInt(sentences.size() + 1), copy);
            }
            texts.add(sentences);
            total += words;
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < sentences.size(); s++) {
                body.append(sentences.get(s)).append(s % 3 == 2 ? "\n\n" : " ");
            }
            Files.writeString(dir.resolve("articles").resolve(id + ".txt"), body.toString().strip() + "\n",
                    StandardCharsets.UTF_8);
            yaml.append("  - id: ").append(id).append("\n    file: articles/").append(id).append(".txt\n");
        }
        Path caseFile = dir.resolve("case.yaml");
        Files.writeString(caseFile, yaml.toString(), StandardCharsets.UTF_8);
        return new Corpus(caseFile, planted, total);
    }

    /** A walk of the word chain: 8 to 40 words of real English that no source holds in this order. */
    private String sentence() {
        List<String> w = new ArrayList<>();
        String cur = "<s>";
        while (w.size() < 40) {
            List<String> next = chain.get(cur);
            cur = next.get(random.nextInt(next.size()));
            if (cur.equals("</s>")) {
                if (w.size() >= 8) {
                    break;
                }
                cur = "<s>";
                continue;
            }
            w.add(cur);
        }
        String s = String.join(" ", w);
        return ".!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }

    /** A copied sentence: as it was, with a few words edited, or with synonym-table words swapped. */
    private String rewrite(String sentence, String kind) {
        if (kind.equals("verbatim")) {
            return sentence;
        }
        String[] words = sentence.substring(0, sentence.length() - 1).split(" ");
        String end = sentence.substring(sentence.length() - 1);
        List<String> out = new ArrayList<>();
        for (String w : words) {
            double r = random.nextDouble();
            if (kind.equals("edited")) {
                if (r < 0.04) {
                    continue; // deleted
                }
                out.add(r < 0.10 ? vocabulary.get(random.nextInt(vocabulary.size())) : w);
                if (r > 0.96) {
                    out.add(FUNCTION[random.nextInt(FUNCTION.length)]); // inserted
                }
            } else {
                out.add(r < 0.8 ? synonymOf(w) : w);
            }
        }
        String s = String.join(" ", out);
        return s.isEmpty() ? sentence : Character.toUpperCase(s.charAt(0)) + s.substring(1) + end;
    }

    private String synonymOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (List<String> group : synonyms) {
            if (group.contains(lower)) {
                List<String> others = new ArrayList<>(group);
                others.remove(lower);
                String swap = others.get(random.nextInt(others.size()));
                return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(swap.charAt(0)) + swap.substring(1) : swap;
            }
        }
        return word;
    }

    /** The one-word groups of the built-in synonym table. */
    private static List<List<String>> readSynonyms() throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = BenchCorpus.class.getResourceAsStream("/org/factdiff/text/synonyms.txt")) {
            if (in == null) {
                throw new IOException("synonyms.txt is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String w : line.split("\\|")) {
                    String word = w.strip();
                    if (!word.contains(" ") && !word.isEmpty()) {
                        group.add(word);
                    }
                }
                if (group.size() >= 2) {
                    out.add(group);
                }
            }
        }
        return out;
    }
}
