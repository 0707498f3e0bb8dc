package org.factdiff.reuse;

import java.util.List;
import org.factdiff.ingest.Article;
import org.factdiff.text.Meanings;
import org.factdiff.text.ParsedText;

/** Finds the passages articles share and who likely copied whom. */
public interface ReuseDetector {
    /**
     * @param articles the case's articles
     * @param texts    their parsed texts, in the same order
     * @param meanings what their sentences mean, for rewrites in other words
     * @return pairs in (a, b) order, independent of the order of the articles
     */
    ReuseResult detect(List<Article> articles, List<ParsedText> texts, Meanings meanings) throws ReuseException;

    /** As above, by words alone (no sentence encoder). */
    default ReuseResult detect(List<Article> articles, List<ParsedText> texts) throws ReuseException {
        return detect(articles, texts, Meanings.NONE);
    }
}
