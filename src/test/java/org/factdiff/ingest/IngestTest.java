package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdiff.base.Sha256;
import org.factdiff.TestFiles;
import org.factdiff.casefile.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir
    Path dir;

    @Test
    void readsEachTypeWithHashAndWordCount() throws Exception {
        TestFiles.write(dir.resolve("a.txt"), "Listen Live\r\nThe mayor said twelve people were hurt.\r\n");
        TestFiles.write(dir.resolve("b.md"), "# Title\n\nSome *words* here.\n");
        TestFiles.write(dir.resolve("c.html"), "<html><body><article><p>The storm made landfall on Monday evening, officials said.</p></article></body></html>");
        Files.write(dir.resolve("d.pdf"), PdfReaderTest.pdf(new String[] {"Text in a PDF file."}, null, null));
        Path caseFile = TestFiles.write(dir.resolve("case.yaml"), """
                title: t
                articles:
                  - {id: a, file: a.txt}
                  - {id: b, file: b.md}
                  - {id: c, file: c.html}
                  - {id: d, file: d.pdf}
                boilerplate: [Listen Live]
                """);
        List<Article> articles = new Ingest().read(CaseFile.load(caseFile));
        assertEquals(List.of("a", "b", "c", "d"), articles.stream().map(Article::id).toList());
        Article a = articles.get(0);
        assertEquals("The mayor said twelve people were hurt.", a.text());
        assertEquals(7, a.words());
        assertEquals(Sha256.hex(Files.readAllBytes(dir.resolve("a.txt"))), a.sha256());
        assertEquals("Title\n\nSome words here.", articles.get(1).text());
        assertEquals("The storm made landfall on Monday evening, officials said.", articles.get(2).text());
        assertEquals("Text in a PDF file.", articles.get(3).text());
    }

    @Test
    void binaryFileNamedTxtIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(dir.resolve("image.txt"), png);
        Path caseFile = TestFiles.write(dir.resolve("case.yaml"), "title: t\narticles:\n  - {id: a, file: image.txt}\n");
        IngestException e = assertThrows(IngestException.class, () -> new Ingest().read(CaseFile.load(caseFile)));
        assertEquals(caseFile.resolveSibling("image.txt") + ": looks like a binary file, not text; give the article as .txt, .md, .html or .pdf", e.getMessage());
    }

    @Test
    void articleWithNoTextLeftIsRefused() throws Exception {
        Files.writeString(dir.resolve("a.txt"), " \n\t\nShare\n", StandardCharsets.UTF_8);
        Path caseFile = TestFiles.write(dir.resolve("case.yaml"), "title: t\narticles:\n  - {id: a, file: a.txt}\nboilerplate: [Share]\n");
        IngestException e = assertThrows(IngestException.class, () -> new Ingest().read(CaseFile.load(caseFile)));
        // Named from where the tool runs: the case folder as given, then the file.
        assertTrue(e.getMessage().startsWith(caseFile.resolveSibling("a.txt") + ": no text left in article 'a'"), e.getMessage());
    }

    @Test
    void exampleCaseDropsItsBoilerplate() throws Exception {
        List<Article> articles = new Ingest().read(CaseFile.load(TestFiles.exampleCase()));
        Article mp = articles.stream().filter(a -> a.id().equals("military-point")).findFirst().orElseThrow();
        assertTrue(mp.text().startsWith("A US defense official told Sputnik"), mp.text().substring(0, 80));
        assertTrue(!mp.text().contains("Listen Live") && !mp.text().contains("Get short URL"));
    }
}
