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
import org.factdiff.claims.Title;

/**
 * One office that only one person holds, given to two people: "Pelmark Foods chief executive
 * Sandra Oyelaran" against "chief executive Helen Ward" of the same firm, "Council President
 * Janet Okafor" against "Council President Ruth Linden". The office is known by its name and the
 * body written before it ("Council", "Pelmark Foods"). Public offices (a mayor, a sheriff) are
 * compared only when both titles name the same body, as a story often names two towns' mayors;
 * the offices of a firm or a court (chief executive, judge) may go without, as one story is
 * most often about one firm or one hearing. An article naming two holders of the office, or
 * another's holder beside a word of succession ("replaced", "former"), takes no side; so does
 * one naming another's holder at all when a title of the two names no body.
 */
final class OfficeHolders implements ContradictionRule {
    /** Offices one person holds at a time in one body, with whether a title without the body counts. */
    private static final Map<String, Boolean> SOLE = soleOffices();

    private static Map<String, Boolean> soleOffices() {
        Map<String, Boolean> out = new TreeMap<>();
        for (List<String> row : org.factdiff.base.WordLists.groups(OfficeHolders.class, "sole-offices.txt")) {
            out.put(row.get(0), row.size() > 1 && row.get(1).equals("any body"));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Words of succession near a name, which make two holders of one office a change, not a conflict. */
    private static final Pattern SUCCESSION = Pattern.compile("(?i)\\b(?:replac\\p{L}*|succe(?:ed|eds|eded|eding|ssor)"
            + "|predecessor|took\\s+over|taking\\s+over|takes\\s+over|step(?:s|ped)?\\s+down|resign\\p{L}*|retir\\p{L}*"
            + "|outgoing|former|interim|acting|ousted|incoming|appointed)\\b");
    /** A year, which may date a term of office past. */
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");

    /** Edits that make two names one name spelled two ways. */
    private static final int MAX_SPELLING = 2;
    private static final org.apache.commons.text.similarity.LevenshteinDistance SPELLING =
            org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();

    /** Characters either side of a name searched for a word of succession. */
    private static final int SUCCESSION_REACH = 80;

    /** Capitalised words right before a title: the body the office is of ("Harrow Island Transit", "Council"). */
    private static final Pattern BODY = Pattern.compile("((?:\\p{Lu}[\\p{L}&'\u2019.-]*\\s+){1,4})$");
    /** "chief executive of Pelmark Foods" after a title: the body named after the office. */
    private static final Pattern BODY_AFTER = Pattern.compile("^,?\\s+(?:of|at)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}&'\u2019.-]*\\s*){1,4})");
    /** The office whose body is a portfolio ("Finance Minister"), named alike only when written alike. */
    private static final String PORTFOLIO = "minister";
    /** Capitalised words that open a sentence or name a rank, never a body. */
    private static final Set<String> NOT_BODIES = Set.of("the", "a", "an", "and", "but", "said", "says", "when", "after",
            "before", "as", "in", "on", "at", "by", "for", "with", "mr", "mrs", "ms", "dr", "former");

    /** One article's title for a holder of a sole office. */
    private record Held(Claim claim, Title title, List<String> body) {
        String surname() {
            String[] w = title.person().split(" ");
            return w[w.length - 1];
        }

        /** True when the bodies may be one: the same words, or one's the other's last words ("City Council", "Council"). */
        boolean sameBody(Held o) {
            if (title.office().equals(PORTFOLIO) && !body.isEmpty() && !o.body.isEmpty()) {
                return body.equals(o.body); // "Foreign Minister" and "Tarish Foreign Minister" may be two governments'
            }
            List<String> a = body.size() >= o.body.size() ? body : o.body;
            List<String> b = a == body ? o.body : body;
            return a.subList(a.size() - b.size(), a.size()).equals(b);
        }
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Held>> byOffice = new TreeMap<>();
        for (Claim c : in.claims()) {
            // A denial denies the act, not the office: "Council President Ada Voss, who voted no";
            // and a month named for another occasion dates the deal, not the office ("a better deal
            // than we had in January"). A year may date a term past: "chief executive in 2019".
            if (c.furniture() || c.otherOccasion() && YEAR.matcher(c.evidence().text()).find()) {
                continue;
            }
            for (Title t : c.titles()) {
                Boolean anyBody = SOLE.get(t.office());
                if (anyBody == null) {
                    continue;
                }
                List<String> body = body(c, t);
                if (body.isEmpty() && !anyBody) {
                    continue; // "Mayor Glenn Lewis" and "Mayor Mick Cornett" may be two towns' mayors
                }
                byOffice.computeIfAbsent(t.office(), k -> new ArrayList<>()).add(new Held(c, t, body));
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byOffice.forEach((office, held) -> {
            // Each title joins the longest body it may be of; a title without a body joins the one
            // body named, and none when the case names two ("Pelmark" and "Garrow" chief executives).
            List<Held> anchors = new ArrayList<>();
            held.stream().filter(h -> !h.body().isEmpty())
                    .sorted(java.util.Comparator.comparingInt((Held h) -> -h.body().size()).thenComparing(h -> h.claim().evidence()))
                    .forEach(h -> {
                        if (anchors.stream().noneMatch(a -> a.sameBody(h))) {
                            anchors.add(h);
                        }
                    });
            if (anchors.isEmpty()) {
                anchors.add(held.get(0));
            }
            if (held.stream().anyMatch(h -> h.body().isEmpty()) && anchors.size() > 1) {
                held.removeIf(h -> h.body().isEmpty());
            }
            for (Held anchor : anchors) {
                Map<String, List<Held>> byArticle = new TreeMap<>();
                for (Held h : held) {
                    if (h.body().isEmpty() || anchor.sameBody(h)) {
                        byArticle.computeIfAbsent(h.claim().article(), k -> new ArrayList<>()).add(h);
                    }
                }
                Set<String> holders = new TreeSet<>();
                byArticle.values().forEach(hs -> hs.forEach(h -> holders.add(h.surname())));
                // "Tang Xiaoming" and "Tang Xioming": one person spelled two ways is no second holder.
                Map<String, String> person = new TreeMap<>();
                byArticle.values().forEach(hs -> hs.forEach(h -> person.putIfAbsent(h.surname(), h.title().person())));
                Map<String, String> key = new TreeMap<>();
                for (String s : person.keySet()) {
                    key.put(s, person.keySet().stream().filter(o -> o.compareTo(s) <= 0 && SPELLING.apply(person.get(o), person.get(s)) <= MAX_SPELLING)
                            .findFirst().orElse(s));
                }
                // Where a title names no body, an article naming the other holder at all may tell of
                // two bodies ("Beta's chief, Ivo Marsh"); where all name it, only succession counts.
                boolean bodiless = byArticle.values().stream().anyMatch(hs -> hs.stream().anyMatch(h -> h.body().isEmpty()));
                byArticle.keySet().removeIf(a -> tellsSuccession(in.text(a).text(), holders, bodiless));
                String shown = office + (anchor.body().isEmpty() ? "" : " of " + anchor.body().stream()
                        .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                        .collect(java.util.stream.Collectors.joining(" ")));
                OneValueEach.finding(in, byArticle, Held::claim, h -> key.get(h.surname()), h -> h.title().name(),
                        h -> h.title().phrase().text(), h -> "holder of the office of " + shown,
                        (h, sides) -> "Articles name different people as " + shown + ", an office one person holds: " + sides
                                + ". Check who holds it with the body itself; one may have succeeded the other.")
                        .ifPresent(out::add);
            }
        });
        return out;
    }

    /** True when the text names one of the holders beside a word of succession, or (if {@code twoNamed}) names two. */
    private static boolean tellsSuccession(String text, Set<String> holders, boolean twoNamed) {
        int named = 0;
        for (String surname : holders) {
            Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(surname) + "\\b").matcher(text);
            boolean found = false;
            while (m.find()) {
                found = true;
                String around = text.substring(Math.max(0, m.start() - SUCCESSION_REACH), Math.min(text.length(), m.end() + SUCCESSION_REACH));
                if (SUCCESSION.matcher(around).find()) {
                    return true;
                }
            }
            named += found ? 1 : 0;
        }
        return twoNamed && named > 1;
    }

    /** The body a title's office is of, in lower-case words: before it ("Council President") or after it ("of Pelmark Foods"). */
    private static List<String> body(Claim c, Title t) {
        String text = c.evidence().text();
        int start = t.phrase().start() - c.evidence().start();
        int end = t.phrase().end() - c.evidence().start();
        if (start < 0 || end > text.length()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher before = BODY.matcher(text.substring(0, start));
        if (before.find()) {
            for (String w : before.group(1).strip().split("\\s+")) {
                String l = w.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$|\\.$", "");
                if (NOT_BODIES.contains(l) || org.factdiff.claims.Cues.OFFICE_RANKS.containsKey(l)) {
                    out.clear(); // only the words after it: "The Harrow Island Transit" is "Harrow Island Transit"
                } else {
                    out.add(l);
                }
            }
        }
        if (out.isEmpty()) {
            Matcher after = BODY_AFTER.matcher(text.substring(end));
            if (after.find()) {
                for (String w : after.group(1).strip().split("\\s+")) {
                    out.add(w.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$|\\.$", ""));
                }
            }
        }
        return List.copyOf(out);
    }
}
