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
 * Generated cases for {@code make bench}: articles of about {@link #WORDS} words of
 * pseudo-English (a Zipf-distributed vocabulary of made-up words, real function words and
 * the words of the built-in synonym table), some of which copy passages of earlier
 * articles verbatim, with a few words edited, or with words swapped for synonyms. Seeded,
 * so every run writes the same bytes; nothing is downloaded.
 */
final class BenchCorpus {
    /** Words per article, about. */
    static final int WORDS = 700;
    /** Share of articles that copy from an earlier one. */
    static final double COPYING = 0.6;

    private static final String[] SYLLABLES = {"ba", "ke", "ri", "to", "mu", "sa", "ne", "lo", "pi", "da", "go", "fe",
            "hu", "ra", "zi", "vo", "te", "li", "mo", "ka", "ur", "en", "ol", "is"};
    private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "a", "on", "for", "with", "was", "that",
            "by", "at", "from", "as", "its", "were", "after", "into", "their"};

    /** One planted copy: article {@code to} took a passage of {@code from}, copied as {@code kind}. */
    record Planted(String from, String to, String kind) {
    }

    /** A written case and what was planted in it. */
    record Corpus(Path caseFile, List<Planted> planted, int words) {
    }

    private final SplittableRandom random;
    private final List<String> vocabulary = new ArrayList<>();
    private final double[] zipf;
    private final List<List<String>> synonyms;

    BenchCorpus(long seed) throws IOException {
        this.random = new SplittableRandom(seed);
        for (String a : SYLLABLES) {
            for (String b : SYLLABLES) {
                vocabulary.add(a + b);
                for (String c : new String[] {"n", "r", "s", "ta", "mi"}) {
                    vocabulary.add(a + b + c);
                }
            }
        }
        zipf = new double[vocabulary.size()];
        double sum = 0;
        for (int r = 0; r < zipf.length; r++) {
            sum += 1.0 / (r + 1);
            zipf[r] = sum;
        }
        for (int r = 0; r < zipf.length; r++) {
            zipf[r] /= sum;
        }
        synonyms = readSynonyms();
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

    /** A sentence of 8 to 25 words: function words, synonym-table words and Zipf-drawn made-up words. */
    private String sentence() {
        int length = 8 + random.nextInt(18);
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < length; w++) {
            double r = random.nextDouble();
            String word;
            if (r < 0.35) {
                word = FUNCTION[random.nextInt(FUNCTION.length)];
            } else if (r < 0.45) {
                List<String> group = synonyms.get(random.nextInt(synonyms.size()));
                word = group.get(random.nextInt(group.size()));
            } else {
                word = vocabulary.get(zipfRank());
                if (random.nextDouble() < 0.04) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1); // a name
                }
            }
            b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return b.append('.').toString();
    }

    /** A copied sentence: as it was, with a few words edited, or with synonym-table words swapped. */
    private String rewrite(String sentence, String kind) {
        if (kind.equals("verbatim")) {
            return sentence;
        }
        String[] words = sentence.substring(0, sentence.length() - 1).split(" ");
        List<String> out = new ArrayList<>();
        for (String w : words) {
            double r = random.nextDouble();
            if (kind.equals("edited")) {
                if (r < 0.04) {
                    continue; // deleted
                }
                out.add(r < 0.10 ? vocabulary.get(zipfRank()) : w);
                if (r > 0.96) {
                    out.add(FUNCTION[random.nextInt(FUNCTION.length)]); // inserted
                }
            } else {
                out.add(r < 0.8 ? synonymOf(w) : w);
            }
        }
        String s = String.join(" ", out);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
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

    private int zipfRank() {
        double r = random.nextDouble();
        int lo = 0;
        int hi = zipf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipf[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
