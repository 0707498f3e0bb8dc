package org.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdiff.TestFiles;
import org.factdiff.casefile.ArticleRef;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.CaseFile;
import org.factdiff.ingest.FileMetadataTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path tmp;

    private Path savedPages() throws Exception {
        Path from = tmp.resolve("saved pages");
        Files.createDirectories(from);
        Files.writeString(from.resolve("daily.html"), FileMetadataTestSupport.PAGE, StandardCharsets.UTF_8);
        Files.writeString(from.resolve("wire copy.txt"), "Bridge collapses in the old town\nMarch 5, 2024\nBy Jo Smith\n"
                + "The old bridge over the river collapsed on Monday evening, officials said.\n", StandardCharsets.UTF_8);
        Files.write(from.resolve("press.pdf"), FileMetadataTestSupport.pdf());
        Files.writeString(from.resolve("notes.docx"), "not an article", StandardCharsets.UTF_8);
        return from;
    }

    @Test
    void writesACaseThatPassesCheck() throws Exception {
        Path from = savedPages();
        Path caseDir = tmp.resolve("bridge-2024");
        CliTest.Run r = CliTest.run("init", caseDir.toString(), "--from", from.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("with 3 articles"), r.out());
        String yaml = Files.readString(caseDir.resolve("case.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("outlet: \"Daily Example\"  # from page: <meta og:site_name>"), yaml);
        assertTrue(yaml.contains("published: \"2024-03-05\"  # from dateline in the text"), yaml);
        assertTrue(yaml.contains("# outlet: unknown"), yaml);
        assertTrue(yaml.contains("incident_date: 2024-03-05  # guessed"), yaml);
        Case c = CaseFile.load(caseDir.resolve("case.yaml"));
        assertEquals(3, c.articles().size());
        for (ArticleRef a : c.articles()) {
            assertTrue(Files.exists(caseDir.resolve(a.file())), a.file());
        }
        assertTrue(c.articles().stream().anyMatch(a -> a.id().equals("daily-example")),
                c.articles().stream().map(ArticleRef::id).toList().toString());
        assertTrue(r.out().strip().endsWith("next: java -jar target/factdiff.jar report " + caseDir.resolve("case.yaml")),
                r.out());
        assertEquals(0, CliTest.run("check", caseDir.resolve("case.yaml").toString()).exit());
    }

    @Test
    void printsWhatItCouldNotDetermineAndKeepsIdsUnique() throws Exception {
        Path from = savedPages();
        // The same page saved twice (once as .htm), and once as single-file MHTML.
        Files.writeString(from.resolve("daily again.htm"), FileMetadataTestSupport.PAGE, StandardCharsets.UTF_8);
        String mhtml = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n\r\n"
                + FileMetadataTestSupport.PAGE.replace("Bridge falls", "Bridge falls again") + "\r\n--B--\r\n";
        Files.writeString(from.resolve("saved.mhtml"), mhtml, StandardCharsets.UTF_8);
        Files.writeString(from.resolve("plain notes.txt"), "the bridge fell and people watched from the bank of the river "
                + "while the police closed the roads nearby.\n", StandardCharsets.UTF_8);
        Path caseDir = tmp.resolve("unique");
        CliTest.Run r = CliTest.run("init", caseDir.toString(), "--from", from.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("with 6 articles"), r.out());
        assertTrue(r.out().contains("(plain notes.txt): no outlet, no publication date, no author, no title found"), r.out());
        assertTrue(r.out().contains("(wire copy.txt): no outlet found"), r.out());
        Case c = CaseFile.load(caseDir.resolve("case.yaml"));
        var ids = c.articles().stream().map(ArticleRef::id).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids.toString());
        assertTrue(ids.containsAll(List.of("daily-example", "daily-example-2", "daily-example-3", "plain-notes")),
                ids.toString());
        for (String id : ids) {
            assertTrue(id.matches("[a-z0-9-]+"), id);
        }
        CliTest.Run check = CliTest.run("check", caseDir.resolve("case.yaml").toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.err().contains("the same file twice (identical bytes)"), check.err());
    }

    @Test
    void idsComeFromTheSiteAndUnreadableFilesAreListed() throws Exception {
        Path from = tmp.resolve("pages");
        String page = FileMetadataTestSupport.PAGE.replace("<meta name=\"author\" content=\"Ana Lima\">",
                "<meta name=\"author\" content=\"Daily Example\"><link rel=\"canonical\" "
                        + "href=\"https://www.daily-example.co.uk/news/2024/03/05/bridge-falls-over-the-river-at-dusk\">");
        TestFiles.write(from.resolve("a very long saved page title about the bridge.html"), page);
        TestFiles.write(from.resolve("notes.docx"), "not an article");
        Path caseDir = tmp.resolve("site");
        CliTest.Run r = CliTest.run("init", caseDir.toString(), "--from", from.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("skipped notes.docx: not a supported type"), r.out());
        Case c = CaseFile.load(caseDir.resolve("case.yaml"));
        assertEquals(List.of("daily-example"), c.articles().stream().map(ArticleRef::id).toList());
        String yaml = Files.readString(caseDir.resolve("case.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("# author: unknown"), "the outlet's name is no author: " + yaml);
        assertEquals("make report CASE=gansu", InitCommand.next(Path.of("inputs", "gansu")));
    }

    @Test
    void pageFurnitureIsProposedAsBoilerplateTheUserCanKeep() throws Exception {
        Path from = tmp.resolve("furniture");
        String story = "The old bridge over the river collapsed on Monday evening, officials said, and rescuers "
                + "searched the cold water through the night for anyone who had been on it when it fell.\n";
        TestFiles.write(from.resolve("one.txt"), "Listen Live\n" + story + "Get the Valley Post app\n");
        TestFiles.write(from.resolve("two.txt"), "Engineers inspected the other bridges of the county on Tuesday "
                + "morning and closed two of them to lorries, the county said.\nGet the Valley Post app\n");
        Path caseDir = tmp.resolve("proposed");
        assertEquals(0, CliTest.run("init", caseDir.toString(), "--from", from.toString()).exit());
        String yaml = Files.readString(caseDir.resolve("case.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("# boilerplate:\n#   - \"Listen Live\"\n#   - \"Get the Valley Post app\"\n"), yaml);
        // Kept as they are, the suggestions are comments; uncommented, they are a valid boilerplate list.
        String kept = yaml.replace("# boilerplate:", "boilerplate:").replace("#   - ", "  - ");
        Files.writeString(caseDir.resolve("case.yaml"), kept, StandardCharsets.UTF_8);
        assertEquals(List.of("Listen Live", "Get the Valley Post app"),
                CaseFile.load(caseDir.resolve("case.yaml")).boilerplate());
    }

    @Test
    void namesSpelledTwoWaysAreProposedAsAliases() throws Exception {
        Path from = tmp.resolve("spellings");
        TestFiles.write(from.resolve("one.txt"), "The levee near al-Rashid failed on Monday evening, Mayor Ingrid "
                + "Halvorsen said, and Syrian engineers were called in to help the crews from Syria.\n");
        TestFiles.write(from.resolve("two.txt"), "Water poured through the levee near Ar Rashid on Monday, and Mayor "
                + "Ingrid Halvorson ordered the lower town cleared before midnight.\n");
        Path caseDir = tmp.resolve("spelled");
        assertEquals(0, CliTest.run("init", caseDir.toString(), "--from", from.toString()).exit());
        String yaml = Files.readString(caseDir.resolve("case.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("# aliases:\n"), yaml);
        assertTrue(yaml.lines().anyMatch(l -> l.startsWith("#   \"") && l.contains("Halvorsen") && l.contains("Halvorson")), yaml);
        assertTrue(yaml.lines().anyMatch(l -> l.startsWith("#   \"") && l.contains("Rashid") && l.contains("al-Rashid")), yaml);
        assertFalse(yaml.lines().anyMatch(l -> l.startsWith("#   \"Syria")), "a country and its adjective are two words");
        String kept = yaml.replace("# aliases:", "aliases:").replaceAll("(?m)^#   \"", "  \"");
        Files.writeString(caseDir.resolve("case.yaml"), kept, StandardCharsets.UTF_8);
        assertFalse(CaseFile.load(caseDir.resolve("case.yaml")).aliases().isEmpty());
    }

    @Test
    void neverOverwritesACaseFileUnlessForced() throws Exception {
        Path from = savedPages();
        Path caseDir = tmp.resolve("case");
        TestFiles.write(caseDir.resolve("case.yaml"), "title: mine\n");
        CliTest.Run r = CliTest.run("init", caseDir.toString(), "--from", from.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("a case file is already there; use --force"), r.err());
        assertEquals("title: mine\n", Files.readString(caseDir.resolve("case.yaml")));
        assertEquals(0, CliTest.run("init", caseDir.toString(), "--from", from.toString(), "--force").exit());
    }

    @Test
    void checkWarnsWithoutFailing() throws Exception {
        Path dir = tmp.resolve("warn");
        String story = "The old bridge over the river collapsed on Monday evening, officials said, and rescuers searched "
                + "the cold water through the night for anyone who had been on it when it fell. ";
        TestFiles.write(dir.resolve("a.txt"), story.repeat(6));
        TestFiles.write(dir.resolve("b.txt"), story.repeat(6));
        TestFiles.write(dir.resolve("c.txt"), "Too short to be a story.");
        TestFiles.write(dir.resolve("d.txt"), story.repeat(5) + "The mayor said the town would rebuild the bridge within");
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            list.append("Read more: headline number ").append(i).append('\n');
        }
        TestFiles.write(dir.resolve("e.txt"), list.toString());
        TestFiles.write(dir.resolve("f.txt"), "By Jo Smith\n" + story.repeat(6) + "Copyright Example Daily.\n");
        TestFiles.write(dir.resolve("case.yaml"), "title: t\narticles:\n  - {id: a, file: a.txt}\n  - {id: b, file: b.txt}\n"
                + "  - {id: c, file: c.txt}\n  - {id: d, file: d.txt}\n  - {id: e, file: e.txt}\n  - {id: f, file: f.txt}\n");
        CliTest.Run r = CliTest.run("check", dir.resolve("case.yaml").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("a and b: the same file twice"), r.err());
        assertTrue(r.err().contains("c.txt (c): only"), r.err());
        assertTrue(r.err().contains("d.txt (d): does not end with a full sentence"), r.err());
        assertTrue(r.err().contains("e.txt (e): mostly short lines"), r.err());
        assertTrue(r.err().contains("a and f: nearly the same text"), r.err());
        assertTrue(!r.err().contains("f.txt (f)"), r.err());
    }
}
