package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factdiff.align.ClaimGroup;
import org.factdiff.align.GroupKind;
import org.factdiff.align.Member;
import org.factdiff.align.SlotClaimAligner;
import org.factdiff.claims.Claim;
import org.factdiff.claims.QuoteMention;
import org.factdiff.text.Excerpt;
import org.factdiff.text.Lexicon;
import org.factdiff.text.ParsedText;

/**
 * The same quotation given in other words, or credited through another channel ("told AFP"),
 * by different articles. Spelling, case, transliteration and a shorter excerpt are no change.
 */
final class AlteredQuotes {
    private AlteredQuotes() {
    }

    /** The altered quotations of the case, in their total order. */
    static List<AlteredQuote> find(CaseClaims c) {
        List<AlteredQuote> out = new ArrayList<>();
        for (ClaimGroup g : c.shared(GroupKind.QUOTE)) {
            Map<String, Member> first = CaseClaims.firstPerArticle(g.members());
            Map<String, String> wordings = new TreeMap<>();
            for (Member m : first.values()) {
                Excerpt quote = m.quote().orElseThrow().evidence();
                wordings.putIfAbsent(wording(quote, c.text(m.article())), quote.text());
            }
            List<AlteredQuote.Variant> variants = new ArrayList<>();
            Set<String> channels = new HashSet<>();
            for (Member m : first.values()) {
                QuoteMention q = m.quote().orElseThrow();
                variants.add(new AlteredQuote.Variant(q.evidence(), q.speaker(), q.channel()));
                channels.add(channelKey(m, c));
            }
            variants.sort(Comparator.comparing(AlteredQuote.Variant::evidence));
            // "told AFP" in one article and no outlet, or another, in the next: credited differently.
            boolean credited = channels.size() >= 2;
            boolean reworded = reworded(wordings);
            if (reworded || credited) {
                String change = reworded && credited ? AlteredQuote.WORDS + " and " + AlteredQuote.ATTRIBUTION
                        : credited ? AlteredQuote.ATTRIBUTION : AlteredQuote.WORDS;
                List<String> parts = variants.stream().map(v -> v.evidence().article() + ":" + v.evidence().text()).toList();
                out.add(new AlteredQuote(Ids.of("q", parts), variants.get(0).evidence().text(), change, variants));
            }
        }
        Set<String> known = new HashSet<>();
        out.forEach(q -> q.variants().forEach(v -> known.add(v.evidence().article() + "@" + v.evidence().start())));
        for (ClaimGroup g : c.shared(GroupKind.STATEMENT)) {
            inOtherWords(g, c).filter(q -> !q.variants().stream()
                    .allMatch(v -> known.contains(v.evidence().article() + "@" + v.evidence().start())))
                    .ifPresent(out::add);
        }
        for (AlteredQuote q : shortOnes(c)) {
            if (!q.variants().stream().allMatch(v -> known.contains(v.evidence().article() + "@" + v.evidence().start()))) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparingInt((AlteredQuote q) -> -q.variants().size()).thenComparing(AlteredQuote::quote)
                .thenComparing(AlteredQuote::id));
        return out;
    }

    /** Words of a short quotation, which no group of quotations holds: "a preventable tragedy". */
    static final int SHORT_MIN = 2;
    /** See {@link #SHORT_MIN}: quotations from this many words are grouped by their words. */
    static final int SHORT_MAX = SlotClaimAligner.QUOTE_WORDS - 1;
    /** Words, other than the quotation's, that the two sentences of a short quotation must share. */
    static final int SHORT_CONTEXT = 3;

    /**
     * A short quotation given with one of its words changed: "was "a preventable tragedy," the
     * chair of the inquiry said" against "the chair of the inquiry ... called it "an unavoidable
     * tragedy"". Both end in the same word, differ in another, and stand in sentences of one
     * incident that share several more words; a speaker named by one must be named by the other
     * sentence too. Quotations of
     * one word or of a name are never compared.
     */
    static List<AlteredQuote> shortOnes(CaseClaims c) {
        record Short(Claim claim, QuoteMention quote, String wording, Set<String> context) {
        }
        List<Short> found = new ArrayList<>();
        for (Claim cl : c.claims()) {
            if (cl.furniture()) {
                continue;
            }
            for (QuoteMention q : cl.quotes()) {
                String w = wording(q.evidence(), c.text(cl.article())).replaceAll("^(?:a|an|the) ", "");
                String[] words = w.split(" ");
                int n = words.length;
                String last = words[n - 1];
                if (n < SHORT_MIN || n > SHORT_MAX || last.length() < 4 || org.factdiff.text.StopWords.contains(last)
                        || !last.matches("\\p{Ll}+")) {
                    continue;
                }
                Set<String> context = new HashSet<>();
                Set<String> inQuote = new HashSet<>(List.of(words)); // "hour by hour": a word may come twice
                for (String x : cl.evidence().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (x.length() >= 3 && !org.factdiff.text.StopWords.contains(x) && !inQuote.contains(x)) {
                        context.add(x);
                    }
                }
                found.add(new Short(cl, q, w, context));
            }
        }
        List<AlteredQuote> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                Short x = found.get(i);
                Short y = found.get(j);
                String[] wx = x.wording().split(" ");
                String[] wy = y.wording().split(" ");
                if (x.claim().article().equals(y.claim().article()) || x.wording().equals(y.wording())
                        || !wx[wx.length - 1].equals(wy[wy.length - 1]) || wx.length != wy.length
                        || !speakerIn(x.quote(), y.claim()) || !speakerIn(y.quote(), x.claim())
                        || !c.sameIncident(x.claim().article(), y.claim().article())) {
                    continue;
                }
                Set<String> shared = new HashSet<>(x.context());
                shared.retainAll(y.context());
                if (shared.size() < SHORT_CONTEXT || !done.add(x.claim().article() + "|" + y.claim().article())) {
                    continue;
                }
                List<AlteredQuote.Variant> variants = new ArrayList<>(List.of(
                        new AlteredQuote.Variant(x.quote().evidence(), x.quote().speaker(), x.quote().channel()),
                        new AlteredQuote.Variant(y.quote().evidence(), y.quote().speaker(), y.quote().channel())));
                variants.sort(Comparator.comparing(AlteredQuote.Variant::evidence));
                List<String> parts = variants.stream().map(v -> v.evidence().article() + ":" + v.evidence().text()).toList();
                out.add(new AlteredQuote(Ids.of("q", parts), variants.get(0).evidence().text(), AlteredQuote.WORDS, variants));
            }
        }
        return out;
    }

    /**
     * True when the quotation credits no one, or the other sentence names its speaker too ("the
     * chair of the inquiry" in both): "Mayor Ada Brisk" against a police chief's words is two
     * speakers.
     */
    private static boolean speakerIn(QuoteMention q, Claim other) {
        String[] words = q.speaker().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return last.isEmpty() || other.evidence().text().toLowerCase(Locale.ROOT).contains(last);
    }

    /** A sentence is mostly a quotation when the quotation holds this share of its characters. */
    static final double MOSTLY_QUOTED = 0.6;
    /** Two quotations joined by meaning are one utterance reworded when their words overlap this much. */
    static final double SHARED_WORDS = 0.3;

    /**
     * Sentences of one statement, aligned by meaning, in articles that share reused text, that
     * are each mostly one quotation whose words differ beyond spelling or length: a copy quotes
     * the statement in other words ("Because of widespread power outages ..." / "Compounded with
     * ... due to widespread outages").
     */
    static java.util.Optional<AlteredQuote> inOtherWords(ClaimGroup g, CaseClaims c) {
        Map<String, QuoteMention> quoted = new TreeMap<>();
        for (Member m : g.members()) {
            Excerpt sentence = m.claim().evidence();
            m.claim().quotes().stream()
                    .filter(q -> q.evidence().length() >= MOSTLY_QUOTED * sentence.length())
                    .findFirst().ifPresent(q -> quoted.putIfAbsent(m.article(), q));
        }
        if (quoted.size() < 2) {
            return java.util.Optional.empty();
        }
        Map<String, String> wordings = new TreeMap<>();
        List<Set<String>> words = new ArrayList<>();
        for (Map.Entry<String, QuoteMention> e : quoted.entrySet()) {
            String w = wording(e.getValue().evidence(), c.text(e.getKey()));
            wordings.putIfAbsent(w, e.getValue().evidence().text());
            words.add(new HashSet<>(List.of(w.split(" "))));
        }
        boolean oneUtterance = true;
        for (int i = 1; i < words.size(); i++) {
            oneUtterance &= org.factdiff.align.SlotClaimAligner.dice(words.get(0), words.get(i)) >= SHARED_WORDS;
        }
        // Two reporters may each quote one speaker saying much the same thing twice; a copy that
        // rewords the quotation it copied is what this looks for, so each article must share
        // reused text with another of them.
        for (String a : quoted.keySet()) {
            boolean copied = c.copyPartners(a).stream().anyMatch(quoted::containsKey);
            if (!copied) {
                return java.util.Optional.empty();
            }
        }
        List<QuoteMention> qs = List.copyOf(quoted.values());
        boolean oneSpeaker = qs.stream().filter(QuoteMention::named).map(QuoteMention::speaker).distinct().count() <= 1;
        if (!oneUtterance || !oneSpeaker || wordings.size() < 2 || !reworded(wordings)) {
            return java.util.Optional.empty();
        }
        List<AlteredQuote.Variant> variants = new ArrayList<>();
        quoted.values().forEach(q -> variants.add(new AlteredQuote.Variant(q.evidence(), q.speaker(), q.channel())));
        variants.sort(Comparator.comparing(AlteredQuote.Variant::evidence));
        List<String> parts = variants.stream().map(v -> v.evidence().article() + ":" + v.evidence().text()).toList();
        return java.util.Optional.of(new AlteredQuote(Ids.of("q", parts), variants.get(0).evidence().text(),
                AlteredQuote.WORDS, variants));
    }

    /**
     * True when two wordings of a quotation differ in more than length: a shorter excerpt of the
     * same quotation ("taking this step out of caution" within "We are taking this step out of
     * caution") quotes less of it, not other words. A shorter one given as a whole sentence,
     * capitalised, though words before it were dropped ("Never seen anything like it" for "I've
     * never seen anything like it") is altered.
     *
     * @param wordings folded wording to the quotation as written
     */
    static boolean reworded(Map<String, String> wordings) {
        List<String> ws = new ArrayList<>(wordings.keySet());
        for (int i = 0; i < ws.size(); i++) {
            for (int j = i + 1; j < ws.size(); j++) {
                String x = " " + ws.get(i) + " ";
                String y = " " + ws.get(j) + " ";
                if (!x.contains(y) && !y.contains(x)) {
                    if (elidedFrom(ws.get(i), ws.get(j)) || elidedFrom(ws.get(j), ws.get(i))) {
                        continue; // "We lost everything ... in an hour": words left out where it says so
                    }
                    return true;
                }
                String shorter = x.contains(y) ? ws.get(j) : ws.get(i);
                String longer = x.contains(y) ? ws.get(i) : ws.get(j);
                String written = wordings.get(shorter).strip();
                boolean wholeSentence = !written.isEmpty() && Character.isUpperCase(written.codePointAt(0));
                if (wholeSentence && !longer.startsWith(shorter)
                        && !startsASentenceOf(written, wordings.get(longer))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mark {@link #wording} puts where a quotation says words were left out ("...", "…"). */
    static final String ELLIPSIS = "\u2026";

    /**
     * True when {@code elided} marks words left out and its pieces stand, in order and whole, in
     * {@code full}: the quotation is shortened where it says so, not reworded.
     */
    static boolean elidedFrom(String elided, String full) {
        if (!elided.contains(ELLIPSIS)) {
            return false;
        }
        String in = " " + full + " ";
        int from = 0;
        for (String piece : elided.split(ELLIPSIS)) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            int at = in.indexOf(" " + p + " ", from);
            if (at < 0) {
                return false;
            }
            from = at + p.length() + 1;
        }
        return true;
    }

    /**
     * True when the shorter quotation begins where a sentence of the longer one begins: "It's a
     * complete wreck." out of "The front is mangled. It's a complete wreck." drops a sentence,
     * not words of one.
     */
    private static boolean startsASentenceOf(String shorter, String longer) {
        String head = shorter.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String l = longer.toLowerCase(Locale.ROOT);
        for (int at = l.indexOf(head); at >= 0; at = l.indexOf(head, at + 1)) {
            int k = at - 1;
            while (k >= 0 && (Character.isWhitespace(l.charAt(k)) || "\"\u201C\u201D'".indexOf(l.charAt(k)) >= 0)) {
                k--;
            }
            if (k >= 0 && ".!?".indexOf(l.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation's words, folded: case, punctuation, typography and the spelling of names
     * ("al-Tanf", "At Tanf") do not make it altered; any other word does.
     */
    private static String wording(Excerpt quote, ParsedText text) {
        List<org.factdiff.text.Token> ts = text.tokens().stream()
                .filter(t -> t.start() >= quote.start() && t.end() <= quote.end()).toList();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ts.size(); i++) {
            org.factdiff.text.Token t = ts.get(i);
            String w = text.text().substring(t.start(), t.end());
            if (i > 0 && ELLIPSIS_MARK.matcher(text.text().substring(ts.get(i - 1).end(), t.start())).find()) {
                b.append(ELLIPSIS).append(' ');
            }
            if (t.isName()) {
                b.append(t.norm());
            } else if (i + 1 < ts.size() && PARTICLES.contains(w.toLowerCase(Locale.ROOT))
                    && capitalized(text.text().substring(ts.get(i + 1).start(), ts.get(i + 1).end()))
                    && text.text().substring(t.end(), ts.get(i + 1).start()).matches("[-\\s]")) {
                continue; // "al-Tanf", "At Tanf", "el-Arish": the article of a transliterated name
            } else if (i > 0 && capitalized(w)
                    && !text.text().substring(ts.get(i - 1).end(), t.start()).matches(".*[.!?:].*")) {
                b.append(skeleton(Lexicon.fold(w))); // "Xiaoming" and "Xioming": one name spelled two ways
            } else {
                b.append(Lexicon.fold(w));
            }
            b.append(' ');
        }
        return b.toString().strip();
    }

    /** Words left out of a quotation, as written between two of its words: "...", ". . .", "…". */
    private static final java.util.regex.Pattern ELLIPSIS_MARK = java.util.regex.Pattern.compile("\\.\\s?\\.\\s?\\.|\u2026");

    /** Articles of Arabic names as news transliterates them: "al-", "el-", "at-", "ad-". */
    private static final Set<String> PARTICLES = Set.of("al", "el", "at", "ad", "as", "an", "ar", "ash", "az", "ul");

    private static boolean capitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /**
     * A name's consonants in order, doubled letters once: transliterations that differ in their
     * vowels or doubling ("Mohammed" / "Muhammad" differ still; "Xiaoming" / "Xioming" do not).
     */
    static String skeleton(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if ((i == 0 || !vowel) && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The channel of a quote in canonical form ("AFP" and "Agence France-Presse" alike), or "". */
    private static String channelKey(Member m, CaseClaims c) {
        String channel = m.quote().orElseThrow().channel();
        String key = c.text(m.article()).canonical(m.claim().evidence(), channel);
        return key.isEmpty() ? Lexicon.fold(channel) : key;
    }
}
