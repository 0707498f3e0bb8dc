package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextMarkupTest {
    private static String show(List<ReportModel.Paragraph> ps) {
        return ps.stream().map(p -> p.segments().stream()
                        .map(s -> s.marks().isEmpty() ? s.text() : "[" + s.marks() + (s.anchors().isEmpty() ? "" : "#" + String.join("#", s.anchors())) + ":" + s.text() + "]")
                        .collect(Collectors.joining()))
                .collect(Collectors.joining(" | "));
    }

    @Test
    void oneParagraphPerLine() {
        assertEquals("First line. | Second. | Third.", show(TextMarkup.paragraphs("First line.\nSecond.\n\nThird.", List.of())));
    }

    @Test
    void marksSplitSegmentsAndOverlapsCombine() {
        String text = "abcdefghij\nklmno";
        List<TextMarkup.Mark> marks = List.of(
                new TextMarkup.Mark(2, 6, "reused", "p1", "#x", "t"),
                new TextMarkup.Mark(4, 13, "claim", "c1", "", ""));
        assertEquals("ab[reused#p1:cd][reused claim#c1:ef][claim:ghij] | [claim:kl]mno", show(TextMarkup.paragraphs(text, marks)));
    }

    @Test
    void concatenationGivesBackTheText() {
        String text = "One two.\nThree four five.\n\nSix.";
        List<ReportModel.Paragraph> ps = TextMarkup.paragraphs(text, List.of(new TextMarkup.Mark(3, 20, "m", "", "", "")));
        String joined = ps.stream().map(p -> p.segments().stream().map(ReportModel.Segment::text).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
        assertEquals(text.replace("\n\n", "\n"), joined);
    }
}
