package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.GroupKind;
import org.factdiff.align.Member;
import org.factdiff.claims.QuoteMention;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;
import org.factdiff.base.Words;

/** The same quotation credited to different named people, who share no name. */
final class QuoteAttributions implements ContradictionRule {
    @Override
    public List<Contradiction> find(CaseClaims c) {
        List<Contradiction> out = new ArrayList<>();
        for (ClaimGroup g : c.shared(GroupKind.QUOTE)) {
            Map<String, Member> first = CaseClaims.firstPerArticle(g.members());
            List<Member> named = first.values().stream().filter(m -> m.quote().orElseThrow().named()).toList();
            for (int i = 0; i < named.size(); i++) {
                for (int j = i + 1; j < named.size(); j++) {
                    QuoteMention a = named.get(i).quote().orElseThrow();
                    QuoteMention b = named.get(j).quote().orElseThrow();
                    if (!sameSpeaker(a.speaker(), b.speaker())) {
                        List<Contradiction.Value> values = new ArrayList<>(List.of(
                                new Contradiction.Value(withAttribution(named.get(i), c), a.speaker()),
                                new Contradiction.Value(withAttribution(named.get(j), c), b.speaker())));
                        values.sort(Comparator.comparing(Contradiction.Value::evidence));
                        out.add(new Contradiction(Ids.contradiction("attribution", values),
                                "who said \u201C" + Prose.shorten(a.evidence().text(), 50) + "\u201D",
                                ContradictionKind.ATTRIBUTION, "The same quotation is credited to different people: "
                                + values.stream().map(v -> v.evidence().article() + " to " + v.value())
                                .collect(Collectors.joining("; ")) + ".", values));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The quotation's sentence, and the sentence before when the quotation carries on from it
     * without attribution of its own: the reader then sees whom the article credits.
     */
    private static Excerpt withAttribution(Member m, CaseClaims c) {
        Excerpt sentence = m.claim().evidence();
        QuoteMention q = m.quote().orElseThrow();
        boolean opensWithQuote = q.evidence().start() - sentence.start() <= 1;
        boolean ownSpeaker = sentence.text().substring(q.evidence().end() - sentence.start()).contains(
                q.speaker().replaceAll(" \\(.*", ""));
        int index = m.claim().sentence();
        ParsedText text = c.text(m.article());
        if (!opensWithQuote || ownSpeaker || index == 0) {
            return sentence;
        }
        return text.excerpt(text.sentences().get(index - 1).start(), sentence.end());
    }

    private static boolean sameSpeaker(String a, String b) {
        if (Acronyms.sameName(a, b) || description(a) != description(b)) {
            // "the leader of Brackwater council" / "Cllr Joan Pettifer": a role may be held by
            // the person the other names; the names in a description are of what the role is in.
            return true;
        }
        Set<String> wa = capitalized(a);
        Set<String> wb = capitalized(b);
        for (String w : wa) {
            if (wb.contains(w)) {
                return true;
            }
        }
        return wa.isEmpty() || wb.isEmpty();
    }

    /**
     * True for a speaker told by a role, not by name: its first word is written in lower case and
     * every capitalised word comes after a preposition ("the leader of Brackwater council on
     * Tuesday"); "national police chief Anton Rusk" names someone.
     */
    private static boolean description(String speaker) {
        java.util.regex.Matcher m = Words.WORD.matcher(speaker);
        if (!m.find() || !Character.isLowerCase(m.group().charAt(0))) {
            return false;
        }
        boolean afterPreposition = false;
        do {
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0)) && !afterPreposition) {
                return false;
            }
            afterPreposition |= ROLE_PREPOSITIONS.contains(w);
        } while (m.find());
        return true;
    }

    /** Words after which a role's capitalised words name what the role is in: "of Brackwater council". */
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at", "in", "on", "from");

    private static Set<String> capitalized(String s) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = Words.WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0)) && w.length() > 2) {
                out.add(Lexicon.fold(w));
            }
        }
        return out;
    }
}
