package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextMetadataTest {
    @Test
    void headlineDatelineAndBylineAtTheTop() {
        Metadata m = TextMetadata.fromTop("Bridge collapses in the old town\nThu, 18 May 2017 19:27 UTC\nBy Jane Doe and "
                + "John Roe, Staff Writers\nThe bridge collapsed on Monday evening, officials said.");
        assertEquals("Bridge collapses in the old town", m.title().value().orElseThrow());
        assertEquals("first line of the text", m.title().source());
        assertEquals("2017-05-18T19:27Z", m.published().value().orElseThrow().toString());
        assertEquals("dateline in the text", m.published().source());
        assertEquals("Jane Doe and John Roe", m.author().value().orElseThrow());
        assertTrue(m.outlet().value().isEmpty(), "nothing is guessed without a source");
    }

    @Test
    void aTextThatStartsWithProseStatesNothing() {
        Metadata m = TextMetadata.fromTop("The bridge collapsed on Monday evening, officials said.\nRescuers searched all night.");
        assertTrue(m.title().value().isEmpty());
        assertTrue(m.published().value().isEmpty());
        assertTrue(m.author().value().isEmpty());
    }

    @Test
    void aPhotoCaptionIsNoHeadline() {
        Metadata m = TextMetadata.fromTop("Rescue workers search the rubble\n\u00A9 Reuters/Staff Photographer\n"
                + "The bridge collapsed on Monday evening, officials said.");
        assertTrue(m.title().value().isEmpty(), m.title().toString());
        Metadata h = TextMetadata.fromTop("Bridge collapses in the capital\nThe bridge collapsed on Monday evening.");
        assertTrue(h.title().value().isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "May 20, 2013|2013-05-20",
        "20 May 2013|2013-05-20",
        "Tuesday, October 22, 2024 at 3:15 pm|2024-10-22T15:15",
        "2024-10-22|2024-10-22",
        "Sept. 3, 2019|2019-09-03",
    })
    void datelines(String line, String expected) {
        assertEquals(expected, TextMetadata.dateline(line).orElseThrow().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"On May 20, 2013 the storm came.", "February 31, 2020", "Page 2 of 3"})
    void notDatelines(String line) {
        assertTrue(TextMetadata.dateline(line).isEmpty(), line);
    }
}
