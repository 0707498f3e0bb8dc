package org.factdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;

/**
 * One piece of research credited to two institutions: "scientists from the University of
 * Tremont found ..." against "a study by researchers at Kessington Polytechnic"; or one named
 * researcher placed at two: "lead author Dr Yusuf Amari, an astrophysicist at the University of
 * Calderbrook" against "led by Dr Yusuf Amari of Westmere University". A team is read only in a
 * sentence that tells of the research itself (a study, a finding, a paper), since a story may
 * quote experts of several places. An article that names two institutions anywhere (a joint
 * study, a second opinion) takes no side.
 */
final class ResearchInstitutions implements ContradictionRule {
    /** An institution's name: "the University of Ellsmere", "Castell Polytechnic Institute", "Marlowe Institute of Technology". */
    private static final String INSTITUTION = "((?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){0,3}(?:University|Institute|Polytechnic|College"
            + "|Observatory|Laboratory|Academy)(?:\\s+of(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'\u2019-]+){1,3})?)";
    private static final Pattern ANY = Pattern.compile(INSTITUTION);
    /** Those who do research, as a team. */
    private static final String TEAM = "(?:researchers|scientists|biologists|astronomers|physicists|chemists|ecologists"
            + "|geologists|archaeologists|economists|epidemiologists|engineers|academics|experts|team|a\\s+team)";
    /** "scientists from the University of Tremont", "a study by researchers at Kessington Polytechnic". */
    private static final Pattern TEAM_AT = Pattern.compile("(?i:" + TEAM + ")\\s+(?:from|at|of)\\s+(?:the\\s+)?" + INSTITUTION);
    /** "University of Dunmarrow researchers reported", "a University of Lindmark study found". */
    private static final Pattern INSTITUTION_TEAM = Pattern.compile(INSTITUTION
            + "\\s+(?:researchers|scientists|team|study|studies|trial|survey|paper|academics)\\b");
    /** "a trial led by the University of Ashvale", "the study, run by the University of Ashvale". */
    private static final Pattern LED_BY = Pattern.compile("(?i:study|trial|research|survey|paper|project),?\\s+"
            + "(?:(?:led|run|conducted|carried\\s+out)\\s+)?by\\s+(?:the\\s+)?" + INSTITUTION);
    /** A researcher's name, with "Dr" or "Professor" before it maybe. */
    private static final String PERSON = "(?:(?:Dr|Prof|Professor)\\.?\\s+)?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})";
    /** "Dr Yusuf Amari of Westmere University", "Dr Yusuf Amari, an astrophysicist at the University of Calderbrook". */
    private static final Pattern PERSON_AT = Pattern.compile(PERSON + "(?:,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){1,4}?(?:at|of|from)"
            + "|\\s+(?:of|from|at))\\s+(?:the\\s+)?" + INSTITUTION);
    /** Words that tell of the research itself, which a team's sentence must hold. */
    private static final Set<String> RESEARCH = Set.of("study", "studies", "paper", "research", "findings", "found", "find",
            "trial", "survey", "journal", "published", "discovered", "identified", "described", "detected", "analysed",
            "analyzed", "led", "reported", "developed");
    /** Words that join two institutions into one piece of work. */
    private static final Set<String> FILLER = Set.of("the", "of", "and", "for");

    /** One sentence's institution for the research or a researcher. */
    private record Credit(Claim claim, String subject, String institution, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // subject -> article -> credits
        Map<String, Map<String, List<Credit>>> bySubject = new TreeMap<>();
        Map<String, Set<String>> named = new TreeMap<>(); // article -> every institution it names
        for (Claim c : in.claims()) {
            String text = c.evidence().text().replace('\n', ' ');
            Matcher any = ANY.matcher(text);
            while (any.find()) {
                named.computeIfAbsent(c.article(), k -> new TreeSet<>()).add(key(any.group(1)));
            }
            if (c.otherOccasion() || c.furniture()) {
                continue;
            }
            for (Credit k : credits(c, text)) {
                String subject = k.subject().equals(TEAM_SUBJECT) ? TEAM_SUBJECT
                        : k.subject().substring(k.subject().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                bySubject.computeIfAbsent(subject, s -> new TreeMap<>())
                        .computeIfAbsent(c.article(), s -> new ArrayList<>()).add(k);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        bySubject.forEach((subject, byArticle) -> {
            byArticle.keySet().removeIf(a -> distinct(named.getOrDefault(a, Set.of())) > 1);
            OneValueEach.finding(in, byArticle, Credit::claim, k -> key(k.institution()), Credit::institution,
                    Credit::written, k -> subject.equals(TEAM_SUBJECT) ? "institution of the research" : "institution of " + k.subject(),
                    (k, sides) -> (subject.equals(TEAM_SUBJECT) ? "Articles credit the research to different institutions: "
                            : "Articles place " + k.subject() + " at different institutions: ") + sides
                            + ". Check the published paper or the institution's own statement.")
                    .ifPresent(out::add);
        });
        return out;
    }

    /** The subject key of a team's credit: one piece of research per case. */
    private static final String TEAM_SUBJECT = "";

    private static List<Credit> credits(Claim c, String text) {
        List<Credit> out = new ArrayList<>();
        boolean research = false;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            research |= RESEARCH.contains(w);
        }
        // A denial denies the finding, never where a named researcher works: "'This is not a
        // proof,' said lead author Dr Yusuf Amari, an astrophysicist at the University of X".
        if (research && !c.negated()) {
            for (Pattern p : List.of(TEAM_AT, INSTITUTION_TEAM, LED_BY)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    out.add(new Credit(c, TEAM_SUBJECT, name(m.group(1)), m.group().strip()));
                }
            }
        }
        Matcher m = PERSON_AT.matcher(text);
        while (m.find()) {
            String person = m.group(1);
            if (!person.split("\\s+")[0].matches("The|A|An|This|That|Its|Their|His|Her")) {
                out.add(new Credit(c, person, name(m.group(2)), m.group().strip()));
            }
        }
        return out;
    }

    /** An institution's name as written, without a leading "The". */
    private static String name(String written) {
        String n = written.strip().replaceAll("\\s+", " ");
        return n.startsWith("The ") ? n.substring(4) : n;
    }

    /**
     * How many institutions an article names: "the University of Tremont" and, later, "the
     * university" or "Tremont University" are one.
     */
    private static int distinct(Set<String> keys) {
        int n = 0;
        for (String k : keys) {
            Set<String> words = new java.util.HashSet<>(List.of(k.split(" ")));
            boolean within = keys.stream().anyMatch(o -> !o.equals(k) && List.of(o.split(" ")).containsAll(words));
            n += within ? 0 : 1;
        }
        return n;
    }

    /** An institution as compared: its words in any order, so "University of Ellsmere" is "Ellsmere University". */
    private static String key(String institution) {
        Set<String> words = new TreeSet<>();
        for (String w : institution.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }
}
