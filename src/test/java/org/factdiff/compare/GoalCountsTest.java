package org.factdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link GoalCounts}: one player given two numbers of goals in one match. Each look-alike stands
 * beside a real conflict of the same shape. Written for this test; no article's text.
 */
class GoalCountsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a hat-trick told two ways         | Ivo Marn scored a hat-trick as Orrel Town beat Kell Rovers 3-1 on Saturday. | Orrel Town beat Kell Rovers 3-1 on Saturday, with a hat-trick from Ivo Marn.
            a brace as twice                  | Ivo Marn scored twice as Orrel Town beat Kell Rovers 2-0 on Saturday. | Ivo Marn's brace gave Orrel Town a 2-0 win over Kell Rovers on Saturday.
            two goals in one half of a hat-trick | Ivo Marn scored a hat-trick as Orrel Town beat Kell Rovers 3-1 on Saturday. | Ivo Marn scored twice in the second half as Orrel Town beat Kell Rovers 3-1 on Saturday.
            a season's tally and a match's    | Ivo Marn scored a hat-trick as Orrel Town beat Kell Rovers 3-1 on Saturday. | Ivo Marn has scored four goals this season, three of them on Saturday against Kell Rovers.
            two players' goals                | Ivo Marn scored a hat-trick as Orrel Town beat Kell Rovers 4-1 on Saturday. | Ada Fell scored twice as Orrel Town beat Kell Rovers 4-1 on Saturday.
            """)
    void lookAlikesStayQuiet(String why, String a, String b) throws Exception {
        assertEquals("", RuleCases.topics(a, b, "goals scored by"), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a hat-trick and twice             | Ivo Marn scored a hat-trick as Orrel Town beat Kell Rovers 3-1 on Saturday. | Orrel Town beat Kell Rovers 3-1 on Saturday, with Ivo Marn scoring twice at Tarn Park.
            a brace and a hat-trick from him  | Ivo Marn's brace gave Orrel Town a 2-1 win over Kell Rovers on Saturday. | A hat-trick from striker Ivo Marn gave Orrel Town victory over Kell Rovers on Saturday.
            two goals in words and three times | Ivo Marn netted two goals as Orrel Town beat Kell Rovers on Saturday. | Ivo Marn struck three times as Orrel Town beat Kell Rovers on Saturday.
            """)
    void twoCountsAreReported(String why, String a, String b) throws Exception {
        assertEquals("goals scored by Marn", RuleCases.topics(a, b, "goals scored by"), why);
    }
}
