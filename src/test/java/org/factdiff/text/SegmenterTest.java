package org.factdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static List<String> split(String text) {
        return new Segmenter().split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of(
                        "The U.S. Army said Gen. Smith arrived on Sept. 3 with Dr. Jones.",
                        "John F. Kennedy Airport was closed.",
                        "MOORE, Okla. (AP) — Crews searched all night."),
                split("The U.S. Army said Gen. Smith arrived on Sept. 3 with Dr. Jones. John F. Kennedy Airport was closed. "
                        + "MOORE, Okla. (AP) — Crews searched all night."));
    }

    @Test
    void aQuotationOfSeveralSentencesStaysWithItsAttribution() {
        assertEquals(List.of("\"The strike did happen. It was against a force. It left,\" the official said.", "Next."),
                split("\"The strike did happen. It was against a force. It left,\" the official said. Next."));
        assertEquals(List.of("“We came. We saw,” she said.", "Then she left."),
                split("“We came. We saw,” she said. Then she left."));
    }

    @Test
    void aQuotationLeftOpenEndsWithItsParagraph() {
        // A stray opening mark must not glue the next paragraphs to the quotation.
        assertEquals(List.of("The mayor said \"We will rebuild every house on the street.",
                        "In May, the council voted for a new levee."),
                split("The mayor said \"We will rebuild every house on the street.\nIn May, the council voted for a new levee."));
        // A quotation wrapped over lines mid-sentence still stays one sentence.
        assertEquals(List.of("\"We will rebuild every house on\nthe street,\" the mayor said."),
                split("\"We will rebuild every house on\nthe street,\" the mayor said."));
    }

    @Test
    void headlinesCaptionsAndListItemsAreSentencesOfTheirOwn() {
        assertEquals(List.of("Storm hits the coast", "Photo: Agency", "First item", "Second item", "The storm came."),
                split("Storm hits the coast\nPhoto: Agency\nFirst item\nSecond item\nThe storm came."));
    }

    @Test
    void hardWrappedLinesAreJoined() {
        String text = "Spokeswoman Amy said she believes some victims were counted twice in the\n\nearly chaos. "
                + "At least\n\n24 people were killed, and\nthose numbers rose.";
        assertEquals(List.of("Spokeswoman Amy said she believes some victims were counted twice in the\n\nearly chaos.",
                "At least\n\n24 people were killed, and\nthose numbers rose."), split(text));
    }

    @Test
    void aListItemBeginsASentenceWhateverItsFirstWord() {
        assertEquals(List.of("The plan includes:", "- New lights on six bridges", "- $4 million for repaving",
                "- 12 more buses for the night routes"),
                split("The plan includes:\n- New lights on six bridges\n- $4 million for repaving\n- 12 more buses for the night routes"));
        // A wrapped line that starts with a digit still continues its sentence.
        assertEquals(List.of("The council spent\n12 million on roads."), split("The council spent\n12 million on roads."));
    }

    @Test
    void anAbbreviationCanEndASentence() {
        assertEquals(List.of("He moved to the U.S.", "The next day he left."), split("He moved to the U.S. The next day he left."));
        assertEquals(List.of("It began at 5 p.m.", "Officials said so."), split("It began at 5 p.m. Officials said so."));
        assertEquals(List.of("He said no.", "Then he left."), split("He said no. Then he left."));
        assertEquals(List.of("He lives at No. 5 Main Street."), split("He lives at No. 5 Main Street."));
        assertEquals(List.of("The U.S. Army arrived at 5 p.m. Monday."), split("The U.S. Army arrived at 5 p.m. Monday."));
    }

    @Test
    void aStopPastedWithoutItsSpaceStillEndsASentence() {
        assertEquals(List.of("\"It left,\" the statement said.", "Apparently a tank was hit.", "Ask Gov.Smith or the U.S.Army."),
                split("\"It left,\" the statement said.Apparently a tank was hit. Ask Gov.Smith or the U.S.Army."));
        assertEquals(List.of("See example.com for more."), split("See example.com for more."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  One.  Two three.\nFour";
        for (Sentence s : new Segmenter().split(text)) {
            assertEquals(s.text(text).strip(), s.text(text), "trimmed");
        }
        assertEquals(List.of("One.", "Two three.", "Four"), split(text));
    }

    @Test
    void overlongSentencesAreCut() {
        String text = "word ".repeat(2000) + "end.";
        for (Sentence s : new Segmenter().split(text)) {
            assertEquals(true, s.end() - s.start() <= Segmenter.MAX_SENTENCE_CHARS);
        }
    }
}
