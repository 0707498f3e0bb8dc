package org.factdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Main-text extraction on small hand-written pages, one tricky part each. */
class MainTextExtractorTest {
    private static final String P1 = "The storm made landfall on Monday evening near the old harbour, officials said, "
            + "flooding streets, cutting power to thousands of homes and forcing the ferry service to stop.";
    private static final String P2 = "At least twelve people were treated for minor injuries, according to the regional "
            + "hospital, which said that none of them was in a serious condition by Tuesday morning.";
    private static final String P3 = "Schools will stay closed until Wednesday, the mayor told reporters at a briefing, "
            + "adding that crews were clearing fallen trees, checking bridges and pumping water from tunnels.";
    private static final String P4 = "Forecasters expect calmer weather by the weekend, although they warned that high "
            + "tides could still push water over the sea wall, especially along the northern promenade.";

    private static String text(String html) throws IngestException {
        return new TextCleaner(List.of()).clean(new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), "t.html"));
    }

    private static String story(String... paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>\n");
        }
        return b.toString();
    }

    private static void assertAbsent(String text, String... gone) {
        for (String g : gone) {
            assertFalse(text.contains(g), "'" + g + "' should be gone:\n" + text);
        }
    }

    @Test
    void dropsNavigationCommentsRelatedLinksShareBarsAndCookieNotice() throws Exception {
        String html = "<html><head><title>Storm floods the harbour</title></head><body>"
                + "<div class='cookie-banner'><p>We use cookies to improve your experience, click accept to continue "
                + "browsing, or read our policy.</p><button>Accept</button></div>"
                + "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
                + "<div class='main-column'><div class='article-body'>" + story(P1, P2)
                + "<div class='share-tools'><a href='#'>Share on Facebook</a> <a href='#'>Tweet this</a></div>"
                + story(P3, P4)
                + "<ul class='related-stories'><li><a href='/a'>Other storm story from last year</a></li>"
                + "<li><a href='/b'>Weather forecast for the weekend</a></li>"
                + "<li><a href='/c'>Photos of the flooded harbour</a></li></ul>"
                + "</div></div>"
                + "<div id='comments'><div class='comment'><p>I live near the harbour and the water came up to our door, "
                + "it was terrible, the worst flood I have seen in thirty years of living here.</p></div></div>"
                + "<footer><p>Copyright Example News, all rights reserved, no reproduction without permission.</p></footer>"
                + "</body></html>";
        String text = text(html);
        assertEquals(String.join("\n\n", P1, P2, P3, P4), text);
    }

    @Test
    void retriesWithFewerRulesWhenTheStorySitsInAnUnlikelyContainer() throws Exception {
        // "remark" marks comment sections, so the first, strict try throws the story away.
        String html = "<html><body><div class='header-links'><a href='/'>Home</a></div>"
                + "<div class='remarks'>" + story(P1, P2, P3, P4) + "</div></body></html>";
        assertEquals(String.join("\n\n", P1, P2, P3, P4), text(html));
    }

    @Test
    void joinsSiblingBlocksOfTheStorySplitByAnAdvert() throws Exception {
        String html = "<html><body><div class='layout'>"
                + "<div class='story-part'>" + story(P1, P2) + "</div>"
                + "<div class='slot'><a href='https://ads.example/'>Advertisement</a></div>"
                + "<div class='story-part'>" + story(P3, P4) + "</div>"
                + "</div><div class='layout-links'><a href='/x'>Latest</a></div></body></html>";
        assertEquals(String.join("\n\n", P1, P2, P3, P4), text(html));
    }

    @Test
    void keepsListsAndDataTablesOfTheStoryButDropsLinkLists() throws Exception {
        String html = "<html><body><article>" + story(P1, P2)
                + "<ul><li>Sandbags are handed out at the town hall until six</li>"
                + "<li>Drinking water is safe, the water board says</li></ul>"
                + story(P3)
                + "<table><thead><tr><th>District</th><th>Homes without power</th></tr></thead>"
                + "<tbody><tr><td>Harbour</td><td>1200</td></tr><tr><td>Old town</td><td>850</td></tr></tbody></table>"
                + "<div><a href='/1'>Read more about floods</a> <a href='/2'>Read more about storms</a> "
                + "<a href='/3'>Read more about tides</a></div>"
                + story(P4) + "</article></body></html>";
        String text = text(html);
        assertTrue(text.contains("Sandbags are handed out at the town hall until six"), text);
        assertTrue(text.contains("Harbour 1200"), text);
        assertAbsent(text, "Read more");
    }

    @Test
    void dropsCaptionsCreditsAndScreenReaderLabelsButKeepsPullQuotes() throws Exception {
        String html = "<html><body><article>" + story(P1)
                + "<figure><span class='visually-hidden'>Image</span><img src='harbour.jpg' alt=''>"
                + "<figcaption>The flooded harbour on Monday.</figcaption></figure>"
                + "<div class='image'><img src='b.jpg'><span class='photo-credit'>Photo: Example Agency</span></div>"
                + "<div class='item no_caption'><h2>Rescue teams worked through the night</h2><img src='c.jpg'></div>"
                + story(P2, P3)
                + "<figure><blockquote><p>We have never seen water this high, not in my lifetime.</p></blockquote></figure>"
                + story(P4) + "</article></body></html>";
        String text = text(html);
        assertAbsent(text, "Image", "flooded harbour on Monday", "Example Agency");
        assertTrue(text.contains("We have never seen water this high"), text);
        assertTrue(text.contains("Rescue teams worked through the night"), text);
    }

    @Test
    void headlineThatRepeatsTheTitleLeadsOnceAndTheBylineIsNotStoryText() throws Exception {
        String html = "<html><head><title>Storm floods the harbour | Example News</title></head><body>"
                + "<header class='site'><a href='/'>Example News</a></header>"
                + "<h1>Storm floods the harbour</h1><p class='byline'>By Jane Roe, Harbour correspondent</p>"
                + "<div class='story'>" + story(P1, P2, P3, P4) + "</div></body></html>";
        String text = text(html);
        assertTrue(text.startsWith("Storm floods the harbour\n\n" + P1), text);
        assertEquals(text.indexOf("Storm floods the harbour"), text.lastIndexOf("Storm floods the harbour"), text);
        assertAbsent(text, "Jane Roe");
    }

    @Test
    void hiddenElementsAreNotText() throws Exception {
        String html = "<html><body><article>" + story(P1, P2)
                + "<p style='display: none'>Hidden by style, never shown to readers of the page.</p>"
                + "<p hidden>Hidden by attribute, never shown to readers of the page.</p>"
                + "<div aria-hidden='true'><p>Hidden from assistive technology and from the reader view.</p></div>"
                + story(P3, P4) + "</article></body></html>";
        assertAbsent(text(html), "Hidden by style", "Hidden by attribute", "Hidden from assistive");
    }

    @Test
    void doubleLineBreaksSeparateParagraphs() throws Exception {
        String html = "<html><body><div>" + P1 + "<br><br>" + P2 + "<br> <br>" + P3 + "<br>" + P4 + "</div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n" + P4, text(html));
    }

    @Test
    void usesTheJsonLdArticleBodyWhenThePageShowsOnlyATeaser() throws Exception {
        String body = String.join("\\n\\n", P1, P2, P3, P4);
        String html = "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Storm floods the harbour\",\"articleBody\":\"" + body
                + "\"}</script></head><body><article><p>" + P1 + "</p><p class='paywall'>Subscribe to read the rest "
                + "of this story.</p></article></body></html>";
        String text = text(html);
        assertTrue(text.contains(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4), text);
        assertAbsent(text, "Subscribe");
    }

    @Test
    void aShortStoryTheMarkupMarksWinsOverLongerPageText() throws Exception {
        String about = "Example News is an independent newspaper, founded in 1901, covering the harbour, the old "
                + "town, the islands, local politics, sport, culture, business and weather, with a newsroom of forty "
                + "reporters, photographers and editors, and a weekly magazine, podcast, newsletter and archive.";
        String html = "<html><body><div class='masthead-blurb'><div><p>" + about + "</p></div></div>"
                + "<article><p>" + P1 + "</p></article></body></html>";
        assertEquals(P1, text(html));
    }

    @Test
    void deeplyNestedMarkupDoesNotBreakTheExtractor() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><article>").append(story(P1, P2, P3, P4));
        html.append("<p>").append("<del>".repeat(20_000)).append("nested").append("</del>".repeat(20_000)).append("</p>");
        html.append("<div>".repeat(5_000)).append("<p>deep</p>").append("</div>".repeat(5_000));
        html.append("</article></body></html>");
        assertTrue(text(html.toString()).startsWith(P1));
    }

    @Test
    void sameTextUnderATurkishDefaultLocale() throws Exception {
        String html = "<HTML><BODY><DIV CLASS='SIDEBAR'><P>Sidebar text that is long enough to be read as a "
                + "paragraph, with commas, more commas, and more.</P></DIV><DIV ID='ARTICLE-BODY'>"
                + story(P1, P2, P3, P4).toUpperCase(Locale.ROOT) + "</DIV></BODY></HTML>";
        String root = text(html);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(root, text(html));
        } finally {
            Locale.setDefault(saved);
        }
        assertAbsent(root, "SIDEBAR TEXT");
    }

    @Test
    void utf8BytesAreReadAsUtf8DespiteAStaleCharsetDeclaration() throws Exception {
        String html = "<html><head><meta charset='windows-1252'></head><body><article>"
                + story("“Déjà vu,” said the harbour master in Łódź, who had seen the same flood in 1998, "
                        + "and the one before it, from the same window.", P2, P3, P4)
                + "</article></body></html>";
        assertTrue(text(html).startsWith("“Déjà vu,” said the harbour master in Łódź"), text(html));
    }

    @Test
    void rulesAreGivenUpOneByOne() {
        assertEquals(List.of(EnumSet.allOf(ExtractionRule.class),
                EnumSet.of(ExtractionRule.WEIGHT_CLASSES, ExtractionRule.CLEAN_CONDITIONALLY),
                EnumSet.of(ExtractionRule.CLEAN_CONDITIONALLY),
                EnumSet.noneOf(ExtractionRule.class)), ExtractionRule.relaxations());
    }

    @Test
    void aPageWithoutProseStillGivesItsText() throws Exception {
        assertEquals("Harbour closed", text("<html><body><span>Harbour closed</span></body></html>"));
    }
}
