package org.factdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
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
 * A named person's age given two ways: "Ada Voss, 34, was winched to safety" against "the
 * 43-year-old Ada Voss". The ages must be those of one person: a surname given with two ages
 * in one article (a mother and her son) is left alone; with two first names in the case, each
 * full name is compared on its own, and a surname alone with neither; a short form that begins
 * the other ("Tom" and "Tomas") is one first name.
 */
final class PersonAges implements ContradictionRule {
    /** A name of one to four capitalised words; titles ("Mr", "Dr") are dropped when it is read. */
    /** An age before "-year-old", in digits or in words: "43", "Nineteen", "twenty-two". */
    private static final String AGE = "(\\d{1,3}|\\p{L}+(?:-\\p{Ll}+)?)";
    private static final String NAME = "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3})";
    /** "Ada Voss, 34,", "Ada Voss (34)", "Ada Voss, aged 34", "aged seventy-six": the age right after the name. */
    private static final Pattern NAME_AGE = Pattern.compile(NAME
            + "(?:,\\s+(?:aged\\s+)?|\\s+\\(|\\s+aged\\s+)(\\d{1,3}|(?<=aged\\s)\\p{Ll}+(?:-\\p{Ll}+)?)(?=,|\\)|\\.|;|\\s+(?:of|from|and|who)\\b)");
    /**
     * "Ada Voss, a 43-year-old nurse", "Ada Voss, the 61-year-old head of ...", "Ada Voss, who is
     * 43,": the age in an apposition or a relative clause after the name.
     */
    private static final Pattern NAME_APPOSED_AGE = Pattern.compile(NAME + ",\\s+(?:(?:an?|the)\\s+" + AGE + "-year-old\\b(?!['\u2019])"
            + "|who\\s+(?:is|was)\\s+(?:aged\\s+)?(\\d{1,3})(?:\\s+years\\s+old)?(?=,|\\.|;|\\s+and\\b))");
    /**
     * "of the Lark Valley food bank" after a role: where the person holds it, up to six words,
     * none of them a verb's or a clause's ("the 43-year-old former treasurer of the Lark Valley
     * food bank, Rhea Castellan,").
     */
    /** "from Greyfield Academy" right after an age: where the person comes from, up to six words. */
    private static final String FROM_PLACE = "\\s+from\\s+(?:the\\s+)?(?:[\\p{L}'\u2019-]+\\s+){0,5}?[\\p{L}'\u2019-]+";
    private static final String OF_PLACE = "(?:\\s+(?:of|at)\\s+(?:the\\s+)?(?:[\\p{L}'\u2019-]+\\s+){0,5}?[\\p{L}'\u2019-]+)?";
    /** "a 43-year-old climber, Ada Voss,", "a 16-year-old from Greyfield Academy, Maya Oduya,": the name in an apposition after an age. */
    private static final Pattern AGE_NOUN_NAME = Pattern.compile(
            "\\b" + AGE + "-year-old(?:\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+" + OF_PLACE + "|" + FROM_PLACE + "),\\s+" + NAME
                    + "(?=,|\\.|;|\\s+(?:was|is|who|had|has)\\b)");
    /**
     * "the 43-year-old Ada Voss", "43-year-old nurse Ada Voss": the age before the name; not
     * "the 58-year-old mother of Ada Voss", whose age is another's.
     */
    private static final Pattern AGE_NAME = Pattern.compile(
            "\\b" + AGE + "-year-old\\s+(?:(?!(?:of|for|to|with|from|and)\\s)\\p{Ll}+\\s+){0,2}?" + NAME);
    /**
     * Roles one person holds in an incident, read when no name is given: "the climber, 43," and
     * "a 34-year-old climber" speak of one climber. Words for anyone ("man", "woman", "boy") are
     * not among them: a case often tells of several.
     */
    private static final String ROLES = "(driver|pilot|climber|hiker|skier|diver|swimmer|cyclist|motorcyclist|pedestrian"
            + "|gunman|suspect|captain|skipper|jockey|rider|helmsman|conductor|engineer|operator|owner|landlord|tenant)";
    /**
     * "the climber, 43,", "the driver, aged 52.", "the injured climber, a Bramley man aged 43": a
     * role with its age in an apposition, maybe after a word for the person that is no role.
     */
    private static final Pattern ROLE_AGE = Pattern.compile("\\b[Tt]he\\s+(?:\\p{Ll}+\\s+){0,2}?" + ROLES
            + ",\\s+(?:an?\\s+(?:[\\p{L}'\u2019-]+\\s+){0,2}?(?:man|woman|boy|girl|father|mother)(?:,\\s+|\\s+aged\\s+)"
            + "|aged\\s+)?(\\d{1,3})(?=,|\\.|;|\\s+(?:of|from|and|who)\\b)");
    /** "a 34-year-old climber", "the 52-year-old bus driver": the age before the role. */
    private static final Pattern AGE_ROLE = Pattern.compile("\\b" + AGE + "-year-old\\s+(?:\\p{Ll}+\\s+){0,2}?" + ROLES
            + "\\b(?!\\s+\\p{Lu})");
    /** "Tomas Reyl, 29, was the cyclist killed": a named person's age, and the role they held. */
    private static final Pattern NAME_AGE_ROLE = Pattern.compile(NAME + ",\\s+(\\d{1,3}),\\s+(?:was|is)\\s+the\\s+"
            + "(?:\\p{Ll}+\\s+){0,2}?" + ROLES + "\\b(?!['\u2019])");
    /** Words for anyone, which a charge makes the suspect's: "a 17-year-old boy has been charged". */
    private static final String ANYONE = "(?:man|woman|boy|girl|youth|teenager|teen|person)";
    /** Verbs that make one the suspect: charged, arrested, held. */
    private static final String ACCUSED = "(?:charged|arrested|detained|accused|held|remanded)";
    /**
     * "A 17-year-old boy has been charged", "a 19-year-old Dunby man will face court on Tuesday
     * charged with ...", "a man, 36, was arrested": the age of the one accused, when the
     * sentence names no one.
     */
    private static final Pattern AGE_ACCUSED = Pattern.compile("\\b(?:[Aa]n?|[Tt]he)\\s+(?:" + AGE + "-year-old\\s+"
            + "(?:[\\p{L}'\u2019-]+\\s+){0,2}?" + ANYONE + "|" + ANYONE + ",\\s+(?:aged\\s+)?(\\d{1,3}),)"
            + "\\s+(?:who\\s+)?(?:has|had|was|were|is|will|has\\s+been|had\\s+been)\\b[^,.;]{0,40}?\\b" + ACCUSED + "\\b");
    /**
     * "Police have arrested a 19-year-old", "detectives charged a 52-year-old Kell man": the age of
     * the one accused, told in the active. Not "held", which may be a hostage's.
     */
    private static final Pattern ACCUSED_AGE = Pattern.compile("\\b(?:charged|arrested|detained|remanded)\\s+(?:an?|the)\\s+"
            + AGE + "-year-old\\b(?!-)(?:\\s+(?:[\\p{L}'\u2019-]+\\s+){0,2}?" + ANYONE + "\\b)?"
            + "(?:,?\\s+and\\s+an?\\s+" + AGE + "-year-old\\b)?");
    /**
     * "a 43-year-old man", "the 43-year-old woman", "the injured man, aged 43": someone told only
     * as a man or a woman, with an age. Group 1 or 2 the age.
     */
    private static final Pattern AGE_OF_ANYONE = Pattern.compile("\\b(?:[Aa]n?|[Tt]he)\\s+(?:" + AGE
            + "-year-old\\s+(?:\\p{Ll}+\\s+)?(?:man|woman)\\b(?!['\u2019])"
            + "|(?:\\p{Ll}+\\s+)?(?:man|woman),\\s+(?:aged\\s+)?(\\d{1,3})(?=,|\\s+(?:from|of|who)\\b))");
    /** Roles of {@link #ROLES} of one who did harm, whose age a plain "man" does not give. */
    private static final Set<String> PERPETRATORS = Set.of("suspect", "gunman");
    /** A role of {@link #ROLES} anywhere in a text, as a word of its own. */
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b" + ROLES + "s?\\b");
    /** "has been named as Edvin Marl", "was identified as Ada Voss": the name of one spoken of before. */
    private static final Pattern NAMED_AS = Pattern.compile("\\b(?:named|identified)\\s+as\\s+" + NAME);
    /** The key of a role's ages, apart from surnames. */
    private static final String ROLE_KEY = "\u00A7";

    /** Words capitalised for other reasons than naming a person, and titles. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "Police", "Officers", "He", "She", "They",
            "It", "His", "Her", "Their", "In", "On", "At", "By", "For", "With", "After", "Before", "When", "While");
    /** Titles before a name ({@code titles.txt}), in lower case. */
    static final Set<String> TITLES = org.factdiff.base.WordLists.set(PersonAges.class, "titles.txt");
    /** Oldest age read: a larger number after a name is something else. */
    static final int OLDEST = 110;

    private record Mention(Claim claim, String first, String surname, int age, String written) {
    }

    @Override
    public List<Contradiction> find(CaseClaims in) {
        Map<String, List<Mention>> bySurname = new TreeMap<>();
        Map<String, List<Mention>> roles = new TreeMap<>();
        Map<String, Set<String>> named = new TreeMap<>();
        for (Claim c : in.claims()) {
            Matcher n = NAMED_AS.matcher(c.evidence().text());
            while (n.find()) {
                named.computeIfAbsent(c.article(), k -> new TreeSet<>()).add(n.group(1));
            }
            if (c.otherOccasion()) {
                continue;
            }
            for (Mention m : mentions(c)) {
                bySurname.computeIfAbsent(m.surname(), k -> new ArrayList<>()).add(m);
                if (m.surname().startsWith(ROLE_KEY)) {
                    roles.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(m);
                }
            }
        }
        // "A 34-year-old climber died ... He has been named as Edvin Marl": the climber's age is
        // Edvin Marl's, when the article names one person so and gives the age of one role.
        roles.forEach((article, ms) -> {
            Set<String> names = named.getOrDefault(article, Set.of());
            if (names.size() == 1 && ms.stream().map(Mention::surname).distinct().count() == 1) {
                for (Mention m : ms) {
                    mention(m.claim(), names.iterator().next(), Integer.toString(m.age()), m.written())
                            .ifPresent(x -> bySurname.computeIfAbsent(x.surname(), k -> new ArrayList<>()).add(x));
                }
            }
        });
        anyonesRoles(in, roles).forEach(m -> bySurname.computeIfAbsent(m.surname(), k -> new ArrayList<>()).add(m));
        onlyChildren(in).forEach(m -> bySurname.computeIfAbsent(m.surname(), k -> new ArrayList<>()).add(m));
        List<Contradiction> out = new ArrayList<>();
        bySurname.forEach((surname, mentions) -> {
            if (surname.startsWith(ROLE_KEY)) {
                out.addAll(conflicts(mentions, Map.of()));
                return;
            }
            // First names the case gives the surname anywhere, by article: "Breakers owner Dana
            // Whitcomb" in one sentence makes "Whitcomb, 58" of another his, not his son Owen's.
            Map<String, Set<String>> firsts = new TreeMap<>();
            Pattern full = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(?i:" + Pattern.quote(surname) + ")\\b");
            for (String article : in.texts().keySet()) {
                Matcher f = full.matcher(in.text(article).text());
                while (f.find()) {
                    // A word the case also writes in lower case is no first name: "Said Whitcomb".
                    if (!NOT_NAMES.contains(f.group(1)) && !TITLES.contains(f.group(1).toLowerCase(Locale.ROOT))
                            && !lowerWords(in).contains(f.group(1).toLowerCase(Locale.ROOT))) {
                        firsts.computeIfAbsent(article, k -> new TreeSet<>()).add(f.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
            out.addAll(conflicts(mentions, firsts));
        });
        return out;
    }

    /** The words the case writes in lower case, once read. */
    private Set<String> lowerWords;

    private Set<String> lowerWords(CaseClaims in) {
        if (lowerWords == null) {
            lowerWords = new java.util.HashSet<>();
            Pattern word = Pattern.compile("\\b\\p{Ll}+\\b");
            for (String article : in.texts().keySet()) {
                Matcher m = word.matcher(in.text(article).text());
                while (m.find()) {
                    lowerWords.add(m.group());
                }
            }
        }
        return lowerWords;
    }

    /**
     * The ages of those told only as a man or a woman, read as a role's: "Injured climber
     * airlifted ... the 43-year-old woman, from Talby, fell into a crevasse" gives the climber's
     * age, when the article gives one such age, names one role of {@link #ROLES} but not in the
     * age's sentence ("a 61-year-old man found the climber" tells of two), gives no age of its own
     * for a role, and another article gives that role's age in a sentence about the same scene.
     */
    private static List<Mention> anyonesRoles(CaseClaims in, Map<String, List<Mention>> roles) {
        Map<String, List<Mention>> anyone = new TreeMap<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion() || roles.containsKey(c.article())) {
                continue;
            }
            Matcher m = AGE_OF_ANYONE.matcher(c.evidence().text());
            while (m.find()) {
                String age = m.group(1) != null ? m.group(1) : m.group(2);
                roleMention(c, "", age, m.group()).ifPresent(x -> anyone.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(x));
            }
        }
        List<Mention> out = new ArrayList<>();
        anyone.forEach((article, ms) -> {
            if (ms.stream().map(Mention::age).distinct().count() != 1) {
                return; // two men of two ages: which is the role's is unclear
            }
            Set<String> named = new TreeSet<>();
            Matcher r = ROLE_WORD.matcher(in.text(article).text());
            while (r.find()) {
                named.add(r.group(1).toLowerCase(Locale.ROOT));
            }
            // A man told beside a suspect or a gunman is as often the one they hurt: "a 31-year-old
            // man is in a stable condition ... A suspect has been charged".
            if (named.size() != 1 || PERPETRATORS.contains(named.iterator().next())) {
                return;
            }
            String role = ROLE_KEY + named.iterator().next();
            for (Mention m : ms) {
                if (ROLE_WORD.matcher(m.claim().evidence().text()).find()) {
                    continue; // "a 61-year-old man walking his dog found the climber": two people
                }
                boolean told = roles.values().stream().flatMap(List::stream).anyMatch(o -> o.surname().equals(role)
                        && CaseClaims.sameScene(o.claim(), m.claim()));
                if (told) {
                    out.add(new Mention(m.claim(), "", role, m.age(), m.written()));
                }
            }
        });
        return out;
    }

    /** "a 9-year-old boy", "the 11-year-old girl", "Boy, 11, found": a child told only by age. Groups 1/2 age, noun. */
    private static final Pattern AGE_OF_CHILD = Pattern.compile("\\b(?:[Aa]n?|[Tt]he)\\s+(\\d{1,2})-year-old\\s+(?:\\p{Ll}+\\s+)?"
            + "(boy|girl|child|baby|toddler|teenager)\\b(?!['\u2019])|\\b(?i:(boy|girl|toddler)),\\s+(?:aged\\s+)?(\\d{1,2}),");
    /** Words that tell of more than one child in an article: "two boys", "his sister", "the twins". */
    private static final Pattern OTHER_CHILDREN = Pattern.compile("(?i)\\b(?:boys|girls|children|kids|babies|toddlers"
            + "|teenagers|brothers?|sisters?|siblings?|twins?|cousins?|sons?|daughters?|pupils?|classmates?)\\b");

    /**
     * The ages of a case's one child: an article that tells of one boy (or girl, ...) of one age
     * and of no other child ("a 9-year-old boy who wandered away from a campsite"), against
     * another such article whose sentence shares the scene's words ("an 11-year-old boy ... missing
     * from a campsite"), whatever the sentences say happened to the child. Adults are not read so:
     * a story's man may be the victim, the suspect or a witness.
     */
    private static List<Mention> onlyChildren(CaseClaims in) {
        Map<String, List<Mention>> byArticle = new TreeMap<>();
        Map<String, String> nounOf = new TreeMap<>();
        Set<String> mixed = new TreeSet<>();
        for (Claim c : in.claims()) {
            if (c.otherOccasion()) {
                continue;
            }
            if (AGE_ACCUSED.matcher(c.evidence().text()).find() || ACCUSED_AGE.matcher(c.evidence().text()).find()) {
                continue; // "a 15-year-old boy has been charged": the suspect's age, read as such
            }
            Matcher m = AGE_OF_CHILD.matcher(c.evidence().text());
            while (m.find()) {
                String age = m.group(1) != null ? m.group(1) : m.group(4);
                String noun = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
                if (!noun.equals(nounOf.getOrDefault(c.article(), noun))) {
                    mixed.add(c.article()); // a boy and a girl: two children
                }
                nounOf.put(c.article(), noun);
                int years = years(age);
                if (years >= 1) {
                    byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>())
                            .add(new Mention(c, "", ROLE_KEY + noun, years, m.group().strip()));
                }
            }
        }
        byArticle.keySet().removeIf(a -> mixed.contains(a) || OTHER_CHILDREN.matcher(in.text(a).text()).find()
                || byArticle.get(a).stream().map(Mention::age).distinct().count() != 1);
        List<Mention> out = new ArrayList<>();
        byArticle.forEach((article, ms) -> {
            for (Mention m : ms) {
                boolean sameScene = byArticle.entrySet().stream().filter(e -> !e.getKey().equals(article))
                        .flatMap(e -> e.getValue().stream()).anyMatch(o -> o.surname().equals(m.surname())
                                && CaseClaims.sharedSceneWords(m.claim(), o.claim(), CaseClaims.contentOf(m.written() + " "
                                + o.written())) >= CaseClaims.SAME_ACT);
                if (sameScene) {
                    out.add(m);
                }
            }
        });
        return out;
    }

    /** Letters of a first name's short form that may begin its full form: "Tom" of "Tomas". */
    static final int SHORT_FORM = 3;

    /**
     * The contradictions among one surname's ages: one, when they are one person's; when the case
     * gives the surname two first names ("Colm Rafferty, 52" and "his son, Eoin Rafferty, 24"),
     * one per first name, each of its mentions by full name compared on their own.
     */
    private static List<Contradiction> conflicts(List<Mention> given, Map<String, Set<String>> caseFirsts) {
        Set<String> firsts = new TreeSet<>();
        caseFirsts.values().forEach(firsts::addAll);
        firsts.removeIf(f -> f.length() >= SHORT_FORM && firsts.stream().anyMatch(o -> o.length() > f.length() && o.startsWith(f)));
        List<Mention> mentions = given;
        if (firsts.size() > 1) {
            // A surname alone stands for the one first name its own article gives the surname, if one.
            mentions = given.stream().map(m -> {
                Set<String> own = caseFirsts.getOrDefault(m.claim().article(), Set.of());
                return m.first().isEmpty() && own.size() == 1
                        ? new Mention(m.claim(), own.iterator().next(), m.surname(), m.age(), m.written()) : m;
            }).toList();
        }
        mentions.stream().map(Mention::first).filter(f -> !f.isEmpty()).forEach(firsts::add);
        firsts.removeIf(f -> f.length() >= SHORT_FORM && firsts.stream().anyMatch(o -> o.length() > f.length() && o.startsWith(f)));
        if (firsts.size() <= 1) {
            return conflict(mentions).stream().toList();
        }
        List<Contradiction> out = new ArrayList<>();
        for (String first : firsts) {
            List<Mention> own = mentions.stream().filter(m -> !m.first().isEmpty() && (m.first().equals(first)
                    || m.first().length() >= SHORT_FORM && first.startsWith(m.first()))).toList();
            conflict(own).ifPresent(out::add);
        }
        return out;
    }

    /** The contradiction among one surname's ages, if they are one person's and differ between articles. */
    private static java.util.Optional<Contradiction> conflict(List<Mention> mentions) {
        Set<String> firsts = new TreeSet<>();
        Map<String, Mention> firstPerArticle = new TreeMap<>();
        Map<String, Set<Integer>> agesPerArticle = new TreeMap<>();
        for (Mention m : mentions) {
            if (!m.first().isEmpty()) {
                firsts.add(m.first());
            }
            firstPerArticle.putIfAbsent(m.claim().article(), m);
            agesPerArticle.computeIfAbsent(m.claim().article(), k -> new TreeSet<>()).add(m.age());
        }
        // "Tom Renwick" and "Tomas Renwick": a short form that begins the full name is one first name.
        firsts.removeIf(f -> f.length() >= SHORT_FORM && firsts.stream().anyMatch(o -> o.length() > f.length() && o.startsWith(f)));
        boolean onePerson = firsts.size() <= 1 && agesPerArticle.values().stream().allMatch(a -> a.size() == 1);
        Set<Integer> ages = new TreeSet<>();
        agesPerArticle.values().forEach(ages::addAll);
        if (!onePerson || ages.size() < 2 || firstPerArticle.size() < 2) {
            return java.util.Optional.empty();
        }
        List<Contradiction.Value> values = new ArrayList<>();
        for (Mention m : firstPerArticle.values()) {
            values.add(new Contradiction.Value(m.claim().evidence(), m.age() + " (" + m.written() + ")"));
        }
        values.sort(Comparator.comparing(Contradiction.Value::evidence));
        Mention any = firstPerArticle.values().iterator().next();
        String name = any.first().isEmpty() ? any.surname() : any.first() + " " + any.surname();
        String shown = name.startsWith(ROLE_KEY) ? "the " + name.substring(ROLE_KEY.length()) : titleCase(name);
        // Each age once, with the articles that give it: "52 (a, b, c) vs 54 (d)".
        Map<Integer, List<String>> byAge = new TreeMap<>();
        firstPerArticle.values().forEach(m -> byAge.computeIfAbsent(m.age(), k -> new ArrayList<>()).add(m.claim().article()));
        String explanation = "Articles give different ages for " + shown + ": " + Prose.sides(byAge)
                + ". Check the person's age with an official source.";
        return java.util.Optional.of(new Contradiction(Ids.contradiction("number", values), "age of " + shown,
                ContradictionKind.NUMBER, explanation, values));
    }

    /** The named ages a sentence gives. */
    private static List<Mention> mentions(Claim c) {
        String text = c.evidence().text();
        List<Mention> out = new ArrayList<>();
        Matcher m = NAME_AGE.matcher(text);
        while (m.find()) {
            mention(c, m.group(1), m.group(2), m.group()).ifPresent(out::add);
        }
        Matcher a = NAME_APPOSED_AGE.matcher(text);
        while (a.find()) {
            mention(c, a.group(1), a.group(2) != null ? a.group(2) : a.group(3), a.group()).ifPresent(out::add);
        }
        Matcher r = AGE_NAME.matcher(text);
        while (r.find()) {
            mention(c, r.group(2), r.group(1), r.group()).ifPresent(out::add);
        }
        Matcher an = AGE_NOUN_NAME.matcher(text);
        while (an.find()) {
            mention(c, an.group(2), an.group(1), an.group()).ifPresent(out::add);
        }
        Matcher role = ROLE_AGE.matcher(text);
        while (role.find()) {
            roleMention(c, role.group(1), role.group(2), role.group()).ifPresent(out::add);
        }
        Matcher named = NAME_AGE_ROLE.matcher(text);
        while (named.find()) {
            roleMention(c, named.group(3), named.group(2), named.group()).ifPresent(out::add);
        }
        Matcher accused = AGE_ACCUSED.matcher(text);
        while (accused.find()) {
            roleMention(c, "suspect", accused.group(1) != null ? accused.group(1) : accused.group(2), accused.group())
                    .ifPresent(out::add);
        }
        Matcher active = ACCUSED_AGE.matcher(text);
        while (active.find()) {
            roleMention(c, "suspect", active.group(1), active.group()).ifPresent(out::add);
            if (active.group(2) != null) {
                roleMention(c, "suspect", active.group(2), active.group()).ifPresent(out::add); // "a 17-year-old and a 22-year-old"
            }
        }
        Matcher ageRole = AGE_ROLE.matcher(text);
        while (ageRole.find()) {
            roleMention(c, ageRole.group(2), ageRole.group(1), ageRole.group()).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<Mention> mention(Claim c, String name, String age, String written) {
        int years = years(age);
        if (years < 1 || years > OLDEST) {
            return java.util.Optional.empty();
        }
        return nameParts(name).map(n -> new Mention(c, n.get(0), n.get(1), years, written.strip()));
    }

    /**
     * A written name as compared: its first name (the word before the surname, maybe empty) and
     * its surname, lower case, without titles and words that name no one; empty when none is left.
     */
    static java.util.Optional<List<String>> nameParts(String name) {
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        words.removeIf(NOT_NAMES::contains);
        while (!words.isEmpty() && TITLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0); // titles lead a name: "Sgt Ada Voss", not the "King" of "Carole King"
        }
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        String surname = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        // The word before the surname: "Skipper Tam Rourke" and "Tam Rourke" are both Tam.
        String first = words.size() >= 2 ? words.get(words.size() - 2).toLowerCase(Locale.ROOT) : "";
        return java.util.Optional.of(List.of(first, surname));
    }

    /** An age in digits or in words ("seventy-six"); 0 when it is neither. */
    private static int years(String age) {
        if (age.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(age);
        }
        Integer words = org.factdiff.claims.Cues.cardinal(age.toLowerCase(Locale.ROOT)); // "Nineteen-year-old"

        return words == null ? 0 : words;
    }

    private static java.util.Optional<Mention> roleMention(Claim c, String role, String age, String written) {
        int years = years(age);
        return years < 1 || years > OLDEST ? java.util.Optional.empty()
                : java.util.Optional.of(new Mention(c, "", ROLE_KEY + ofVehicle(role, written), years, written.strip()));
    }

    /**
     * The role with the vehicle named right before it: "the lorry driver, 34," and "the
     * 58-year-old bus driver" are two drivers; "the injured driver" is a driver.
     */
    private static String ofVehicle(String role, String written) {
        List<String> words = List.of(written.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        int at = words.lastIndexOf(role.toLowerCase(Locale.ROOT));
        return at > 0 && RouteConflicts.VEHICLES.contains(words.get(at - 1)) ? words.get(at - 1) + " " + role : role;
    }

    /** A lower-case name with each word capitalised. */
    static String titleCase(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" ")) {
            b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
