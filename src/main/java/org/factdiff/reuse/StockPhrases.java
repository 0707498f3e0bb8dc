package org.factdiff.reuse;

import java.util.List;

/**
 * Phrases every newsroom writes, which prove no copying: attribution formulas, wire-service
 * boilerplate, web furniture. Words inside them never seed a passage and do not count
 * towards one. Short stock phrases ("according to a", "told reporters") are kept out by the
 * minimum passage length as well; this list catches the long ones.
 */
final class StockPhrases {
    static final List<String> PHRASES = List.of(
            "according to",
            "told reporters",
            "told the associated press",
            "told news agency",
            "said in a statement",
            "in a statement on",
            "on condition of anonymity",
            "spoke on condition of anonymity because they were not authorized to",
            "declined to comment",
            "did not immediately respond to a request for comment",
            "did not respond to a request for comment",
            "could not be reached for comment",
            "could not immediately be reached for comment",
            "no immediate comment",
            "it was not immediately clear",
            "it is not clear",
            "it is unclear",
            "all rights reserved",
            "this material may not be published broadcast rewritten or redistributed",
            "contributed to this report",
            "the associated press contributed to this report",
            "this story has been updated",
            "this is a developing story",
            "check back for updates",
            "sign up for our newsletter",
            "follow us on",
            "click here",
            "read more",
            "for more information");

    private StockPhrases() {
    }
}
