package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.factdiff.PdfBombs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bound of {@link PdfReader} stops a small PDF that decodes huge, with one line naming the bound. */
class PdfBoundsTest {
    private interface Bomb {
        byte[] make() throws Exception;
    }

    static Stream<Arguments> bombs() {
        return Stream.of(
                Arguments.of("a content stream inflating to 500 MB", (Bomb) () -> PdfBombs.inflating(500L << 20),
                        "PdfReader.MAX_STREAM_BYTES"),
                Arguments.of("a page inflating to 500 MB as PDFBox parses it",
                        (Bomb) () -> PdfBombs.sharedInflating(1, 500L << 20), "PdfReader.MAX_STREAM_BYTES"),
                Arguments.of("3,000 empty pages", (Bomb) () -> PdfBombs.sharedInflating(3_000, 0), "PdfReader.MAX_PAGES"),
                Arguments.of("six pages sharing a 24 MiB content stream",
                        (Bomb) () -> PdfBombs.sharedInflating(6, 24L << 20), "PdfReader.MAX_DECODED_BYTES"),
                Arguments.of("one page of 300,000 characters", (Bomb) () -> PdfBombs.wordy(1, 3_000),
                        "PdfReader.MAX_PAGE_CHARS"),
                Arguments.of("five pages of 250,000 characters", (Bomb) () -> PdfBombs.wordy(5, 2_500),
                        "PdfReader.MAX_DOCUMENT_CHARS"),
                Arguments.of("forms drawing forms 100^4 times", (Bomb) () -> PdfBombs.nestedForms(4, 100),
                        "PdfReader.MAX_OPERATORS"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void aBombStopsAtItsBound(String what, Bomb bomb, String bound) throws Exception {
        byte[] pdf = bomb.make();
        long start = System.nanoTime();
        IngestException e = assertThrows(IngestException.class, () -> new PdfReader().read(pdf, "bomb.pdf"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(what + " (" + pdf.length + " bytes): stopped in " + ms + " ms: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("bomb.pdf: "), e.getMessage());
        assertTrue(e.getMessage().contains(bound), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void theBombsAreSmall() throws Exception {
        assertTrue(PdfBombs.inflating(500L << 20).length < 16_384, "a 500 MB bomb fits in 16 KB");
        assertTrue(PdfBombs.nestedForms(4, 100).length < 8_192);
    }

    @Test
    void theSameShapesUnderTheBoundsAreRead() throws Exception {
        PdfReader reader = new PdfReader();
        assertTrue(reader.read(PdfBombs.inflating(1L << 20), "a.pdf").contains(PdfBombs.LINE));
        assertTrue(reader.read(PdfBombs.sharedInflating(3, 1L << 20), "a.pdf").contains(PdfBombs.LINE));
        assertTrue(reader.read(PdfBombs.wordy(2, 100), "a.pdf").contains(PdfBombs.LINE));
        assertTrue(reader.read(PdfBombs.nestedForms(2, 10), "a.pdf").contains(PdfBombs.LINE));
    }

    @Test
    void metadataOfABombIsTheTextsOwn() throws Exception {
        Metadata m = new PdfReader().found(PdfBombs.inflating(500L << 20), "Bridge falls\nTue, 5 Mar 2024 19:27 UTC\n");
        assertTrue(m.published().value().isPresent());
    }
}
