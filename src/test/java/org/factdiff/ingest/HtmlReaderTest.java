package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Page</title>
            <style>body { color: red }</style>
            <script>var tracking = "secret";</script></head>
            <body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
            <article>
              <h1>Storm hits the coast</h1>
              <p>The storm made landfall on Monday evening, officials said, flooding the harbour.</p>
              <p>At least 12 people were hurt, according to the regional hospital, which treated them overnight.</p>
              <figure><img src="x.jpg"/><figcaption>Photo: Agency</figcaption></figure>
              <p>Schools will stay closed until Wednesday, the mayor told reporters at a briefing.</p>
            </article>
            <aside class="related"><h2>Related</h2><ul><li><a href="/a">Other storm story</a></li><li><a href="/b">Weather</a></li></ul></aside>
            <ul class="links"><li><a href="/1">Read more: first link</a></li><li><a href="/2">Read more: second link</a></li></ul>
            <footer>Copyright 2024 Example News</footer>
            </body></html>
            """;

    @Test
    void keepsTheArticleAndDropsPageFurniture() throws Exception {
        String text = new TextCleaner(List.of()).clean(new HtmlReader().read(PAGE.getBytes(StandardCharsets.UTF_8), "p.html"));
        assertTrue(text.startsWith("Storm hits the coast\n\nThe storm made landfall"), text);
        assertTrue(text.contains("At least 12 people were hurt"), text);
        assertTrue(text.endsWith("the mayor told reporters at a briefing."), text);
        for (String gone : List.of("tracking", "color: red", "Home", "Share on Facebook", "Photo: Agency",
                "Other storm story", "Read more", "Copyright")) {
            assertFalse(text.contains(gone), gone + " should be gone: " + text);
        }
    }

    @Test
    void findsTheMainTextWithoutArticleMarkup() throws Exception {
        String html = "<html><body><div id='menu'><a href='/'>Home</a></div><div class='content'>"
                + "<p>First paragraph of the story, long enough to count as prose here.</p>"
                + "<p>Second paragraph of the story, also long enough to count, with a comma.</p></div>"
                + "<div class='sidebar'><p>Advertisement text that is long enough to look like prose.</p></div>"
                + "</body></html>";
        String text = new TextCleaner(List.of()).clean(new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), "p.html"));
        assertEquals("First paragraph of the story, long enough to count as prose here.\n\n"
                + "Second paragraph of the story, also long enough to count, with a comma.", text);
    }

    @Test
    void honoursTheDeclaredCharset() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>“Déjà vu,” she said, and it was long enough.</p></body></html>";
        String text = new HtmlReader().read(html.getBytes(Charset.forName("windows-1252")), "p.html");
        assertTrue(text.contains("“Déjà vu,” she said"), text);
    }
}
