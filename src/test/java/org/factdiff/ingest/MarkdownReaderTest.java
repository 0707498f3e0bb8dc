package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    @Test
    void keepsTheWordsAndDropsTheMarkup() throws Exception {
        String md = """
                # Storm hits the coast

                The storm made **landfall** on _Monday_, [officials said](https://example.org).

                - At least 12 people were hurt.
                1. Schools stay closed.

                > "We are ready," the mayor said.

                ![a photo](x.jpg)
                ---
                snake_case_name stays as it is.
                """;
        String text = new TextCleaner(List.of()).clean(new MarkdownReader().read(md.getBytes(StandardCharsets.UTF_8), "a.md"));
        assertEquals("""
                Storm hits the coast

                The storm made landfall on Monday, officials said.

                At least 12 people were hurt.
                Schools stay closed.

                "We are ready," the mayor said.

                a photo

                snake_case_name stays as it is.""", text);
    }

    @Test
    void marksInsideMarksAndAcrossAWrappedLineAreDroppedButNotAcrossParagraphs() throws Exception {
        MarkdownReader reader = new MarkdownReader();
        java.util.function.Function<String, String> read = md -> {
            try {
                return reader.read(md.getBytes(StandardCharsets.UTF_8), "b.md");
            } catch (IngestException e) {
                throw new AssertionError(e);
            }
        };
        assertEquals("The harbour master called it a \"long night\" for the crews.",
                read.apply("The harbour master called it a **\"long *night*\"** for the crews."));
        assertEquals("Ferries were held for three\nhours at the quay.", read.apply("Ferries were held for **three\nhours** at the quay."));
        assertEquals("a storm, calm seas and wind", read.apply("*a **storm**, calm seas* and wind"));
        assertEquals("One **mark here.\n\nAnother** there.", read.apply("One **mark here.\n\nAnother** there."),
                "a span ends with its paragraph");
        assertEquals("snake_case_words stay", read.apply("snake_case_words stay"));
    }
}
