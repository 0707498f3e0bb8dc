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
 * One work given two makers: "a 1911 landscape by the painter Ilse Varga" against "a 1911
 * painting by Otto Brenner", "a film by director Ana Kovac" against "directed by Lena Holt".
 * The work is one per case (a story of a stolen painting, a banned book, a festival's opening
 * film, a study and who led it); the maker is known by the surname, and only makers of one kind are compared (a film's
 * director and the novelist whose book it adapts are two makers). An article that credits works to two makers (an
 * exhibition, a pupil and a master), or that names another article's maker anywhere, takes no
 * side.
 */
final class WorkCreators implements ContradictionRule {
    /** A maker's name: two or three capitalised words. */
    private static final String NAME = "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})";
    /** A maker's calling before the name, maybe after "the": "the painter", "first-time director". */
    private static final String CALLING = "(?:(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){1,2})?";
    /**
     * "a 1911 landscape by the painter Ilse Varga", "a film by director Ana Kovac", the novel
     * "Salt Roads" by Ada Voss: a work, maybe its title, "by", maybe a calling, the name.
     */
    private static final Pattern WORK_BY = Pattern.compile("\\b(painting|landscape|portrait|canvas|sculpture|statue|drawing"
            + "|novel|book|memoir|poem|play|opera|symphony|album|song|mural|photograph|film|movie|documentary)"
            + "(?:\\s+[\"\u201C][^\"\u201D]{1,60}[\"\u201D],?)?\\s+by\\s+"
            + CALLING + NAME + "\\b");
    /** "directed by Ana Kovac", "written by the novelist Ada Voss": how the work was made, "by", the name. */
    private static final Pattern MADE_BY = Pattern.compile("\\b(directed|written|composed|painted|sculpted|choreographed)"
            + "\\s+by\\s+" + CALLING + NAME + "\\b");
    /**
     * "The study, led by marine biologist Dr. Rupert Haines", "the research was led by Dr. Ines
     * Carvalho": a study and its leader, one per study.
     */
    private static final Pattern LED_BY = Pattern.compile("\\b(study|research|survey|review|excavation|expedition|trial)"
            + "(?:,|\\s+was|\\s+which\\s+was|\\s+that\\s+was)?\\s+led\\s+by\\s+" + CALLING
            + "(?:(?:Dr|Prof|Professor)\\.?\\s+)?" + NAME + "\\b");

    /**
     * A work named in the sentence, which "directed by" needs to be a work's maker and not one
     * who led a rescue or an inquiry ("the search, directed by Chief Ada Voss"): a word for a
     * work, or a title in quotation marks.
     */
    private static final Pattern WORK = Pattern.compile("(?i)\\b(?:film|movie|documentary|play|opera|musical|ballet|novel|book"
            + "|memoir|series|album|song|symphony|painting|mural|sculpture|statue|production|show)s?\\b"
            + "|[\"\u201C]\\p{Lu}[^\"\u201D]{0,60}[\"\u201D]"); // or its title in quotation marks
    /**
     * The maker a work noun or a verb of making names: a film's director and the novel it
     * adapts have two makers, of two kinds, and neither is set against the other.
     */
    private static final Map<String, String> KIND = Map.ofEntries(Map.entry("film", "director"),
            Map.entry("movie", "director"), Map.entry("documentary", "director"), Map.entry("directed", "director"),
            Map.entry("novel", "writer"), Map.entry("book", "writer"), Map.entry("memoir", "writer"),
            Map.entry("poem", "writer"), Map.entry("play", "writer"), Map.entry("written", "writer"),
            Map.entry("opera", "composer"), Map.entry("symphony", "composer"), Map.entry("album", "composer"),
            Map.entry("song", "composer"), Map.entry("composed", "composer"), Map.entry("sculpture", "sculptor"),
            Map.entry("statue", "sculptor"), Map.entry("sculpted", "sculptor"), Map.entry("photograph", "photographer"),
            Map.entry("choreographed", "choreographer"), Map.entry("study", "leader"), Map.entry("research", "leader"),
            Map.entry("survey", "leader"), Map.entry("review", "leader"), Map.entry("excavation", "leader"),
            Map.entry("expedition", "leader"), Map.entry("trial", "leader"));

    /** One sentence's maker of the work, of one kind ("director", "painter"). */
    private record Credit(Claim claim, String kind, String maker, String written) {
        String surname() {
            String[] w = maker.split("\\s+");
            return w[w.length - 1];
        }
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        // kind of maker -> article -> credits, in sentence order
        Map<String, Map<String, List<Credit>>> byKind = new TreeMap<>();
        for (Claim c : in.claims()) {
            // Who made a work holds whatever the occasion: "a 1911 painting by Otto Brenner" names
            // a year of its own, which the claims stage reads as another occasion.
            if (c.negated() || c.furniture()) {
                continue;
            }
            String text = c.evidence().text().replace('\n', ' ');
            List<Matcher> matchers = new ArrayList<>(List.of(WORK_BY.matcher(text), LED_BY.matcher(text)));
            if (WORK.matcher(text).find()) {
                matchers.add(MADE_BY.matcher(text));
            }
            for (Matcher m : matchers) {
                while (m.find()) {
                    String kind = KIND.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), "artist");
                    byKind.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(c.article(), k -> new ArrayList<>())
                            .add(new Credit(c, kind, m.group(2), m.group().strip()));
                }
            }
        }
        List<Contradiction> out = new ArrayList<>();
        byKind.forEach((kind, byArticle) -> {
            // An article that names another's maker anywhere may tell of both; it takes no side.
            Set<String> aside = new TreeSet<>();
            byArticle.forEach((a, mine) -> byArticle.forEach((b, theirs) -> {
                for (Credit t : theirs) {
                    if (!a.equals(b) && !t.surname().equals(mine.get(0).surname()) && in.text(a).text().contains(t.surname())) {
                        aside.add(a);
                    }
                }
            }));
            byArticle.keySet().removeAll(aside);
            OneValueEach.finding(in, byArticle, Credit::claim, k -> k.surname().toLowerCase(Locale.ROOT), Credit::maker,
                    Credit::written, k -> kind.equals("leader") ? "leader of the study" : "maker of the work",
                    (k, sides) -> kind.equals("leader")
                            ? "Articles name different people as the study's leader: " + sides + ". Check the published paper."
                            : "Articles credit the work to different " + (kind.equals("artist") ? "makers" : kind + "s")
                            + ": " + sides + ". Check the credits with the owner or the publisher.")
                    .ifPresent(out::add);
        });
        return out;
    }
}
