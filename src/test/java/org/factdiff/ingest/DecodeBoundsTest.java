package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factdiff.text.Lexicon;
import org.factdiff.text.TextAnalyzer;
import org.factdiff.text.TextLimitException;
import org.jsoup.nodes.Document;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each bound on what a file decodes to, in process; DecodeBoundsForkedTest runs the CLI at 1 GB. */
class DecodeBoundsTest {
    /** Far above any of these inputs' times when linear, far below what a quadratic pattern takes. */
    private static final Duration LINEAR = Duration.ofSeconds(20);

    @Test
    void aPageWithTooManyTagsIsRefusedBeforeParsing() {
        String page = "<br>".repeat(HtmlReader.MAX_TAGS + 1);
        IngestException e = assertThrows(IngestException.class, () -> HtmlReader.parse(page, "p.html"));
        assertTrue(e.getMessage().startsWith("p.html: ") && e.getMessage().contains("HtmlReader.MAX_TAGS"),
                e.getMessage());
    }

    @Test
    void aPageThatMakesTooManyElementsIsRefusedWhileParsing() {
        String page = "<br>".repeat(HtmlReader.MAX_ELEMENTS + 10);
        IngestException e = assertThrows(IngestException.class, () -> HtmlReader.parse(page, "p.html"));
        assertTrue(e.getMessage().startsWith("p.html: ") && e.getMessage().contains("HtmlReader.MAX_ELEMENTS"),
                e.getMessage());
    }

    @Test
    void nestingDeeperThanTheBoundIsFlattenedKeepingTheWords() throws Exception {
        String page = "<div>".repeat(HtmlReader.MAX_DEPTH * 4) + "Deep down, the bridge fell.";
        Document doc = HtmlReader.parse(page, "p.html");
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), doc);
        // The document, <html> and the open elements up to the bound, then the text.
        assertTrue(deepest[0] <= HtmlReader.MAX_DEPTH + 2, "depth " + deepest[0]);
        String text = new HtmlReader().read(page.getBytes(StandardCharsets.UTF_8), "p.html");
        assertTrue(text.contains("Deep down, the bridge fell."), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "**a ", "*a ", "_a ", "![", "[a](", "- ", "# # ", "[a\n", ">", "- - ", "`"})
    void hostileMarkdownReadsInLinearTime(String unit) {
        String md = unit.repeat(Ingest.MAX_TEXT_CHARS / unit.length());
        assertTimeoutPreemptively(LINEAR, () -> new MarkdownReader().read(md.getBytes(StandardCharsets.UTF_8), "m.md"));
    }

    @Test
    void tooManySentencesAreRefusedNamingTheFile() {
        String text = "Go. ".repeat(TextAnalyzer.MAX_SENTENCES + 1);
        TextLimitException e = assertThrows(TextLimitException.class,
                () -> new TextAnalyzer(Lexicon.builtIn()).analyzeArticle("a.txt", "a", text));
        assertTrue(e.getMessage().startsWith("a.txt: ") && e.getMessage().contains("TextAnalyzer.MAX_SENTENCES"),
                e.getMessage());
    }

    @Test
    void tooManyWordsAreRefusedNamingTheFile() {
        String text = "word ".repeat(TextAnalyzer.MAX_TOKENS + 1);
        TextLimitException e = assertThrows(TextLimitException.class,
                () -> new TextAnalyzer(Lexicon.builtIn()).analyzeArticle("a.txt", "a", text));
        assertTrue(e.getMessage().startsWith("a.txt: ") && e.getMessage().contains("TextAnalyzer.MAX_TOKENS"),
                e.getMessage());
    }
}
