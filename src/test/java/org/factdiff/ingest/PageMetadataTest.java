package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.factdiff.casefile.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page metadata from JSON-LD, meta tags, the title and the page's own author lines, on hand-written pages. */
class PageMetadataTest {
    private static PageMetadata meta(String html) {
        return new HtmlReader().metadata(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLdArticleInAGraphIsTrustedFirst() {
        PageMetadata m = meta("""
                <html lang="en"><head><title>Storm floods harbour - Example News</title>
                <meta property="og:title" content="Storm: what we know">
                <meta property="og:site_name" content="Example">
                <meta property="article:published_time" content="2017-05-19T08:00:00Z">
                <link rel="canonical" href="https://news.example/storm">
                <script type="application/ld+json">
                {"@context": {"@vocab": "https://schema.org/"}, "@graph": [
                  {"@type": "WebPage", "name": "Example News"},
                  {"@type": ["NewsArticle"], "headline": "Storm floods harbour",
                   "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"},
                              "https://news.example/staff/jroe"],
                   "publisher": {"@type": "Organization", "name": "Example News"},
                   "datePublished": "2017-05-18T19:27:00+02:00", "inLanguage": "en-GB",
                   "mainEntityOfPage": {"@id": "https://news.example/2017/storm"}}
                ]}
                </script></head><body><p>Text.</p></body></html>
                """);
        assertEquals(Optional.of("Storm floods harbour"), m.title());
        assertEquals(Optional.of("Jane Roe, John Doe"), m.byline());
        assertEquals(Optional.of("Example News"), m.siteName());
        assertEquals(Optional.of(Timestamp.parse("2017-05-18T19:27+02:00")), m.published());
        assertEquals(Optional.of("https://news.example/storm"), m.canonicalUrl());
        assertEquals(Optional.of("en"), m.language());
    }

    @Test
    void brokenJsonLdFallsBackToMetaTags() {
        PageMetadata m = meta("""
                <html><head><title>Home</title>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken" </script>
                <meta property="og:title" content="Storm floods harbour">
                <meta property="og:site_name" content="Example News">
                <meta name="author" content="Jane Roe">
                <meta property="article:published_time" content="2017-05-18">
                <meta property="og:url" content="https://news.example/storm">
                <meta property="og:locale" content="pt_BR">
                </head><body></body></html>
                """);
        assertEquals(new PageMetadata(Optional.of("Storm floods harbour"), Optional.of("Jane Roe"),
                Optional.of("Example News"), Optional.of(Timestamp.parse("2017-05-18")),
                Optional.of("https://news.example/storm"), Optional.of("pt-BR")), m);
    }

    @Test
    void dublinCorePropertyWinsOverNameAndOverOpenGraph() {
        PageMetadata m = meta("""
                <html><head><title>Title element</title>
                <meta name="DC.title" content="Name title"><meta property="og:title" content="Open Graph title">
                <meta property="dc:title" content="Property title">
                <meta name="DC.creator" content="Name author"><meta property="dc:creator" content="Property author">
                </head><body></body></html>
                """);
        assertEquals(Optional.of("Property title"), m.title());
        assertEquals(Optional.of("Property author"), m.byline());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Storm floods the harbour at night | Example News       ; Storm floods the harbour at night",
        "Example News - Storm floods the harbour at night       ; Storm floods the harbour at night",
        "Storm floods the harbour at night – Example News       ; Storm floods the harbour at night",
        "News: Storm floods the harbour at night                ; Storm floods the harbour at night",
        "Home | Site                                            ; Home | Site",
    })
    void titleElementLosesTheSiteName(String title, String expected) {
        assertEquals(Optional.of(expected.strip()),
                meta("<html><head><title>" + title.strip() + "</title></head><body></body></html>").title());
    }

    @Test
    void bylineFromThePageSkipsCommentersAndDates() {
        PageMetadata m = meta("""
                <html><head><title>t</title></head><body>
                <div class="comments"><span class="comment-author">A commenter</span></div>
                <div id="authorization">Sign in | Subscribe</div>
                <header class="entry-header"><h1>Storm</h1>
                  <p class="byline"><em class="byline__by">By</em>
                    <a rel="author" href="/staff/jroe">Jane Roe</a> - May 18, 2017 7:27 pm</p></header>
                <p>Story.</p></body></html>
                """);
        assertEquals(Optional.of("Jane Roe"), m.byline());
    }

    @Test
    void bylineDateTailAndByAreCut() {
        PageMetadata m = meta("<html><body><div class='author'>BY: JANE ROE • 8h ago</div></body></html>");
        assertEquals(Optional.of("JANE ROE"), m.byline());
    }

    @Test
    void publishedSkipsValuesThatAreNotIso8601() {
        PageMetadata m = meta("""
                <html><head><meta property="article:published_time" content="Thu, 18 May 2017 19:27:00 GMT">
                </head><body><article><p>Story <time datetime="2017-05-18T19:27Z">Thursday</time></p></article>
                </body></html>
                """);
        assertEquals(Optional.of(Timestamp.parse("2017-05-18T19:27Z")), m.published());
    }

    @Test
    void relativeAddressesAreNeitherResolvedNorKept() {
        PageMetadata m = meta("""
                <html><head><base href="https://news.example/"><link rel="canonical" href="/storm">
                <meta property="og:url" content="storm.html"></head><body></body></html>
                """);
        assertEquals(Optional.empty(), m.canonicalUrl());
    }

    @Test
    void entitiesEscapedTwiceAreDecoded() {
        PageMetadata m = meta("<html><head><meta property='og:title' content='Tom &amp;amp; Jerry &amp;#8217;s'>"
                + "</head><body></body></html>");
        assertEquals(Optional.of("Tom & Jerry ’s"), m.title());
    }

    @Test
    void metaKeysAreMatchedWithoutTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            PageMetadata m = meta("<html LANG='TR'><head><meta property='OG:TITLE' content='Başlık'>"
                    + "<meta property='OG:SITE_NAME' content='İzmir Haber'></head><body></body></html>");
            assertEquals(Optional.of("Başlık"), m.title());
            assertEquals(Optional.of("İzmir Haber"), m.siteName());
            assertEquals(Optional.of("tr"), m.language());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aPageThatSaysNothingHasEmptyMetadata() {
        assertEquals(PageMetadata.EMPTY, meta("<html><body><p>Just text.</p></body></html>"));
        assertEquals(PageMetadata.EMPTY, new HtmlReader().metadata(new byte[] {0, 1, 2, (byte) 0xFF}));
    }

    @Test
    void blankValuesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PageMetadata(
                Optional.of(" "), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertEquals("title must not be blank when present: ' '", e.getMessage());
    }
}
