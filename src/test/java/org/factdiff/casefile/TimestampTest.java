package org.factdiff.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimestampTest {
    @ParameterizedTest
    @CsvSource({
        "2017-05-18, 2017-05-18",
        "2017-05-18T19:27Z, 2017-05-18T19:27Z",
        "2017-05-18T19:27:05Z, 2017-05-18T19:27:05Z",
        "2017-05-18 19:27, 2017-05-18T19:27",
        "2017-05-18T21:27+02:00, 2017-05-18T21:27+02:00",
        "2017-05-18T21:27+0200, 2017-05-18T21:27+02:00",
        "2017-05-18T21:27:00.123-05, 2017-05-18T21:27-05:00",
    })
    void parsesAndWritesIso(String in, String out) {
        assertEquals(out, Timestamp.parse(in).toString());
    }

    @ParameterizedTest
    @CsvSource({"18/05/2017", "2017-5-18", "2017-02-30", "2017-05-18T25:00", "May 18, 2017", "''"})
    void refusesWhatIsNotADate(String in) {
        assertThrows(DateTimeException.class, () -> Timestamp.parse(in));
    }

    @Test
    void ordersByInstantWhenOffsetsAreKnown() {
        Timestamp a = Timestamp.parse("2017-05-18T23:30-05:00"); // 04:30Z next day
        Timestamp b = Timestamp.parse("2017-05-19T01:00Z");
        Timestamp c = Timestamp.parse("2017-05-19");
        assertTrue(b.compareTo(a) < 0);
        assertEquals(LocalDate.of(2017, 5, 19), a.utcDate());
        List<Timestamp> list = new ArrayList<>(List.of(a, b, c));
        Collections.shuffle(list, new java.util.Random(1));
        Collections.sort(list);
        assertEquals(List.of(c, b, a), list);
    }

    @Test
    void aTimeWithoutOffsetIsLocalAndNeverReadAsUtc() {
        Timestamp local = Timestamp.parse("2017-05-18T23:30");
        Timestamp zoned = Timestamp.parse("2017-05-18T06:00Z");
        assertTrue(local.localTime());
        assertEquals("2017-05-18T23:30 local time", local.label());
        assertEquals("2017-05-18T06:00Z", zoned.label());
        assertEquals("2017-05-18", Timestamp.parse("2017-05-18").label());
        // 23:30 somewhere may be before or after 06:00Z: the local time counts as its date only.
        assertTrue(local.compareTo(zoned) < 0);
        assertEquals(Timestamp.parse("2017-05-18").epochSecond(), local.epochSecond());
        assertEquals(false, local.comparableInstant(zoned));
        assertEquals(LocalDate.of(2017, 5, 18), local.utcDate());
    }
}
