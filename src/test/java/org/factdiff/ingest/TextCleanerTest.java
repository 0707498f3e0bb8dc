package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner(List.of("Listen Live", "Share  this"));

    @Test
    void normalisesLineEndsAndSpaces() {
        assertEquals("One two three.\nNext line.", cleaner.clean("  One\ttwo\u00A0 three.  \r\nNext   line.\r\n\r\n"));
    }

    @Test
    void keepsOneBlankLineBetweenParagraphs() {
        assertEquals("A.\n\nB.\nC.", cleaner.clean("\n\nA.\n\n\n\nB.\nC.\n\n"));
    }

    @Test
    void composesToNfc() {
        String decomposed = "Cafe\u0301";
        assertEquals("Caf\u00E9", cleaner.clean(decomposed));
    }

    @Test
    void dropsInvisibleAndControlCharacters() {
        assertEquals("ab cd", cleaner.clean("a\u200Bb\u00AD \uFEFFc\u0007d"));
    }

    @Test
    void dropsBoilerplateLinesIgnoringCaseAndSpacing() {
        assertEquals("Story.\nMore story.", cleaner.clean("listen live\nStory.\n  SHARE this \nMore story."));
    }

    @Test
    void keepsBoilerplateWordsInsideProse() {
        assertEquals("You can Listen Live to it.", cleaner.clean("You can Listen Live to it."));
    }
}
