package org.factdiff.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseFileTest {
    @TempDir
    Path dir;

    private Path caseFile(String yaml) throws IOException {
        TestFiles.write(dir.resolve("articles/a.txt"), "Alpha text.");
        TestFiles.write(dir.resolve("articles/b.txt"), "Beta text.");
        return TestFiles.write(dir.resolve("case.yaml"), yaml);
    }

    @Test
    void loadsAValidCase() throws Exception {
        Case c = CaseFile.load(caseFile("""
                title: "A case"
                incident_date: 2020-01-02
                report_date: 2020-01-05
                language: en
                paper: letter
                full_text: true
                articles:
                  - id: a
                    file: articles/a.txt
                    outlet: Outlet A
                    published: 2020-01-03T10:15+02:00
                    url: https://example.org/a
                  - id: b
                    file: articles/b.txt
                aliases:
                  United Nations: [UN, U.N.]
                  Kyiv: Kiev
                boilerplate:
                  - "Share this"
                """));
        assertEquals("A case", c.title());
        assertEquals(LocalDate.of(2020, 1, 2), c.incidentDate().orElseThrow());
        assertEquals(LocalDate.of(2020, 1, 5), c.reportDate().orElseThrow());
        assertEquals(Paper.LETTER, c.paper().orElseThrow());
        assertTrue(c.fullText(), "full_text: true puts the texts in the PDF");
        assertEquals(List.of("a", "b"), c.articles().stream().map(ArticleRef::id).toList());
        ArticleRef a = c.article("a");
        assertEquals("articles/a.txt", a.file());
        assertEquals(ArticleType.TEXT, a.type());
        assertEquals("2020-01-03T10:15+02:00", a.published().orElseThrow().toString());
        assertEquals("Outlet A", a.outlet().orElseThrow());
        assertTrue(c.article("b").outlet().isEmpty());
        assertEquals(List.of(new AliasGroup("United Nations", List.of("UN", "U.N.")),
                new AliasGroup("Kyiv", List.of("Kiev"))), c.aliases());
        assertEquals(List.of("Share this"), c.boilerplate());
        assertEquals(dir.getFileName().toString(), c.id());
        assertEquals(64, c.sha256().length());
    }

    @Test
    void theExampleCaseLoads() throws Exception {
        Case c = CaseFile.load(TestFiles.exampleCase());
        assertEquals(List.of("strike-eagles", "military-point", "coalition-hits", "hit-militias", "strikes-updates"),
                c.articles().stream().map(ArticleRef::id).toList());
        assertEquals("at-tanf-2017", c.id());
    }

    static Stream<Arguments> badCases() {
        return Stream.of(
                Arguments.of("malformed YAML", "title: [unclosed\narticles: []\n", "case.yaml:2:", "malformed YAML"),
                Arguments.of("truncated YAML", "title: \"A case\narticles:\n", "case.yaml:", "malformed YAML"),
                Arguments.of("unknown key", "titel: x\narticles:\n  - {id: a, file: articles/a.txt}\n",
                        "case.yaml:1:1", "unknown key 'titel' in the case file (did you mean 'title'?)"),
                Arguments.of("unknown article key", "title: x\narticles:\n  - id: a\n    flie: articles/a.txt\n",
                        "case.yaml:4:5", "unknown key 'flie' in an article (did you mean 'file'?)"),
                Arguments.of("wrong type: title is a list", "title: [a, b]\narticles:\n  - {id: a, file: articles/a.txt}\n",
                        "case.yaml:1:8", "'title' must be a text, found a list"),
                Arguments.of("wrong type: articles is a mapping", "title: x\narticles:\n  id: a\n",
                        "case.yaml:3:3", "'articles' must be a list of articles, found a mapping"),
                Arguments.of("wrong type: root is a list", "- a\n- b\n",
                        "case.yaml:1:1", "the case file must be a mapping"),
                Arguments.of("missing title", "articles:\n  - {id: a, file: articles/a.txt}\n",
                        "case.yaml:1:1", "'title' is missing"),
                Arguments.of("missing id", "title: x\narticles:\n  - file: articles/a.txt\n",
                        "case.yaml:3:5", "'id' is missing"),
                Arguments.of("missing file key", "title: x\narticles:\n  - id: a\n",
                        "case.yaml:3:5", "'file' is missing"),
                Arguments.of("duplicate id", "title: x\narticles:\n  - {id: a, file: articles/a.txt}\n  - {id: a, file: articles/b.txt}\n",
                        "case.yaml:4:5", "duplicate article id 'a' (first used at line 3)"),
                Arguments.of("duplicate key", "title: x\ntitle: y\narticles:\n  - {id: a, file: articles/a.txt}\n",
                        "case.yaml:2:1", "duplicate key 'title' (first at line 1)"),
                Arguments.of("bad id", "title: x\narticles:\n  - {id: Article_1, file: articles/a.txt}\n",
                        "case.yaml:3:10", "article id 'Article_1' may only hold lower-case letters, digits and hyphens (e.g. 'article-1')"),
                Arguments.of("missing file", "title: x\narticles:\n  - {id: a, file: articles/nope.txt}\n",
                        "case.yaml:3:19", "article file 'articles/nope.txt' not found"),
                Arguments.of("path leaving the folder", "title: x\narticles:\n  - {id: a, file: ../outside.txt}\n",
                        "case.yaml:3:19", "'../outside.txt' leaves the case folder"),
                Arguments.of("absolute path", "title: x\narticles:\n  - {id: a, file: /etc/passwd.txt}\n",
                        "case.yaml:3:19", "'/etc/passwd.txt' is an absolute path"),
                Arguments.of("unparseable date", "title: x\nincident_date: 2020-13-01\narticles:\n  - {id: a, file: articles/a.txt}\n",
                        "case.yaml:2:16", "incident_date: '2020-13-01' is not a valid date"),
                Arguments.of("not a date at all", "title: x\narticles:\n  - {id: a, file: articles/a.txt, published: yesterday}\n",
                        "case.yaml:3:46", "published: 'yesterday' is not a date (use YYYY-MM-DD"),
                Arguments.of("empty article list", "title: x\narticles: []\n",
                        "case.yaml:2:11", "'articles' is empty"),
                Arguments.of("no articles key", "title: x\n",
                        "case.yaml:1:1", "'articles' is missing"),
                Arguments.of("unsupported file type", "title: x\narticles:\n  - {id: a, file: articles/a.docx}\n",
                        "case.yaml:3:19", "unsupported file type 'articles/a.docx' (use .txt"),
                Arguments.of("empty file", "", "case.yaml", "case file is empty"),
                Arguments.of("bad paper", "title: x\npaper: A5\narticles:\n  - {id: a, file: articles/a.txt}\n",
                        "case.yaml:2:8", "paper 'A5' is not known (use a4 or letter)"),
                Arguments.of("bad full_text", "title: x\nfull_text: always\narticles:\n  - {id: a, file: articles/a.txt}\n",
                        "case.yaml:2:12", "full_text 'always' is not true or false"),
                Arguments.of("bad aliases", "title: x\naliases: [a, b]\narticles:\n  - {id: a, file: articles/a.txt}\n",
                        "case.yaml:2:10", "'aliases' must map a name to its variants"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void badInputGivesOneLineWithPosition(String name, String yaml, String position, String message) throws IOException {
        Path file = caseFile(yaml);
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString().replace("case.yaml", "") + position), "position in: " + m);
        assertTrue(m.contains(message), "message '" + message + "' in: " + m);
        assertFalse(m.contains("\n"), "one line: " + m);
    }

    /** Each problem as "line:column: message", without the folder of the temporary case. */
    private List<String> problems(CaseFileException e) {
        String prefix = dir.resolve("case.yaml") + ":";
        return e.problems().stream().map(CaseProblem::toString)
                .map(p -> p.startsWith(prefix) ? p.substring(prefix.length()) : p).toList();
    }

    @Test
    void everyIndependentMistakeIsReportedInLineOrder() throws IOException {
        // The date at the end is checked before the articles: the report is still in line order.
        Path file = caseFile("""
                title: Flooding in the valley
                articles:
                  - id: river-post
                    file: articles/a.txt
                    outelt: River Post
                  - id: valley-news
                    file: articles/missing.txt
                  - id: river-post
                    file: articles/b.txt
                report_date: 2021-02-30
                """);
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(file));
        List<String> found = problems(e);
        assertEquals(4, found.size(), String.join("\n", found));
        assertEquals("5:5: unknown key 'outelt' in an article (did you mean 'outlet'?)", found.get(0));
        assertEquals("7:11: article file 'articles/missing.txt' not found in the case folder", found.get(1));
        assertEquals("8:5: duplicate article id 'river-post' (first used at line 3)", found.get(2));
        assertTrue(found.get(3).startsWith("10:14: report_date: '2021-02-30' is not a valid date"), found.get(3));
        assertEquals(e.problems().get(0).toString(), e.getMessage(), "the message is the first problem");
        assertEquals(e.problems().stream().map(CaseProblem::toString).toList(), e.lines());
    }

    @Test
    void checkingGoesOnPastABadArticleAndABadArticleList() throws IOException {
        CaseFileException articles = assertThrows(CaseFileException.class, () -> CaseFile.load(caseFile("""
                title: x
                articles:
                  - just a file name
                  - {id: Second One, file: articles/b.txt}
                  - {id: c, file: articles/c.docx, published: soon}
                """)));
        List<String> found = problems(articles);
        assertEquals(4, found.size(), String.join("\n", found));
        assertTrue(found.get(0).startsWith("3:5: an article must be a mapping"), found.get(0));
        assertTrue(found.get(1).startsWith("4:10: article id 'Second One' may only hold"), found.get(1));
        assertTrue(found.get(2).startsWith("5:19: unsupported file type 'articles/c.docx'"), found.get(2));
        assertTrue(found.get(3).startsWith("5:47: published: 'soon' is not a date"), found.get(3));

        // 'articles' that is not a list hides the articles, not the fields around it.
        CaseFileException list = assertThrows(CaseFileException.class, () -> CaseFile.load(caseFile("""
                title: x
                articles:
                  id: a
                  file: articles/a.txt
                language: English
                """)));
        assertEquals(List.of("3:3: 'articles' must be a list of articles, found a mapping",
                "5:11: language 'English' is not a language code (use e.g. en, fr, ar)"), problems(list));
    }

    @Test
    void aMisspeltKeyStandsForTheKeyItLooksLike() throws IOException {
        // Not also "'title' is missing"; and what the misspelt keys hold is checked as well.
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(caseFile("""
                titel: x
                artciles:
                  - {id: a, flie: articles/a.txt}
                incidnet_date: someday
                """)));
        List<String> found = problems(e);
        assertEquals(5, found.size(), String.join("\n", found));
        assertEquals(List.of("1:1: unknown key 'titel' in the case file (did you mean 'title'?)",
                "2:1: unknown key 'artciles' in the case file (did you mean 'articles'?)",
                "3:13: unknown key 'flie' in an article (did you mean 'file'?)",
                "4:1: unknown key 'incidnet_date' in the case file (did you mean 'incident_date'?)"), found.subList(0, 4));
        assertTrue(found.get(4).startsWith("4:16: incident_date: 'someday' is not a date"), found.get(4));
    }

    @Test
    void aFileWrongThroughoutListsTheFirstProblemsAndCountsTheRest() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Many missing\narticles:\n");
        int articles = CaseFile.MAX_REPORTED_PROBLEMS + 5;
        for (int i = 1; i <= articles; i++) {
            yaml.append("  - {id: a").append(i).append(", file: articles/gone-").append(i).append(".txt}\n");
        }
        Path file = caseFile(yaml.toString());
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(file));
        assertEquals(articles, e.problems().size());
        List<String> lines = e.lines();
        assertEquals(CaseFile.MAX_REPORTED_PROBLEMS + 1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).endsWith("case.yaml:3:20: article file 'articles/gone-1.txt' not found in the case folder"),
                lines.get(0));
        assertTrue(lines.get(CaseFile.MAX_REPORTED_PROBLEMS - 1).contains(":22:"), "line order: " + lines);
        assertEquals(file + ": ... and 5 more problems (only the first " + CaseFile.MAX_REPORTED_PROBLEMS
                + " are listed; fix these and run again)", lines.get(CaseFile.MAX_REPORTED_PROBLEMS));
    }

    static Stream<Arguments> unclosedQuotes() {
        String never = "malformed YAML: unclosed quotation mark: the %s that opens here is never closed";
        return Stream.of(
                Arguments.of("double quote to the end of the file",
                        "title: \"Flooding in the valley\narticles:\n  - id: a\n    file: articles/a.txt\n",
                        "1:8: " + never.formatted("\"")),
                Arguments.of("single quote to the end of the file",
                        "title: x\narticles:\n  - id: a\n    outlet: 'River Post\n    file: articles/a.txt\n"
                                + "  - id: b\n    file: articles/b.txt\n",
                        "4:13: " + never.formatted("'")),
                Arguments.of("double quote in a flow mapping",
                        "title: x\narticles:\n  - {id: a, file: \"articles/a.txt}\n  - {id: b, file: articles/b.txt}\n",
                        "3:19: " + never.formatted("\"")),
                Arguments.of("double quote closed by the next value's opening one",
                        "title: \"Flooding in the valley\nreport_date: 2021-03-01\narticles:\n  - id: a\n"
                                + "    file: \"articles/a.txt\"\n",
                        "1:8: " + never.formatted("\"")
                                + " (YAML reads the lines after it as text, up to the \" at line 5, column 11)"),
                Arguments.of("single quote closed by the next value's opening one",
                        "title: x\narticles:\n  - id: a\n    outlet: 'River Post\n    file: articles/a.txt\n"
                                + "    author: 'Dana Reyes'\n",
                        "4:13: " + never.formatted("'")
                                + " (YAML reads the lines after it as text, up to the ' at line 6, column 13)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unclosedQuotes")
    void anUnclosedQuoteIsReportedWhereItOpens(String name, String yaml, String expected) throws IOException {
        Path file = caseFile(yaml);
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(file));
        assertEquals(List.of(expected), problems(e));
    }

    static Stream<Arguments> closedQuotes() {
        return Stream.of(
                Arguments.of("a bad escape in double quotes",
                        "title: \"C:\\data\"\narticles:\n  - {id: a, file: articles/a.txt}\n", "case.yaml:1:"),
                Arguments.of("a quoted title over two lines, and a mistake further on",
                        "title: \"Flooding in the valley\n  update: two roads closed\"\narticles: [\n",
                        "case.yaml:4:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedQuotes")
    void otherYamlMistakesAreNotTakenForAnUnclosedQuote(String name, String yaml, String position) throws IOException {
        Path file = caseFile(yaml);
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(file));
        assertFalse(e.getMessage().contains("unclosed"), e.getMessage());
        assertTrue(e.getMessage().contains(position), e.getMessage());
    }

    @Test
    void symlinkLeavingTheFolderIsRefused(@TempDir Path outside) throws IOException {
        Path secret = TestFiles.write(outside.resolve("secret.txt"), "not an article");
        Files.createDirectories(dir.resolve("articles"));
        Files.createSymbolicLink(dir.resolve("articles/link.txt"), secret);
        Path file = TestFiles.write(dir.resolve("case.yaml"), "title: x\narticles:\n  - {id: a, file: articles/link.txt}\n");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(file));
        assertTrue(e.getMessage().contains("symbolic link that leaves the case folder"), e.getMessage());
    }

    @Test
    void symlinkInsideTheFolderIsFine() throws Exception {
        TestFiles.write(dir.resolve("articles/real.txt"), "text");
        Files.createSymbolicLink(dir.resolve("articles/alias.txt"), dir.resolve("articles/real.txt"));
        Path file = TestFiles.write(dir.resolve("case.yaml"), "title: x\narticles:\n  - {id: a, file: articles/alias.txt}\n");
        assertEquals("articles/alias.txt", CaseFile.load(file).article("a").file());
    }

    @Test
    void aliasBombIsRefused() throws IOException {
        StringBuilder y = new StringBuilder("title: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (int i = 0; i < 9; i++) {
            String name = "b" + i;
            y.append(name).append(": &").append(name).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j == 0 ? "" : ",").append('*').append(prev);
            }
            y.append("]\n");
            prev = name;
        }
        Path file = caseFile(y.toString());
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(file));
        // The 21st alias is the third of line 5 ("b2: &b2 [*b1,*b1,*b1"): the message points there.
        assertTrue(e.getMessage().endsWith("case.yaml:5:18: malformed YAML: too many aliases (more than 20); write the values out"),
                e.getMessage());
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        Path file = caseFile("title: x\nz: " + "[".repeat(200) + "]".repeat(200) + "\n");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(file));
        // The root mapping is level 1, so the 16th bracket of line 2 opens level 17.
        assertTrue(e.getMessage().endsWith("case.yaml:2:19: malformed YAML: nested deeper than 16 levels; "
                + "a case file needs only a few (see the README)"), e.getMessage());
    }

    @Test
    void missingCaseFile() {
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseFile.load(dir.resolve("nope.yaml")));
        assertTrue(e.getMessage().endsWith("nope.yaml: case file not found"), e.getMessage());
    }

    @Test
    void didYouMeanOffersTheClosestKeyOrTheList() {
        assertEquals(" (did you mean 'incident_date'?)", CaseFile.didYouMean("incident-date", CaseFile.CASE_KEYS));
        assertTrue(CaseFile.didYouMean("zzzzzz", CaseFile.CASE_KEYS).startsWith(" (known keys: title,"));
    }
}
