package org.factdiff.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdiff.base.WordLists;
import org.factdiff.claims.Claim;
import org.factdiff.text.StopWords;

/**
 * One proposal approved by one article and turned down by another, however each names who
 * decided: "Councillors in Pressley voted to approve the 14-turbine wind farm" against "the plan
 * for 14 turbines on Tallow Moor was voted down by Pressley councillors". A decision is read with
 * what it was on (the object of an active verb, the subject of a passive one); two decisions
 * conflict when they are of opposite kinds, in two articles about one incident, and what they
 * were on shares a word that is not a word for any proposal ("turbines", "stadium"; not "plan",
 * "amendment"). An article that itself approves and turns down things sharing that word (a
 * budget passed, an amendment to it rejected) takes no side on it.
 */
final class DecisionConflicts implements ContradictionRule {
    /** How the topic of every finding of this rule begins. */
    static final String TOPIC = "the decision on ";

    /** Verbs of approving, in their base forms ({@code decision-approve.txt}). */
    private static final List<String> APPROVE = WordLists.lines(DecisionConflicts.class, "decision-approve.txt");
    /** Verbs of turning down, as {@link #APPROVE} ({@code decision-reject.txt}). */
    private static final List<String> REJECT = WordLists.lines(DecisionConflicts.class, "decision-reject.txt");
    /** Words for any proposal, which say nothing of which one: "plan", "amendment", "motion". */
    private static final Set<String> PROPOSALS = WordLists.set(DecisionConflicts.class, "proposal-words.txt");
    /** Past forms that do not add "-ed". */
    private static final Map<String, String> IRREGULAR = Map.of("throw", "threw", "give", "gave");
    /** Participles that are not the past form. */
    private static final Map<String, String> PARTICIPLES = Map.of("throw", "thrown", "give", "given");

    /** Each written form of the verbs ("approves", "threw out", "thrown out") to whether it approves. */
    private static final Map<String, Boolean> FORMS = forms();

    /** "approved the plan", "voted to approve the plan", "voted 9-4 on Monday to approve plans for". */
    private static final Pattern ACTIVE = Pattern.compile("(?i)\\b((?:voted|decided|agreed)\\b[^,;.]{0,30}?\\bto\\s+)?("
            + alternatives(FORMS.keySet()) + ")\\s+((?:[^,;.:\\n]|(?<=\\d)[,.](?=\\d)){3,90})"); // "a 9,000-seat arena": a figure's comma ends nothing
    /** "did not", "was not", "never", "failed to" right before a verb: the decision was not made. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|n't|never|failed\\s+to|yet\\s+to)\\s+(?:\\w+\\s+)?$");

    private static boolean negated(String text, int verb) {
        return NEGATION.matcher(text.substring(Math.max(0, verb - NEGATION_REACH), verb)).find();
    }

    /** Characters before a verb searched for its negation. */
    static final int NEGATION_REACH = 25;

    /** Any form of the verbs, which ends what the decision before it was on. */
    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:" + alternatives(FORMS.keySet()) + ")\\b");
    /** "the plan ... was voted down", "an amendment to restore Sunday hours, was rejected". */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|has been|have been|had been)\\s+(?:narrowly\\s+)?("
            + alternatives(FORMS.keySet()) + ")\\b");
    /** Words before a passive decision searched for what it was on. */
    static final int SUBJECT_WORDS = 15;
    /** Shortest word that tells what a decision was on ("farm"; not "new", "old"). */
    static final int WORD_MIN = 4;
    /** Parts of a day and words of when, which say nothing of what was decided (periods are {@link org.factdiff.claims.Cues#PERIODS}). */
    private static final Set<String> TIME_WORDS = Set.of("morning", "afternoon", "evening", "night", "today", "tonight",
            "yesterday", "weekend", "later", "earlier");

    /** One sentence's decision: approving ({@code approve}) or not, on what words. */
    private record Decision(Claim claim, boolean approve, Map<String, String> on, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        List<Decision> found = new ArrayList<>();
        for (Claim c : in.claims()) {
            // A negated claim is read too: "rejected" may be what made it negated; a negation of the
            // decision itself ("did not approve") is left out where the decision is read.
            if (!c.otherOccasion()) {
                found.addAll(decisions(c));
            }
        }
        // article -> word -> kinds of decision the article gives on it
        Map<String, Map<String, Set<Boolean>>> sides = new TreeMap<>();
        Map<String, List<Integer>> byWord = new TreeMap<>();
        for (int i = 0; i < found.size(); i++) {
            Decision d = found.get(i);
            for (String w : d.on().keySet()) {
                sides.computeIfAbsent(d.claim().article(), k -> new TreeMap<>()).computeIfAbsent(w, k -> new TreeSet<>())
                        .add(d.approve());
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        // Decisions joined word by word, never all against all; each joined part is one finding.
        Components joined = new Components(found.size());
        Map<Integer, Set<String>> wordsOf = new HashMap<>();
        byWord.forEach((w, bucket) -> {
            List<Integer> taken = bucket.stream().filter(i -> sides.get(found.get(i).claim().article()).get(w).size() == 1)
                    .limit(OutcomeConflicts.MAX_BUCKET).toList();
            for (int x = 0; x < taken.size(); x++) {
                for (int y = x + 1; y < taken.size(); y++) {
                    Decision a = found.get(taken.get(x));
                    Decision b = found.get(taken.get(y));
                    if (a.approve() != b.approve() && !a.claim().article().equals(b.claim().article())
                            && !otherSums(a, b) && in.sameIncident(a.claim().article(), b.claim().article())) {
                        joined.join(taken.get(x), taken.get(y));
                        wordsOf.computeIfAbsent(taken.get(x), k -> new TreeSet<>()).add(w);
                        wordsOf.computeIfAbsent(taken.get(y), k -> new TreeSet<>()).add(w);
                    }
                }
            }
        });
        List<Contradiction> out = new ArrayList<>();
        for (List<Integer> part : joined.parts()) {
            if (part.size() >= 2) {
                // The finding is named by the longest word its decisions were joined by, as the
                // first of them writes it: "library", not "hour".
                Set<String> shared = new TreeSet<>();
                part.forEach(i -> shared.addAll(wordsOf.getOrDefault(i, Set.of())));
                String word = shared.stream().max(java.util.Comparator.comparingInt(String::length)
                        .thenComparing(java.util.Comparator.reverseOrder())).orElseThrow();
                String written = part.stream().map(i -> found.get(i).on().get(word)).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(word);
                out.add(contradiction(part.stream().map(found::get).toList(), written));
            }
        }
        return out;
    }

    /** The decisions a sentence tells, each with the words of what it was on. */
    private static List<Decision> decisions(Claim c) {
        String text = c.evidence().text();
        List<Decision> out = new ArrayList<>();
        Matcher a = ACTIVE.matcher(text);
        int from = 0;
        while (from < text.length() && a.find(from)) {
            from = a.start(3); // "rejected the amendment ... but approved the budget": the next verb is read too
            String verb = a.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (a.group(3).startsWith("to ") || negated(text, a.start(2))) {
                continue; // "refused to comment on the plan", "did not approve the plan": no decision on it
            }
            Matcher next = VERB.matcher(a.group(3));
            String object = next.find() ? a.group(3).substring(0, next.start()) : a.group(3);
            Map<String, String> on = words(object);
            if (on.isEmpty() && onlyProposal(object)) {
                // "Camping at the bay will be banned after the council approved the proposal": what
                // "the proposal" is, the sentence tells before the verb.
                String lead = text.substring(0, a.start());
                on = words(lead.isEmpty() ? lead : lead.substring(0, 1).toLowerCase(Locale.ROOT) + lead.substring(1));
            }
            // A base form is a decision only after "voted to": "came back to the hall" is none.
            if (!on.isEmpty() && (a.group(1) != null || !BASES.contains(verb)) && !blockedWay(verb, object)) {
                out.add(new Decision(c, FORMS.get(verb), on, a.group().strip()));
            }
        }
        Matcher p = PASSIVE.matcher(text);
        while (p.find()) {
            String verb = p.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String[] before = text.substring(0, p.start()).split("\\s+");
            String subject = String.join(" ", java.util.Arrays.copyOfRange(before, Math.max(0, before.length - SUBJECT_WORDS),
                    before.length));
            Map<String, String> on = words(subject);
            // "were back on schedule": a base form after "were" is no passive decision
            if (!on.isEmpty() && !negated(text, p.start(1)) && !BASES.contains(verb) && !blockedWay(verb, subject)) {
                out.add(new Decision(c, FORMS.get(verb), on, p.group().strip()));
            }
        }
        return out;
    }

    /**
     * The words that tell what a decision was on: written in lower case (a town's name may stand
     * in what two proposals are on), long, not a stop word, a word of time or a word for any
     * proposal; plurals folded ("libraries" is "library"), each to its first form as written.
     */
    private static Map<String, String> words(String phrase) {
        Map<String, String> out = new TreeMap<>();
        Matcher sum = SUM.matcher(phrase);
        while (sum.find()) {
            // "the £1.6bn merger" and "the proposed £1.6bn tie-up": a sum names one deal, however it is called.
            out.putIfAbsent(sum.group().toLowerCase(Locale.ROOT), sum.group());
        }
        for (String w : phrase.split("[^\\p{L}]+")) {
            if (w.length() < WORD_MIN || !w.equals(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String one = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
            if (!StopWords.contains(w) && !PROPOSALS.contains(w) && !PROPOSALS.contains(one) && !TIME_WORDS.contains(one)
                    && !org.factdiff.claims.Cues.PERIODS.contains(one)) {
                out.putIfAbsent(one, w);
            }
        }
        return out;
    }

    /** True when both decisions name sums and none in common: "the £40m merger" and "the £75m takeover" are two deals. */
    private static boolean otherSums(Decision a, Decision b) {
        Set<String> sa = new TreeSet<>(a.on().keySet());
        Set<String> sb = new TreeSet<>(b.on().keySet());
        sa.removeIf(w -> !SUM.matcher(w).matches());
        sb.removeIf(w -> !SUM.matcher(w).matches());
        return !sa.isEmpty() && !sb.isEmpty() && java.util.Collections.disjoint(sa, sb);
    }

    /** A sum of money with its currency sign: "£1.6bn", "$3.1 billion", "€40m". */
    private static final Pattern SUM = Pattern.compile("[£$€¥₹]\\s?\\d[\\d,.]*(?:\\s?(?:bn|m|k|million|billion|crore|lakh)\\b)?");

    /** True when a decision's object names only a proposal: "the proposal on Thursday", "the plan". */
    private static boolean onlyProposal(String object) {
        boolean named = false;
        for (String w : object.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty() || StopWords.contains(w) || DETERMINERS.contains(w) || TIME_WORDS.contains(w)
                    || org.factdiff.claims.Cues.WEEKDAYS.contains(w) || org.factdiff.claims.Cues.PERIODS.contains(w)) {
                continue;
            }
            if (!PROPOSALS.contains(w)) {
                return false;
            }
            named = true;
        }
        return named;
    }

    /** Words that say which proposal, not what: "the", "its". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "this", "that");

    /** The written forms of each verb: base, third person, past and participle ("throw out", "throws out", "threw out", "thrown out"). */
    private static Map<String, Boolean> forms() {
        Map<String, Boolean> out = new TreeMap<>();
        for (List<String> verbs : List.of(APPROVE, REJECT)) {
            for (String verb : verbs) {
                String[] parts = verb.split(" ", 2);
                String rest = parts.length == 1 ? "" : " " + parts[1];
                String head = parts[0];
                String past = IRREGULAR.getOrDefault(head, head.endsWith("e") ? head + "d" : head + "ed");
                String participle = PARTICIPLES.getOrDefault(head, past);
                for (String form : List.of(head, head + "s", past, participle)) {
                    out.put(form + rest, verbs == APPROVE);
                }
            }
        }
        return out;
    }

    /** The verbs' base forms, read only after "voted to", "decided to", "agreed to". */
    private static final Set<String> BASES = Set.copyOf(java.util.stream.Stream.concat(APPROVE.stream(), REJECT.stream()).toList());

    /** Ways blocked bodily ({@code blocked-ways.txt}): "blocked tracks" turns nothing down. */
    private static final Set<String> BLOCKED_WAYS = WordLists.set(DecisionConflicts.class, "blocked-ways.txt");

    /** True when a form of "block" is on a way blocked bodily: "protesters blocked tracks and stopped trains". */
    private static boolean blockedWay(String verb, String object) {
        if (!verb.startsWith("block")) {
            return false;
        }
        for (String w : object.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (BLOCKED_WAYS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The forms as one alternation, longest first so that "voted down" is not read as "voted". */
    private static String alternatives(Set<String> forms) {
        return String.join("|", forms.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(f -> f)).map(f -> f.replace(" ", "\\s+")).toList());
    }

    private static Contradiction contradiction(List<Decision> part, String word) {
        Map<org.factdiff.text.Excerpt, Contradiction.Value> values = new TreeMap<>();
        Map<Boolean, List<String>> articles = new TreeMap<>();
        Map<Boolean, String> writtenOf = new TreeMap<>();
        for (Decision d : part.stream().sorted(java.util.Comparator.comparing((Decision d) -> d.claim().evidence())).toList()) {
            values.putIfAbsent(d.claim().evidence(), new Contradiction.Value(d.claim().evidence(), d.written()));
            writtenOf.putIfAbsent(d.approve(), d.written());
            List<String> as = articles.computeIfAbsent(d.approve(), k -> new ArrayList<>());
            if (!as.contains(d.claim().article())) {
                as.add(d.claim().article());
            }
        }
        String sides = writtenOf.entrySet().stream().sorted(Map.Entry.<Boolean, String>comparingByKey().reversed())
                .map(e -> "\u201c" + e.getValue() + "\u201d (" + Prose.articleList(articles.get(e.getKey())) + ")")
                .collect(java.util.stream.Collectors.joining(" vs "));
        String explanation = "Articles give opposite decisions on what they name by \u201c" + word + "\u201d: " + sides
                + ". Check the record of the vote.";
        List<String> ids = new ArrayList<>(List.of("decision"));
        values.values().forEach(v -> ids.add(v.evidence().article() + ":" + v.value()));
        return new Contradiction(Ids.of("x", ids), TOPIC + word, ContradictionKind.NEGATION, explanation,
                List.copyOf(values.values()));
    }
}
