package org.factdiff.claims;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.Articles;
import org.factdiff.ingest.Article;
import org.factdiff.text.ParsedText;
import org.factdiff.text.Sentence;
import org.factdiff.text.Token;

/** Tagged sentences made from strings, for the tests of the slot readers. */
final class Tagged {
    private static final Tagger TAGGER = Tagger.model();

    private Tagged() {
    }

    /** The first sentence of {@code text}, tagged by the default model. */
    static TaggedSentence sentence(String text) {
        return sentences(text).get(0);
    }

    /** Every sentence of {@code text} that has words, in order. */
    static List<TaggedSentence> sentences(String text) {
        Article a = Articles.of("a", text);
        ParsedText parsed = Articles.parse(List.of(a), List.of()).get(0);
        List<TaggedSentence> out = new ArrayList<>();
        for (Sentence s : parsed.sentences()) {
            List<Token> tokens = parsed.tokens().stream().filter(t -> t.sentence() == s.index()).toList();
            if (!tokens.isEmpty()) {
                out.add(TaggedSentence.of(parsed, s, tokens, TAGGER));
            }
        }
        return out;
    }
}
