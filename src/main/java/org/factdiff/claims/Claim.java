package org.factdiff.claims;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.factdiff.text.Excerpt;

/**
 * What one sentence of an article claims, with typed slots.
 *
 * @param id          stable: from the article id and the sentence's words
 * @param evidence    the sentence
 * @param sentence    its index in the article
 * @param quantities  figures it states
 * @param times       clock times and dates it names, as written ("9:30 p.m.", "April 7")
 * @param actors      names of people, organisations, groups, countries and places it names
 *                    (canonical forms)
 * @param places      the names it gives as places ("in Moore", "near At Tanf"), as written
 * @param quotes      quotations it holds
 * @param source      whom it credits ("Reuters", "a US defense official"), or ""
 * @param negated     true when it denies ("did not", "no one")
 * @param hedge       the word that makes it uncertain ("reportedly", "unclear"), or ""
 * @param events      what the sentence says happened to people ("death", "injury"), from
 *                    {@code Cues.EVENTS}, whether or not it gives a figure
 * @param content     canonical content words (synonym classes), for alignment
 * @param roles       who does what to whom in it (attacks, support)
 * @param titles      the offices it gives named people ("Sheriff Quentin Miller")
 * @param otherOccasion true when it speaks of another occasion than the incident: another
 *                    year or month, or "previously", "the first time"
 * @param checkWorthy true when it states a fact one could check: a figure, a time or date,
 *                    a named actor doing something, an act done to someone or something
 *                    ("a tank was hit"), or a quotation
 * @param furniture   true for a headline or a caption: it repeats the text in short, or labels
 *                    a picture, and states nothing of its own
 */
public record Claim(String id, String article, Excerpt evidence, int sentence, List<Quantity> quantities,
                    List<String> times, List<String> actors, List<String> places, List<QuoteMention> quotes, String source,
                    boolean negated, String hedge, Set<String> events, Set<String> content, List<Role> roles,
                    List<Title> titles, boolean otherOccasion, boolean checkWorthy, boolean furniture) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(evidence, "evidence");
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hedge, "hedge");
        events = Set.copyOf(events);
        content = Set.copyOf(content.stream().map(String::intern).toList()); // one instance per word, as tokens
        roles = List.copyOf(roles);
        titles = List.copyOf(titles);
    }

    /** True when the hedge says the thing is not known ("it is unclear whether"), not only unconfirmed. */
    public boolean unknown() {
        return Cues.isUnknown(hedge);
    }
}
