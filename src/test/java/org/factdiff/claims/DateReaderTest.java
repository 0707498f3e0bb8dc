package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReaderTest {
    /** Published on Thursday 11 March 2021, about an incident of 10 March 2021. */
    private static final DateReader PUBLISHED = new DateReader(Optional.of(LocalDate.of(2021, 3, 11)),
            Optional.of(LocalDate.of(2021, 3, 10)));
    /** Publication date unknown; incident in 2019. */
    private static final DateReader UNPUBLISHED = new DateReader(Optional.empty(), Optional.of(LocalDate.of(2019, 6, 1)));

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The pier closed at 7:45 p.m. for the night.               | `[at 7:45 p.m.]`                              | `[at 7:45 p.m.]`
            The pier reopened on Aug. 9 after the survey.             | `[Aug. 9 (2021-08-09)]`                        | `[Aug. 9 (2019-08-09)]`
            The pier opened on October 2, 1998, to crowds.            | `[October 2, 1998 (1998-10-02)]`               | `[October 2, 1998 (1998-10-02)]`
            The pier was busy all through July and beyond.            | `[July]`                                       | `[July]`
            The pier closed on Tuesday for repairs.                   | `[Tuesday (2021-03-09)]`                       | `[Tuesday]`
            The pier shut after Tuesday's storm for repairs.          | `[Tuesday (2021-03-09)]`                       | `[Tuesday]`
            The pier closed last week for repairs.                    | `[last week (week of 2021-03-01)]`             | `[last week]`
            The pier reopened on February 30 by mistake.              | `[February 30]`                                | `[February 30]`
            The pier may reopen soon, the council said.               | `[]`                                           | `[]`
            The pier reopened on 9 August after the survey.           | `[9 August (2021-08-09)]`                      | `[9 August (2019-08-09)]`
            The pier reopened on the 9th of August after the survey.  | `[9th of August (2021-08-09)]`                 | `[9th of August (2019-08-09)]`
            The pier reopened on August 9th after the survey.         | `[August 9th (2021-08-09)]`                    | `[August 9th (2019-08-09)]`
            The pier opened on 2 October 1998 to crowds.              | `[2 October 1998 (1998-10-02)]`                | `[2 October 1998 (1998-10-02)]`
            The pier was busy at the end of August and beyond.        | `[August]`                                     | `[August]`
            The pier reopened on the ninth of August after the survey. | `[ninth of August (2021-08-09)]`              | `[ninth of August (2019-08-09)]`
            The pier reopened on the twenty-first of May at last.     | `[twenty-first of May (2021-05-21)]`           | `[twenty-first of May (2019-05-21)]`
            The pier sold a fifth of August's tickets to tourists.    | `[August's]`                                   | `[August's]`
            The pier sold the fifth of August's tickets to tourists.  | `[August's]`                                   | `[August's]`
            """)
    void timesAsWrittenWithTheirDates(String sentence, String published, String unpublished) {
        TaggedSentence s = Tagged.sentence(sentence);
        assertEquals(published, PUBLISHED.read(s).toString());
        assertEquals(unpublished, UNPUBLISHED.read(s).toString());
    }
}
