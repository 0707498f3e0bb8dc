package org.factdiff.claims;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.text.Token;

/**
 * Reads the names a sentence gives of people, organisations, groups, countries and places:
 * lexicon names and runs of capitalised proper nouns, in canonical form, each once. Months
 * and weekdays are not names.
 */
final class ActorReader implements SlotReader<List<String>> {
    @Override
    public List<String> read(TaggedSentence s) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            Token tk = s.token(i);
            if (isName(s, i)) {
                run.append(run.length() == 0 ? "" : " ").append(tk.norm());
            } else if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            out.add(run.toString());
        }
        return out.stream().distinct().toList();
    }

    /** True when token i is part of a name: a lexicon name, or a capitalised proper noun that is no date word. */
    static boolean isName(TaggedSentence s, int i) {
        return s.token(i).isName() || "PROPN".equals(s.tag(i)) && s.isCapitalized(i) && !isDateWord(s.lower(i));
    }

    /** A month or a weekday: capitalised, but no name. */
    static boolean isDateWord(String lower) {
        return Cues.MONTHS.contains(lower) || Cues.WEEKDAYS.contains(lower);
    }
}
