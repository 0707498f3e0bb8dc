package org.factdiff.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.text.Quotes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteReaderTest {
    /** Each sentence's quotations as "words / speaker / named / channel", sentences joined by " || ". */
    static String quotes(String text) {
        List<TaggedSentence> sentences = Tagged.sentences(text);
        QuoteReader reader = new QuoteReader(Quotes.find(sentences.get(0).cleanText()));
        List<String> out = new ArrayList<>();
        for (TaggedSentence s : sentences) {
            List<String> one = new ArrayList<>();
            for (QuoteMention q : reader.read(s)) {
                one.add(q.evidence().text() + " / " + q.speaker() + " / " + q.named() + " / " + q.channel());
            }
            out.add(String.join(" + ", one));
        }
        return String.join(" || ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"The canal will stay shut until spring," said Lock Keeper Ivo Marsh.`       | `The canal will stay shut until spring, / Lock Keeper Ivo Marsh / true / `
            `"The canal will stay shut until spring," said Kell Marina manager Ivo Marsh after the meeting.` | `The canal will stay shut until spring, / Kell Marina manager Ivo Marsh / true / `
            `"The canal will stay shut until spring," said Ivo Marsh of the canal trust.` | `The canal will stay shut until spring, / Ivo Marsh of the canal trust / true / `
            `"The canal will stay shut until spring," a lock keeper said.`              | `The canal will stay shut until spring, / a lock keeper / false / `
            `"The canal will stay shut until spring," said the boatyard's manager, Ivo Marsh, on Friday.` | `The canal will stay shut until spring, / the boatyard's manager, Ivo Marsh / true / `
            `"The canal will stay shut until spring," said a lock keeper, who asked not to be named.` | `The canal will stay shut until spring, / a lock keeper / false / `
            `Ivo Marsh said: "The canal will stay shut until spring."`                  | `The canal will stay shut until spring. / Ivo Marsh / true / `
            `"The canal will stay shut until spring," a lock keeper told Radio Kanal.`  | `The canal will stay shut until spring, / a lock keeper / false / Radio Kanal`
            `Lock Keeper Ivo Marsh described the damage on Friday: "The canal will stay shut until spring."` | `The canal will stay shut until spring. / Lock Keeper Ivo Marsh / true / `
            `The keeper described the damage on Friday: "The canal will stay shut until spring."` | `The canal will stay shut until spring. /  / false / `
            `The board met on Friday, with Lock Keeper Ivo Marsh warning the members: "The canal will stay shut until spring."` | `The canal will stay shut until spring. / Lock Keeper Ivo Marsh / true / `
            `The board met on Friday, and the keepers were warned: "The canal will stay shut until spring."` | `The canal will stay shut until spring. /  / false / `
            `"The canal will stay shut until spring," said Dr. Ivo Marsh, the lock engineer.` | `The canal will stay shut until spring, / Dr. Ivo Marsh / true / `
            `Dr. Ivo Marsh said: "The canal will stay shut until spring."`              | `The canal will stay shut until spring. / Dr. Ivo Marsh / true / `
            `"The canal will stay shut until spring," Ivo Marsh, the lock engineer, told reporters.` | `The canal will stay shut until spring, / Ivo Marsh / true / `
            `"The canal will stay shut until spring," a lock engineer, Ivo Marsh, told reporters.` | `The canal will stay shut until spring, / a lock engineer, Ivo Marsh / true / `
            `Canal trust chair Ivo Marsh welcomed the repairs on Friday, saying: "The canal will stay shut until spring."` | `The canal will stay shut until spring. / Ivo Marsh / true / `
            `Boaters' union president Ivo Marsh welcomed the repairs on Friday, saying: "The canal will stay shut until spring."` | `The canal will stay shut until spring. / Ivo Marsh / true / `
            `The trust welcomed the repairs in Port Avel on Friday, saying: "The canal will stay shut until spring."` | `The canal will stay shut until spring. /  / false / `
            `Boatman Ivo Marsh, 41, told Radio Kanal: "The canal will stay shut until spring."` | `The canal will stay shut until spring. / Boatman Ivo Marsh / true / Radio Kanal`
            `The keeper called it "shut" on Monday.`                                    | ``
            """)
    void quotationsWithSpeakerAndChannel(String text, String expected) {
        assertEquals(expected, quotes(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `Ivo Marsh, the keeper, spoke at dusk. "The gates are rusted through," he said.` | ` || The gates are rusted through, / Ivo Marsh (“he”) / true / `
            `Ivo Marsh spoke at dusk. "The gates are rusted through." "They must all be replaced."` | ` || The gates are rusted through. / Ivo Marsh / true /  || They must all be replaced. / Ivo Marsh / true / `
            `Radio Kanal quoted lock keeper Ivo Marsh as saying the gates had failed. "The gates are rusted through," he said.` | ` || The gates are rusted through, / Ivo Marsh (“he”) / true / `
            `Ivo Marsh spoke at dusk.\n\nThe rain stopped.\n\nBoats left.\n\n"The gates are rusted through," she said.` | ` ||  ||  || The gates are rusted through, / she / false / `
            """)
    void pronounsAndCarriedOnQuotationsAreResolved(String text, String expected) {
        assertEquals(expected, quotes(text.replace("\\n", "\n")));
    }
}
