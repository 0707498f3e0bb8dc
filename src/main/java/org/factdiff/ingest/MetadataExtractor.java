package org.factdiff.ingest;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.factdiff.casefile.Timestamp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads {@link PageMetadata} from a parsed page without changing it. Sources, most trusted
 * first: schema.org JSON-LD; Dublin Core, Open Graph, {@code article:*}, Twitter and Parse.ly
 * {@code <meta>} tags; the {@code <title>}; {@code <time>} elements; an author line in the page.
 */
final class MetadataExtractor {
    /** A JSON-LD name or headline this similar to the page title is taken for the article's title. */
    static final double TITLE_SIMILARITY = 0.75;
    /** A title cut at a separator must keep at least this many words, or the other part is taken. */
    static final int MIN_TITLE_WORDS = 3;
    /** A title with more words than this before its colon is not "Site: Headline". */
    static final int MAX_TITLE_PREFIX_WORDS = 5;
    /** Titles shorter or longer than these (characters) are replaced by the page's only {@code <h1>}. */
    static final int MIN_TITLE_CHARS = 15;
    static final int MAX_TITLE_CHARS = 150;
    /** A shortened title of this many words or fewer is suspect; the full title is kept instead. */
    static final int SHORT_TITLE_WORDS = 4;

    // Meta keys per field, most trusted first: Dublin Core is set for the document itself,
    // Open Graph and Twitter for share cards, Parse.ly and Sailthru for analytics.
    private static final List<String> TITLE_KEYS = List.of("dc:title", "dcterm:title", "og:title",
            "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title");
    private static final List<String> BYLINE_KEYS = List.of("dc:creator", "dcterm:creator", "author",
            "parsely-author", "article:author", "og:article:author", "sailthru:author");
    private static final List<String> SITE_KEYS = List.of("og:site_name");
    private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "parsely-pub-date",
            "itemprop:datepublished", "og:article:published_time", "article:published", "pubdate", "publishdate",
            "publish-date", "publication_date", "sailthru:date", "dc:date:issued", "dcterms:issued", "dc:date",
            "dcterms:created", "article:publicationdate", "article:publication_date", "publicationdate",
            "og:published_time", "datepublished", "date_published", "date");
    private static final List<String> LANGUAGE_KEYS = List.of("http-equiv:content-language", "language",
            "dc:language", "og:locale");
    /** Class/id words of page parts whose author lines are not the article's (comments, other stories). */
    private static final Pattern NOT_THE_STORY = Pattern.compile("(?i)comment|disqus|replies|respond|related"
            + "|recommend|sidebar|footer|sponsor|shoutbox|community|popup|newsletter|widget|promo");
    /** Elements whose author lines are never the article's: menus and comment forms. */
    private static final Set<String> NOT_THE_STORY_TAGS = Set.of("nav", "form");
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    private static final Pattern HIERARCHY = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern URL = Pattern.compile("(?i)^https?://\\S+$");
    private static final Pattern BY = Pattern.compile("(?i)^by\\b[\\s:]*");
    /** Class/id words of an author (not of a dateline). */
    private static final Pattern AUTHOR = Pattern.compile("(?i)byline|author(?!i[sz])|writtenby|p-author");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    /** A date or time that follows the name on the same line, and everything after it. */
    private static final Pattern DATE_TAIL = Pattern.compile("(?i)\\s*(?:[-–—|•·,]\\s*)?(?:"
            + "(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|" + MONTH + "\\s+\\d{1,2}\\b|\\d{1,2}\\s+" + MONTH
            + "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}:\\d{2}"
            + "|\\d+\\s*(?:h|hrs?|hours?|min|mins|minutes?|days?)\\b|(?:last\\s+)?updated\\b|published\\b).*$");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s\\-–—|•·,:;]+$");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    PageMetadata extract(Document doc) {
        Optional<JsonLdArticle> ld = JsonLdArticle.find(doc);
        Map<String, String> meta = metaValues(doc);
        return new PageMetadata(title(doc, ld, meta), byline(doc, ld, meta), siteName(ld, meta),
                published(doc, ld, meta), canonicalUrl(doc, ld, meta), language(doc, ld, meta));
    }

    /**
     * Where each field of {@code m} came from, for people to judge it: "JSON-LD",
     * "&lt;meta og:title&gt;", "&lt;title&gt;", "&lt;time&gt; element", "author line in the page".
     * Keys: title, byline, siteName, published, url.
     */
    Map<String, String> sources(Document doc, PageMetadata m) {
        Optional<JsonLdArticle> ld = JsonLdArticle.find(doc);
        Map<String, String> meta = metaValues(doc);
        Map<String, String> out = new TreeMap<>();
        m.title().ifPresent(t -> out.put("title", ld.isPresent() && (ld.get().name().flatMap(MetadataExtractor::clean)
                .equals(Optional.of(t)) || ld.get().headline().flatMap(MetadataExtractor::clean).equals(Optional.of(t)))
                ? "JSON-LD" : metaKey(meta, TITLE_KEYS, t).orElse("<title>")));
        m.byline().ifPresent(b -> out.put("byline", ld.isPresent() && !ld.get().authors().isEmpty()
                && cleanByline(String.join(", ", ld.get().authors())).equals(Optional.of(b)) ? "JSON-LD"
                : BYLINE_KEYS.stream().filter(k -> meta.containsKey(k) && cleanByline(meta.get(k)).equals(Optional.of(b)))
                        .findFirst().map(k -> "<meta " + k + ">").orElse("author line in the page")));
        m.siteName().ifPresent(n -> out.put("siteName", ld.flatMap(JsonLdArticle::publisher).flatMap(MetadataExtractor::clean)
                .equals(Optional.of(n)) ? "JSON-LD" : "<meta og:site_name>"));
        m.published().ifPresent(p -> out.put("published", ld.flatMap(JsonLdArticle::datePublished).map(MetadataExtractor::parses)
                .orElse(Optional.empty()).equals(Optional.of(p)) ? "JSON-LD" : PUBLISHED_KEYS.stream()
                .filter(k -> meta.containsKey(k) && parses(meta.get(k)).equals(Optional.of(p))).findFirst()
                .map(k -> "<meta " + k + ">").orElse("<time> element")));
        m.canonicalUrl().ifPresent(u -> out.put("url", doc.select("link[rel~=(?i)canonical]").stream()
                .anyMatch(l -> l.attr("href").strip().equals(u)) ? "<link rel=canonical>"
                : ld.flatMap(JsonLdArticle::url).map(String::strip).equals(Optional.of(u)) ? "JSON-LD" : "<meta og:url>"));
        return out;
    }

    private static Optional<String> metaKey(Map<String, String> meta, List<String> keys, String value) {
        return keys.stream().filter(k -> meta.containsKey(k) && clean(meta.get(k)).equals(Optional.of(value))).findFirst()
                .map(k -> "<meta " + k + ">");
    }

    private static Optional<Timestamp> parses(String v) {
        try {
            return Optional.of(Timestamp.parse(v));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code <meta>} contents by normalised key: each {@code property} token lower-cased
     * ({@code og:title}); a {@code name} lower-cased with dots as colons ({@code DC.title} ->
     * {@code dc:title}); {@code itemprop:x} and {@code http-equiv:x}. A {@code property} (the
     * RDFa attribute that Open Graph and Dublin Core specify) wins over a {@code name} for the
     * same key; otherwise the first occurrence wins.
     */
    static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new TreeMap<>();
        List<Element> metas = doc.getElementsByTag("meta");
        for (Element m : metas) {
            String content = m.attr("content").strip();
            for (String token : SPACES.split(m.attr("property").strip())) {
                if (!content.isEmpty() && !token.isEmpty()) {
                    values.putIfAbsent(token.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        for (Element m : metas) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            String name = SPACES.matcher(m.attr("name")).replaceAll("").toLowerCase(Locale.ROOT).replace('.', ':');
            if (!name.isEmpty()) {
                values.putIfAbsent(name, content);
            }
            String itemprop = m.attr("itemprop").strip().toLowerCase(Locale.ROOT);
            if (!itemprop.isEmpty()) {
                values.putIfAbsent("itemprop:" + itemprop, content);
            }
            String equiv = m.attr("http-equiv").strip().toLowerCase(Locale.ROOT);
            if (!equiv.isEmpty()) {
                values.putIfAbsent("http-equiv:" + equiv, content);
            }
        }
        return values;
    }

    private static Optional<String> title(Document doc, Optional<JsonLdArticle> ld, Map<String, String> meta) {
        if (ld.isPresent()) {
            Optional<String> name = ld.get().name();
            Optional<String> headline = ld.get().headline();
            if (name.isPresent() && headline.isPresent() && !name.get().equals(headline.get())) {
                // Some sites (aktualne.cz) put their own name in "name": take whichever matches the page title.
                String pageTitle = documentTitle(doc);
                boolean nameMatches = PageSignals.textSimilarity(name.get(), pageTitle) > TITLE_SIMILARITY;
                boolean headlineMatches = PageSignals.textSimilarity(headline.get(), pageTitle) > TITLE_SIMILARITY;
                return clean(headlineMatches && !nameMatches ? headline.get() : name.get());
            }
            Optional<String> t = clean(name.or(() -> headline).orElse(""));
            if (t.isPresent()) {
                return t;
            }
        }
        return first(meta, TITLE_KEYS).or(() -> clean(documentTitle(doc)));
    }

    /**
     * The {@code <title>} without the site name: cut at the last separator ({@code |}, {@code -},
     * {@code /}, {@code >}, {@code »}) or colon, unless that leaves too few words; replaced by
     * the only {@code <h1>} when very short or long (Readability's rules).
     */
    static String documentTitle(Document doc) {
        String original = doc.title().strip();
        String title = original;
        boolean hierarchical = false;
        if (SEPARATOR.matcher(title).find()) {
            hierarchical = HIERARCHY.matcher(title).find();
            title = original.replaceAll("(.*)[|\\-–—\\\\/>»] .*", "$1");
            if (wordCount(title) < MIN_TITLE_WORDS) {
                title = original.replaceAll("[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»](.*)", "$1");
            }
        } else if (title.contains(": ")) {
            boolean isHeading = false;
            for (Element h : doc.select("h1, h2")) {
                if (h.text().strip().equals(title)) {
                    isHeading = true;
                    break;
                }
            }
            if (!isHeading) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (wordCount(title) < MIN_TITLE_WORDS) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (wordCount(original.substring(0, original.indexOf(':'))) > MAX_TITLE_PREFIX_WORDS) {
                    title = original;
                }
            }
        } else if (title.length() > MAX_TITLE_CHARS || title.length() < MIN_TITLE_CHARS) {
            List<Element> h1 = doc.getElementsByTag("h1");
            if (h1.size() == 1) {
                title = h1.get(0).text();
            }
        }
        title = SPACES.matcher(title.strip()).replaceAll(" ");
        int words = wordCount(title);
        if (words <= SHORT_TITLE_WORDS && (!hierarchical
                || words != wordCount(original.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) {
            title = original;
        }
        return title;
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    private static Optional<String> byline(Document doc, Optional<JsonLdArticle> ld, Map<String, String> meta) {
        if (ld.isPresent() && !ld.get().authors().isEmpty()) {
            Optional<String> b = cleanByline(String.join(", ", ld.get().authors()));
            if (b.isPresent()) {
                return b;
            }
        }
        for (String key : BYLINE_KEYS) {
            String v = meta.get(key);
            if (v != null && !URL.matcher(v.strip()).matches()) {
                Optional<String> b = cleanByline(v);
                if (b.isPresent()) {
                    return b;
                }
            }
        }
        return textByline(doc);
    }

    /**
     * The first author line of the page: a visible element marked {@code rel=author},
     * {@code itemprop=author} or with a byline class, with short text, outside comments,
     * sidebars and footers (whose author lines are commenters' and other stories'). Narrowed
     * to the innermost such mark, and to its {@code itemprop=name}, so that the date and
     * "Share" buttons that share the line are left out.
     */
    static Optional<String> textByline(Document doc) {
        Element body = doc.body();
        Element node = body.firstElementChild();
        while (node != null) {
            if (!PageSignals.visible(node) || NOT_THE_STORY_TAGS.contains(node.normalName())
                    || NOT_THE_STORY.matcher(PageSignals.marks(node)).find()) {
                node = CandidateSelector.next(node, true);
                continue;
            }
            if (isAuthorLine(node)) {
                Optional<String> name = cleanByline(innermostByline(node).text());
                if (name.isPresent()) {
                    return name;
                }
                node = CandidateSelector.next(node, true);
                continue;
            }
            node = CandidateSelector.next(node, false);
        }
        return Optional.empty();
    }

    /** An author line as {@link CandidateSelector#isByline} sees it, but not a dateline (that is a date). */
    private static boolean isAuthorLine(Element e) {
        return CandidateSelector.isByline(e) && (e.attr("rel").equals("author") || e.attr("itemprop").contains("author")
                || AUTHOR.matcher(PageSignals.marks(e)).find());
    }

    private static Element innermostByline(Element line) {
        Element found = line;
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            for (Element d : found.getAllElements()) {
                if (d != found && PageSignals.visible(d) && isAuthorLine(d) && cleanByline(d.text()).isPresent()) {
                    found = d;
                    narrowed = true;
                    break;
                }
            }
        }
        for (Element d : found.getAllElements()) {
            if (d.attr("itemprop").equals("name") && !d.text().isBlank()) {
                return d;
            }
        }
        return found;
    }

    /** Without a leading "By", a trailing date or time ("- Apr 16, 2015", "• 8h") and trailing separators. */
    static Optional<String> cleanByline(String raw) {
        Optional<String> s = clean(raw);
        if (s.isEmpty()) {
            return s;
        }
        String b = BY.matcher(s.get()).replaceFirst("");
        b = DATE_TAIL.matcher(b).replaceFirst("");
        b = TRAILING_SEPARATORS.matcher(b).replaceFirst("");
        Optional<String> out = clean(b);
        return out.filter(x -> x.codePoints().anyMatch(Character::isLetter));
    }

    private static Optional<String> siteName(Optional<JsonLdArticle> ld, Map<String, String> meta) {
        return ld.flatMap(JsonLdArticle::publisher).flatMap(MetadataExtractor::clean)
                .or(() -> first(meta, SITE_KEYS));
    }

    private static Optional<Timestamp> published(Document doc, Optional<JsonLdArticle> ld, Map<String, String> meta) {
        List<String> values = new ArrayList<>();
        ld.flatMap(JsonLdArticle::datePublished).ifPresent(values::add);
        for (String key : PUBLISHED_KEYS) {
            String v = meta.get(key);
            if (v != null) {
                values.add(v);
            }
        }
        for (Element t : doc.select("time[itemprop=datePublished], time[pubdate], article time[datetime]")) {
            values.add(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
        }
        // <time title="2017-05-18T19:27:00Z">18 May</time>: pages that keep the ISO date in a title.
        for (Element t : doc.select("time[title]")) {
            values.add(t.attr("title"));
        }
        for (String v : values) {
            try {
                return Optional.of(Timestamp.parse(v));
            } catch (DateTimeException e) {
                // Not ISO 8601 (e.g. "Fri, 24 Jul 2015"): try the next, less trusted source.
            }
        }
        return Optional.empty();
    }

    private static Optional<String> canonicalUrl(Document doc, Optional<JsonLdArticle> ld, Map<String, String> meta) {
        List<String> values = new ArrayList<>();
        for (Element link : doc.select("link[rel]")) {
            if (SPACES.splitAsStream(link.attr("rel").toLowerCase(Locale.ROOT)).anyMatch("canonical"::equals)) {
                values.add(link.attr("href"));
            }
        }
        ld.flatMap(JsonLdArticle::url).ifPresent(values::add);
        if (meta.containsKey("og:url")) {
            values.add(meta.get("og:url"));
        }
        for (String v : values) {
            String s = v.strip();
            if (URL.matcher(s).matches()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> language(Document doc, Optional<JsonLdArticle> ld, Map<String, String> meta) {
        List<String> values = new ArrayList<>();
        Element html = doc.firstElementChild();
        if (html != null) {
            values.add(html.attr("lang"));
        }
        ld.flatMap(JsonLdArticle::language).ifPresent(values::add);
        for (String key : LANGUAGE_KEYS) {
            if (meta.containsKey(key)) {
                values.add(meta.get(key));
            }
        }
        for (String v : values) {
            String s = v.strip();
            int comma = s.indexOf(',');
            if (comma >= 0) {
                s = s.substring(0, comma).strip();
            }
            if (LANGUAGE_TAG.matcher(s).matches()) {
                String tag = Locale.forLanguageTag(s.replace('_', '-')).toLanguageTag();
                if (!tag.equals("und")) {
                    return Optional.of(tag);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Map<String, String> meta, List<String> keys) {
        for (String key : keys) {
            String v = meta.get(key);
            if (v != null) {
                Optional<String> s = clean(v);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    /** Entities left escaped by the page decoded, whitespace collapsed; empty when nothing is left. */
    static Optional<String> clean(String raw) {
        String s = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
