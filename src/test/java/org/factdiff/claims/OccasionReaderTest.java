package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccasionReaderTest {
    /** The incident: 10 March 2021. */
    private static final OccasionReader READER = new OccasionReader(Optional.of(LocalDate.of(2021, 3, 10)));

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The levee failed on Wednesday near the mill.             | ``        | false
            The levee failed in March after heavy rain.              | ``        | false
            The levee failed in 2021 after heavy rain.               | ``        | false
            The levee had failed in 2017 as well.                    | 2017      | true
            The levee had failed in October of that year.            | 10        | true
            The levee had failed in October 2015 too.                | 2015-10   | true
            The levee failed in February after heavy rain.           | 2         | true
            In a separate incident a barn burned down.               | other     | true
            The levee had previously held for decades.               | ``        | true
            It was not the first time the levee failed.              | ``        | true
            The levee may fail soon, engineers warned.               | ``        | false
            That year's repair of the levee cost $4 million.         | other     | true
            The levee will be repaired this year, engineers said.    | ``        | false
            The farmer stayed upstairs, as he had in 2011.           | ``        | false
            The river crested at 9 feet, above the 2011 record of 8 feet. | ``   | false
            The 2011 flood crested at 8 feet at the weir.            | 2011      | true
            The farmer stayed upstairs as he had in 2011.            | 2011      | true
            As in 2011, the farmer stayed upstairs.                  | 2011      | true
            """)
    void contextAndOtherOccasion(String sentence, String context, boolean other) {
        OccasionReader.Occasion o = READER.read(Tagged.sentence(sentence));
        assertEquals(context, o.context());
        assertEquals(other, o.other());
    }

    /**
     * Without the incident's date no date is known to be another occasion, but a sentence that
     * names a year keeps its figures with those of the same year.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The levee had failed in 2017 as well.                    | 2017 | false
            The levee had previously held for decades.               | ``   | true
            The levee failed on Wednesday near the mill.             | ``   | false
            """)
    void withoutAnIncidentDateNoDateIsAnotherOccasion(String sentence, String context, boolean other) {
        OccasionReader.Occasion o = new OccasionReader(Optional.empty()).read(Tagged.sentence(sentence));
        assertEquals(context, o.context());
        assertEquals(other, o.other());
    }
}
