package org.factdiff.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first schema.org article object (NewsArticle, BlogPosting, ...) in a page's
 * {@code <script type="application/ld+json">} blocks, whether top level, in an array, in an
 * {@code @graph} or as a WebPage's {@code mainEntity}. Broken JSON is skipped, not reported:
 * pages carry it often and it is only a hint.
 *
 * @param name          the {@code name}, if a string
 * @param headline      the {@code headline}, if a string
 * @param authors       the authors' names, in the order given (URLs left out)
 * @param publisher     the publisher's name
 * @param datePublished {@code datePublished} as written
 * @param url           {@code url} or {@code mainEntityOfPage}, as written
 * @param language      {@code inLanguage}
 * @param articleBody   the full text some publishers repeat here
 */
record JsonLdArticle(Optional<String> name, Optional<String> headline, List<String> authors,
        Optional<String> publisher, Optional<String> datePublished, Optional<String> url,
        Optional<String> language, Optional<String> articleBody) {

    /** schema.org types that are articles (https://schema.org/Article and its subtypes). */
    static final Set<String> ARTICLE_TYPES = Set.of("Article", "AdvertiserContentArticle", "NewsArticle",
            "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
            "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle", "ScholarlyArticle",
            "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting",
            "DiscussionForumPosting", "TechArticle", "APIReference");
    /** How deep article objects are looked for inside graphs, lists and main entities. */
    static final int MAX_DEPTH = 4;
    /**
     * A JSON-LD block longer than this (characters) is skipped like broken JSON: its tree would
     * take many times its size in memory, and a page may repeat it. The largest in the Readability
     * test pages has 52,219 (lazy-image-2, with the whole story in {@code articleBody}).
     */
    static final int MAX_JSON_LD_CHARS = 1 << 20;

    private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$");
    private static final Pattern URL = Pattern.compile("(?i)^https?://\\S+$");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    JsonLdArticle {
        authors = List.copyOf(authors);
    }

    /** The page's first article object, if any. */
    static Optional<JsonLdArticle> find(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            int semicolon = type.indexOf(';');
            if (!(semicolon < 0 ? type : type.substring(0, semicolon)).strip().equals("application/ld+json")) {
                continue;
            }
            String data = script.data();
            if (data.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(CDATA.matcher(data).replaceAll(""));
            } catch (JsonProcessingException e) {
                continue;
            }
            JsonNode article = findArticle(root, 0);
            if (article != null) {
                return Optional.of(read(article));
            }
        }
        return Optional.empty();
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticle(node.get("@type"))) {
            return node;
        }
        JsonNode found = findArticle(node.get("@graph"), depth + 1);
        return found != null ? found : findArticle(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        if (!type.isTextual()) {
            return false;
        }
        String t = type.asText().strip();
        int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return ARTICLE_TYPES.contains(cut < 0 ? t : t.substring(cut + 1));
    }

    private static JsonLdArticle read(JsonNode a) {
        List<String> authors = new ArrayList<>();
        addNames(a.get("author"), authors, 0);
        Optional<String> url = string(a.get("url"));
        if (url.isEmpty()) {
            url = idOrString(a.get("mainEntityOfPage"));
        }
        return new JsonLdArticle(string(a.get("name")), string(a.get("headline")), authors,
                nameOf(a.get("publisher")), string(a.get("datePublished")), url,
                nameOf(a.get("inLanguage")), string(a.get("articleBody")));
    }

    private static void addNames(JsonNode node, List<String> out, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                addNames(n, out, depth + 1);
            }
            return;
        }
        Optional<String> name = nameOf(node);
        if (name.isPresent() && !URL.matcher(name.get()).matches() && !out.contains(name.get())) {
            out.add(name.get());
        }
    }

    /** A plain string, or the {@code name} of an object. */
    private static Optional<String> nameOf(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            return string(node.get("name"));
        }
        if (node.isArray() && !node.isEmpty()) {
            return nameOf(node.get(0));
        }
        return string(node);
    }

    private static Optional<String> idOrString(JsonNode node) {
        if (node != null && node.isObject()) {
            return string(node.get("@id"));
        }
        return string(node);
    }

    private static Optional<String> string(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return Optional.empty();
        }
        String s = node.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
