package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ResearchInstitutions}: one piece of research, or one researcher, credited to two
 * institutions. Each look-alike stands beside a real conflict of the same shape. Written for this
 * test; no article's text.
 */
class ResearchInstitutionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            one institution told two ways  | A survey of 3,000 farms by researchers at the University of Porrin found that hedgerows in the Vessa valley had halved since 1990. | A Porrin University study published on Monday found hedgerows on 3,000 Vessa valley farms had halved since 1990.
            a joint study, one partner told | Scientists from the University of Porrin and Halden College found that hedgerows in the Vessa valley had halved since 1990. | Researchers at Halden College found that hedgerows on 3,000 Vessa valley farms had halved since 1990.
            an outside expert's comment    | Researchers at the University of Porrin found that hedgerows on 3,000 Vessa valley farms had halved since 1990. | Scientists at Halden College said the loss of hedgerows was a worry for farmland birds.
            two researchers, two places    | The study was led by Dr Ada Venn of Porrin University, who said hedgerows had halved. | Dr Lio Marsh of Halden College, who was not involved, said the survey was careful work.
            the institution named again    | Researchers at the University of Porrin found that hedgerows in the Vessa valley had halved since 1990. | The university said the study of 3,000 farms, led by Porrin University ecologists, took four years.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "institution of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a team at two institutions        | A survey of 3,000 farms by researchers at the University of Porrin found that hedgerows in the Vessa valley had halved since 1990. | Halden College scientists found in a survey of 3,000 farms that hedgerows in the Vessa valley had halved since 1990.
            a study led by two institutions   | The trial, led by the University of Porrin, found the Corvex vaccine cut infections by half. | Researchers from Halden College found in a trial that the Corvex vaccine cut infections by half.
            """)
    void twoInstitutionsAreReported(String why, String a, String b) throws Exception {
        assertEquals("institution of the research", RuleCases.topics(a, b, "institution of"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a researcher placed at two    | The findings were published on Monday, said lead author Dr Ada Venn, an ecologist at the University of Porrin. | The study, led by Dr Ada Venn of Halden College, was published on Monday.
            a denial in the researcher's quote | "This is not yet proof of a cure," said lead author Dr Ada Venn, an ecologist at the University of Porrin. | The study, led by Dr Ada Venn of Halden College, was published on Monday in the Vessa Journal.
            """)
    void oneResearcherAtTwoIsReported(String why, String a, String b) throws Exception {
        assertEquals("institution of Ada Venn", RuleCases.topics(a, b, "institution of"), why);
    }
}
