package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TagSearch} gives OpenNLP's {@code POSTaggerME} tags, word for word, on every sentence
 * of real prose at hand (the example's articles, Debian's licence texts, the development
 * cases' articles when ../shared is there) and on sentences built to strain a beam search:
 * very long, one word repeated, only punctuation, only figures.
 */
class TagSearchTest {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n");

    private static POSModel model;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TagSearchTest.class.getResourceAsStream(ModelTagger.MODEL)) {
            model = new POSModel(in);
        }
    }

    @Test
    void realProseGetsTheLibrarysTags() throws IOException {
        List<Path> files = new ArrayList<>(textFiles(TestFiles.exampleCase().getParent().resolve("articles")));
        files.addAll(textFiles(Path.of("/usr/share/common-licenses")));
        TestFiles.shared().map(s -> s.resolve("dev-cases")).filter(Files::isDirectory).ifPresent(d -> {
            try {
                files.addAll(textFiles(d));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        int compared = 0;
        int words = 0;
        POSTaggerME library = new POSTaggerME(model, POSTagFormat.UD);
        TagSearch search = new TagSearch(model);
        for (Path f : files) {
            for (String[] sentence : sentences(Files.readString(f, StandardCharsets.UTF_8))) {
                assertArrayEquals(library.tag(sentence), search.tag(sentence), () -> f + ": " + String.join(" ", sentence));
                compared++;
                words += sentence.length;
            }
        }
        // The example's five articles alone hold a few hundred sentences.
        assertTrue(compared >= 200 && words >= 4000, compared + " sentences, " + words + " words compared");
    }

    @Test
    void strainedSentencesGetTheLibrarysTags() throws IOException {
        List<String> pool = new ArrayList<>();
        for (Path f : textFiles(TestFiles.exampleCase().getParent().resolve("articles"))) {
            for (String[] s : sentences(Files.readString(f, StandardCharsets.UTF_8))) {
                pool.addAll(Arrays.asList(s));
            }
        }
        List<String[]> strained = new ArrayList<>();
        strained.add(new String[] {"Yes"});
        strained.add(new String[] {"."});
        strained.add(Collections.nCopies(60, "buffalo").toArray(new String[0]));
        strained.add(Collections.nCopies(40, "!").toArray(new String[0]));
        strained.add(new String[] {"12", "3.5", "1,000", "40", "7", "2017"});
        strained.add(pool.subList(0, Math.min(400, pool.size())).toArray(new String[0]));
        List<String> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new java.util.Random(7));
        for (int from = 0; from + 35 <= Math.min(shuffled.size(), 3500); from += 35) {
            strained.add(shuffled.subList(from, from + 35).toArray(new String[0]));
        }
        POSTaggerME library = new POSTaggerME(model, POSTagFormat.UD);
        TagSearch search = new TagSearch(model);
        for (String[] sentence : strained) {
            assertArrayEquals(library.tag(sentence), search.tag(sentence), () -> String.join(" ", sentence));
        }
        assertTrue(strained.size() > 50, strained.size() + " strained sentences");
    }

    @Test
    void theCutIsTheSortedScoresBeamthLargest() {
        java.util.Random random = new java.util.Random(11);
        for (int run = 0; run < 20000; run++) {
            double[] scores = new double[1 + random.nextInt(20)];
            for (int i = 0; i < scores.length; i++) {
                // Few distinct values, so that ties are common.
                scores[i] = random.nextInt(6) / 5.0;
            }
            int beam = 1 + random.nextInt(5);
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            double expected = sorted[Math.max(0, sorted.length - beam)];
            assertTrue(expected == TagSearch.cut(scores, beam),
                    () -> Arrays.toString(scores) + " beam " + beam + ": " + expected + " vs " + TagSearch.cut(scores, beam));
        }
    }

    private static List<Path> textFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")
                            || !p.getFileName().toString().contains("."))
                    .sorted().toList();
        }
    }

    private static List<String[]> sentences(String text) {
        List<String[]> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(s);
            while (m.find()) {
                words.add(m.group());
            }
            if (!words.isEmpty()) {
                out.add(words.toArray(new String[0]));
            }
        }
        return out;
    }
}
