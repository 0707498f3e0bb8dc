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
    /**
     * One finding per quotation however many articles carry it: its credits are gathered into
     * speakers, each with the articles that credit them ("Judge Vaas" in three copies of one
     * story, "prosecutor Castell" in a fourth), so an editor reads the difference once.
     */
    @Override
    public List<Contradiction> find(CaseClaims c) {
        List<Contradiction> out = new ArrayList<>();
        for (ClaimGroup g : c.shared(GroupKind.QUOTE)) {
            Map<String, Member> first = CaseClaims.firstPerArticle(g.members());
            // Names are set against names, roles against roles: a role ("the mayor of Dunhollow")
            // may be held by any person named, so it neither joins nor splits them.
            for (boolean role : new boolean[] {false, true}) {
                List<Member> credited = first.values().stream().filter(m -> m.quote().orElseThrow().named())
                        .filter(m -> description(speaker(m)) == role && !capitalized(speaker(m)).isEmpty()).toList();
                List<List<Member>> speakers = speakers(credited);
                if (speakers.size() >= 2) {
                    out.add(contradiction(speakers, c));
                }
            }
        }
        return out;
    }

    private static String speaker(Member m) {
        return m.quote().orElseThrow().speaker();
    }

    /** The members gathered by who they credit, as many speakers as share no name; the most credited first. */
    private static List<List<Member>> speakers(List<Member> credited) {
        int[] root = new int[credited.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (int i = 0; i < root.length; i++) {
            for (int j = i + 1; j < root.length; j++) {
                if (sameSpeaker(speaker(credited.get(i)), speaker(credited.get(j)))) {
                    int a = find(root, i);
                    int b = find(root, j);
                    root[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        Map<Integer, List<Member>> byRoot = new java.util.TreeMap<>();
        for (int i = 0; i < root.length; i++) {
            byRoot.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(credited.get(i));
        }
        List<List<Member>> out = new ArrayList<>(byRoot.values());
        out.forEach(ms -> ms.sort(Comparator.comparing(Member::article)));
        out.sort(Comparator.<List<Member>>comparingInt(List::size).reversed()
                .thenComparing(ms -> ms.get(0).article()));
        return out;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            i = root[i];
        }
        return i;
    }

    private static Contradiction contradiction(List<List<Member>> speakers, CaseClaims c) {
        List<Contradiction.Value> values = new ArrayList<>();
        for (List<Member> ms : speakers) {
            for (Member m : ms) {
                values.add(new Contradiction.Value(withAttribution(m, c), speaker(m)));
            }
        }
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        String credits = speakers.stream().map(ms -> speaker(ms.get(0)) + " in "
                + Prose.articleList(ms.stream().map(Member::article).toList())).collect(Collectors.joining("; "));
        QuoteMention quote = speakers.get(0).get(0).quote().orElseThrow();
        return new Contradiction(Ids.contradiction("attribution", values),
                "who said \u201C" + Prose.shorten(quote.evidence().text(), 50) + "\u201D",
                ContradictionKind.ATTRIBUTION, "The same quotation is credited to different people: " + credits + ".",
                values);
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

    /** A capitalised word before a number, a body's name: "Local 612", "Station 9". */
    private static final java.util.regex.Pattern NUMBERED_BODY = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{L}*\\s+\\d+\\b");

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

    /**
     * The capitalised words of a speaker that may name the person: not offices, and not the body
     * written before a role that a name follows ("Northfield" of "Northfield coach Tomas Brandt"),
     * which two of its people share.
     */
    private static Set<String> capitalized(String s) {
        Set<String> out = new HashSet<>();
        List<String> words = new ArrayList<>();
        // "Local 612 President Ada Voss": a body numbered, whose word names no one
        java.util.regex.Matcher m = Words.WORD.matcher(NUMBERED_BODY.matcher(s).replaceAll(" "));
        while (m.find()) {
            words.add(m.group());
        }
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            boolean bodyOfRole = k + 2 < words.size() && Character.isLowerCase(words.get(k + 1).charAt(0))
                    && !org.factdiff.text.StopWords.contains(words.get(k + 1)) && Character.isUpperCase(words.get(k + 2).charAt(0));
            if (Character.isUpperCase(w.charAt(0)) && w.length() > 2 && !OFFICE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))
                    && !bodyOfRole) {
                out.add(Lexicon.fold(w));
            }
        }
        return out;
    }

    /**
     * Words of offices, ranks and titles ("Minister", "Prime", "Deputy", "Councillor"): two people
     * may both be ministers, and "Finance Minister Hale Ondrus" and "Prime Minister Irena Solt"
     * are two.
     */
    private static final Set<String> OFFICE_WORDS = officeWords();

    private static Set<String> officeWords() {
        Set<String> out = new HashSet<>();
        org.factdiff.claims.Cues.OFFICES.keySet().forEach(out::addAll);
        out.addAll(org.factdiff.claims.Cues.OFFICE_RANKS.keySet());
        out.addAll(PersonAges.TITLES); // "Councilmember Oscar Brandvold" and "Councilmember Teresa Quill" are two
        return Set.copyOf(out);
    }
}
