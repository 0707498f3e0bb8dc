package org.factdiff.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.claims.Claim;
import org.factdiff.claims.Cues;
import org.factdiff.text.StopWords;

/**
 * Who leads the investigation, given as two bodies: "the national cyber security centre is
 * leading the investigation" against "the investigation is being led by the state police's
 * cybercrime unit". An investigation has one lead; bodies that help ("assisted by", "with")
 * are not read. Two leads conflict only when their words of kind share none (the generic
 * "unit", "office", "department" aside), neither article names the other's body anywhere (an
 * article naming both may tell of two inquiries or a handover), the investigations are not
 * told apart by their kind ("criminal", "safety"), and the articles are about one incident.
 */
final class InvestigationLeads implements ContradictionRule {
    /** What is investigated, as a noun. */
    private static final String INQUIRY = "(?:investigation|inquiry|enquiry|probe)";
    /** A kind of investigation before its noun: "the criminal investigation". */
    private static final String KIND = "((?:\\p{Ll}+\\s+){0,2})";
    /** "X is leading the investigation", "X will lead the inquiry", "X leads the probe". */
    private static final Pattern LEADS = Pattern.compile("\\b(?:is|are|was|were|will\\s+be|has\\s+been|have\\s+been)\\s+"
            + "(?:now\\s+)?leading\\s+(?:the|an|its|their)\\s+" + KIND + INQUIRY + "\\b"
            + "|\\b(?:leads|lead|will\\s+lead|would\\s+lead|has\\s+taken\\s+over|took\\s+over|has\\s+taken\\s+charge\\s+of"
            + "|is\\s+in\\s+charge\\s+of)\\s+(?:the|an|its|their)\\s+" + KIND + INQUIRY + "\\b");
    /** "the investigation is being led by X", "the probe, led by X,". */
    private static final Pattern LED_BY = Pattern.compile("\\b(?:[Tt]he|[Aa]n|[Ii]ts|[Tt]heir)\\s+" + KIND + INQUIRY
            + "(?:,?\\s+(?:is|was|will\\s+be|has\\s+been)\\s+(?:being\\s+)?|,\\s+)led\\s+by\\s+([^,;:()]{3,80}?)"
            + "(?=\\s*[,;:.()]|\\s+(?:and|with|after|which|who|into|said|says|according)\\b|\\s*$)");
    /** Words that end a doer's phrase going back from its verb. */
    private static final Set<String> BEFORE_DOER = Set.of("said", "says", "that", "and", "but", "while", "as", "added",
            "confirmed", "announced", "told", "when", "now");
    /** Words of a body that say nothing of which body it is. */
    private static final Set<String> GENERIC = Set.of("unit", "units", "office", "offices", "department", "departments",
            "agency", "agencies", "service", "services", "team", "teams", "division", "branch", "bureau", "force",
            "officials", "officers", "investigators", "detectives", "national", "state", "local", "regional", "federal",
            "city", "county", "its", "their", "own");
    /** Most words a doer before "is leading" has. */
    private static final int DOER_WORDS = 8;

    /** One sentence's lead of an investigation: the body as written, its words of kind, the investigation's kind. */
    private record Lead(Claim claim, String body, Set<String> words, String kind, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Lead>> byArticle = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || c.negated() || c.furniture() || !c.hedge().isEmpty()) {
                continue;
            }
            String text = c.evidence().text().replace('\n', ' ');
            Matcher m = LEADS.matcher(text);
            while (m.find()) {
                String kind = m.group(1) != null ? m.group(1) : m.group(2);
                String body = doerBefore(text.substring(0, m.start()));
                add(byArticle, c, body, kind, text.substring(Math.max(0, m.start() - body.length() - 1), m.end()));
            }
            Matcher by = LED_BY.matcher(text);
            while (by.find()) {
                add(byArticle, c, by.group(2), by.group(1), by.group());
            }
        }
        // An article naming another's body anywhere may tell of two inquiries or of a handover.
        Map<String, List<Lead>> sides = new TreeMap<>();
        byArticle.forEach((a, mine) -> {
            String text = in.text(a).text().toLowerCase(Locale.ROOT);
            boolean namesOther = byArticle.entrySet().stream().filter(e -> !e.getKey().equals(a))
                    .flatMap(e -> e.getValue().stream())
                    .anyMatch(l -> mine.stream().noneMatch(o -> shareKind(o, l)) && text.contains(named(l.body())));
            boolean kindsApart = byArticle.values().stream().flatMap(List::stream)
                    .anyMatch(l -> mine.stream().anyMatch(o -> !o.kind().isEmpty() && !l.kind().isEmpty() && !o.kind().equals(l.kind())));
            if (!namesOther && !kindsApart) {
                sides.put(a, mine);
            }
        });
        // Bodies sharing a word of kind are one: "Orrin police" and "the police in Orrin".
        List<Lead> all = sides.values().stream().flatMap(List::stream).toList();
        Map<Lead, String> body = new java.util.IdentityHashMap<>();
        for (Lead l : all) {
            String joined = all.stream().filter(o -> shareKind(o, l)).map(InvestigationLeads::key).sorted().findFirst().orElseThrow();
            body.put(l, joined);
        }
        List<Contradiction> out = new ArrayList<>();
        OneValueEach.finding(in, sides, Lead::claim, body::get, Lead::body, Lead::written,
                l -> "who leads the investigation",
                (l, s) -> "Articles name different bodies as leading the investigation: " + s + ". Check with the bodies named.")
                .ifPresent(out::add);
        return out;
    }

    private static void add(Map<String, List<Lead>> byArticle, Claim c, String body, String kind, String written) {
        Set<String> words = kindWords(body);
        if (!words.isEmpty()) {
            byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>())
                    .add(new Lead(c, body.strip(), words, kind.strip().toLowerCase(Locale.ROOT), written.strip()));
        }
    }

    /** A body's key: its words of kind in order, so that two sentences naming one body are one side. */
    private static String key(Lead l) {
        return String.join(" ", l.words());
    }

    private static boolean shareKind(Lead a, Lead b) {
        return a.words().stream().anyMatch(b.words()::contains);
    }

    /** The doer's phrase right before its verb: back to a comma or a word that ends it ("said", "that"). */
    private static String doerBefore(String lead) {
        String clause = lead.substring(Math.max(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')), lead.lastIndexOf(':')) + 1);
        String[] words = clause.strip().split("\\s+");
        int from = words.length;
        while (from > 0 && words.length - from < DOER_WORDS && !BEFORE_DOER.contains(words[from - 1].toLowerCase(Locale.ROOT))
                && !Cues.REPORTING.contains(words[from - 1].toLowerCase(Locale.ROOT))) {
            from--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static boolean content(String w) {
        return w.length() > 1 && !StopWords.contains(w) && !GENERIC.contains(w);
    }

    /** A body as another article would name it: "fire service" of "the fire service". */
    private static String named(String body) {
        return body.toLowerCase(Locale.ROOT).replaceFirst("^(?:the|a|an)\\s+", "");
    }

    /** The words that tell a body's kind: "police", "cybercrime" of "the state police's cybercrime unit". */
    private static Set<String> kindWords(String body) {
        Set<String> out = new LinkedHashSet<>();
        // A place's name says whose body, not which: "Orrin police" and "the Orrin fire service"
        // differ by "police" and "fire". A name alone ("the FBI") is the body's own.
        boolean lowerWords = java.util.Arrays.stream(body.split("[^\\p{L}]+"))
                .anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && content(w.toLowerCase(Locale.ROOT)));
        for (String w : body.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && content(w.toLowerCase(Locale.ROOT)) && !(lowerWords && Character.isUpperCase(w.charAt(0)))) {
                out.add(w.toLowerCase(Locale.ROOT)); // "police" and "cybercrime" of "the state police's cybercrime unit"
            }
        }
        return out;
    }
}
