package org.factdiff.init;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.factdiff.base.InputException;
import org.factdiff.casefile.ArticleType;
import org.factdiff.casefile.Timestamp;
import org.factdiff.ingest.ArticleReader;
import org.factdiff.ingest.Field;
import org.factdiff.ingest.HtmlReader;
import org.factdiff.ingest.IngestException;
import org.factdiff.ingest.MarkdownReader;
import org.factdiff.ingest.Metadata;
import org.factdiff.ingest.MhtmlReader;
import org.factdiff.ingest.PdfReader;
import org.factdiff.ingest.PlainTextReader;
import org.factdiff.ingest.TextCleaner;

/**
 * Writes {@code <case-dir>/case.yaml} for the articles in a folder: one entry per readable
 * file, with a short id made from its site or outlet ("reuters", "bbc-2"), the metadata the file states (each value
 * followed by a comment saying where it came from), and comments for what is unknown. The
 * files are copied into {@code <case-dir>/articles/}. An existing case.yaml is only replaced
 * when asked to.
 */
public final class CaseScaffold {
    /** Longest article id. */
    static final int MAX_ID_CHARS = 24;

    /** What became of one file. */
    public record Entry(String id, String file, Metadata metadata, String skipped) {
    }

    /** What was written, and what could not be determined, for the user. */
    public record Result(Path caseFile, List<Entry> entries, List<String> notes) {
    }

    private CaseScaffold() {
    }

    public static Result create(Path caseDir, Path from, boolean force) throws InputException {
        Path caseFile = caseDir.resolve("case.yaml");
        if (Files.exists(caseFile) && !force) {
            throw new InputException(caseFile + ": a case file is already there; use --force to replace it");
        }
        if (!Files.isDirectory(from)) {
            throw new InputException(from + ": folder not found; give the folder of saved pages with --from");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(from)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new InputException(from + ": cannot list the folder: " + e.getMessage());
        }
        List<String> notes = new ArrayList<>();
        List<Path> readable = new ArrayList<>();
        for (Path f : files) {
            if (ArticleType.ofFileName(f.getFileName().toString()).isPresent()) {
                readable.add(f);
            } else {
                notes.add("skipped " + f.getFileName() + ": not a supported type (" + ArticleType.supported() + ")");
            }
        }
        files = readable;
        if (files.isEmpty()) {
            throw new InputException(from + ": no articles found (" + ArticleType.supported() + ")");
        }
        Path articles = caseDir.resolve("articles");
        List<Entry> entries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        try {
            Files.createDirectories(articles);
            for (Path f : files) {
                String fileName = f.getFileName().toString();
                ArticleType type = ArticleType.ofFileName(fileName).orElseThrow();
                byte[] bytes = Files.readAllBytes(f);
                String text;
                try {
                    text = new TextCleaner(List.of()).clean(reader(type).read(bytes, fileName));
                } catch (IngestException e) {
                    notes.add("skipped " + e.getMessage());
                    continue;
                }
                if (text.isEmpty()) {
                    notes.add("skipped " + fileName + ": no text in it");
                    continue;
                }
                Metadata found = withoutOutletAsAuthor(reader(type).found(bytes, text));
                String id = unique(id(found, fileName), ids);
                String target = unique(fileName, names);
                Path copy = articles.resolve(target);
                if (!copy.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize())) {
                    Files.write(copy, bytes);
                }
                entries.add(new Entry(id, "articles/" + target, found, ""));
                texts.add(text);
                List<String> unknown = new ArrayList<>();
                if (found.outlet().value().isEmpty()) {
                    unknown.add("outlet");
                }
                if (found.published().value().isEmpty()) {
                    unknown.add("publication date");
                }
                if (found.author().value().isEmpty()) {
                    unknown.add("author");
                }
                if (found.title().value().isEmpty()) {
                    unknown.add("title");
                }
                if (!unknown.isEmpty()) {
                    notes.add(id + " (" + fileName + "): no " + String.join(", no ", unknown) + " found");
                }
            }
            if (entries.isEmpty()) {
                throw new InputException(from + ": none of the files could be read as an article");
            }
            java.util.LinkedHashSet<String> furniture = new java.util.LinkedHashSet<>();
            texts.forEach(t -> furniture.addAll(org.factdiff.ingest.ArticleChecks.furniture(t, texts)));
            write(caseFile, yaml(caseDir, entries, List.copyOf(furniture), NameVariants.propose(texts)));
        } catch (IOException e) {
            throw new InputException(caseDir + ": cannot write the case: " + e.getMessage());
        }
        return new Result(caseFile, entries, notes);
    }

    private static ArticleReader reader(ArticleType type) {
        return switch (type) {
            case TEXT -> new PlainTextReader();
            case MARKDOWN -> new MarkdownReader();
            case HTML -> new HtmlReader();
            case MHTML -> new MhtmlReader();
            case PDF -> new PdfReader();
        };
    }

    /**
     * A short id a reader recognises: the site's name from the page's address ("reuters" for
     * www.reuters.com, "bbc" for www.bbc.co.uk), else the outlet ("daily-example"), else the
     * file's name; never a title or a hash.
     */
    static String id(Metadata m, String fileName) {
        String base = m.url().value().flatMap(CaseScaffold::siteName).orElse("");
        if (base.isEmpty()) {
            base = m.outlet().value().map(o -> slug(o.replaceFirst("(?i)^the\\s+", ""))).orElse("");
        }
        if (base.isEmpty()) {
            base = slug(fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName);
        }
        if (base.isEmpty()) {
            base = "article";
        }
        if (base.length() > MAX_ID_CHARS) {
            int cut = base.lastIndexOf('-', MAX_ID_CHARS);
            base = base.substring(0, cut > 3 ? cut : MAX_ID_CHARS);
        }
        return base;
    }

    /** Second-level labels of country domains ("co" in bbc.co.uk): not the site's name. */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne");

    /** The name in a web address: the label before the public suffix, "www.bbc.co.uk" gives "bbc". */
    static Optional<String> siteName(String url) {
        String host;
        try {
            host = java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>(List.of(host.toLowerCase(Locale.ROOT).split("\\.")));
        if (labels.size() >= 2) {
            labels.remove(labels.size() - 1);
        }
        if (labels.size() >= 2 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
            labels.remove(labels.size() - 1);
        }
        String name = slug(labels.get(labels.size() - 1));
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /**
     * The author, unless it is only the outlet's name again ("By Daily Example"): a byline that
     * names the publisher names no author.
     */
    static Metadata withoutOutletAsAuthor(Metadata m) {
        Optional<String> author = m.author().value();
        Optional<String> outlet = m.outlet().value();
        if (author.isEmpty() || outlet.isEmpty()) {
            return m;
        }
        String a = slug(author.get());
        String o = slug(outlet.get());
        boolean publisher = a.equals(o) || a.contains(o) || o.contains(a)
                || m.url().value().flatMap(CaseScaffold::siteName).map(a::equals).orElse(false);
        return publisher ? new Metadata(m.title(), Field.unknown(), m.outlet(), m.published(), m.url()) : m;
    }

    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            int dot = base.lastIndexOf('.');
            candidate = base.contains("/") || dot <= 0 || base.matches("[a-z0-9-]+") ? base + "-" + n
                    : base.substring(0, dot) + "-" + n + base.substring(dot);
        }
        return candidate;
    }

    private static String yaml(Path caseDir, List<Entry> entries, List<String> furniture,
                               java.util.Map<String, List<String>> aliases) {
        StringBuilder y = new StringBuilder();
        String folder = caseDir.toAbsolutePath().normalize().getFileName() == null ? "case"
                : caseDir.toAbsolutePath().normalize().getFileName().toString();
        y.append("# Written by factdiff init. Every value after a \"# from ...\" comment was read from the\n")
                .append("# article file itself: check it. Values you write here always win over the files.\n");
        y.append("title: ").append(quote(folder.replace('-', ' ').replace('_', ' ')))
                .append("  # from the folder name: describe the incident\n");
        Optional<Timestamp> earliest = entries.stream().map(e -> e.metadata().published().value()).flatMap(Optional::stream)
                .min(Timestamp::compareTo);
        if (earliest.isPresent()) {
            y.append("incident_date: ").append(earliest.get().date()).append("  # guessed: the earliest publication date\n");
        } else {
            y.append("# incident_date: unknown (no article states its date)\n");
        }
        y.append("# report_date: YYYY-MM-DD (else SOURCE_DATE_EPOCH, else the latest publication date)\n");
        y.append("articles:\n");
        for (Entry e : entries) {
            y.append("  - id: ").append(e.id()).append('\n');
            y.append("    file: ").append(quote(e.file())).append('\n');
            field(y, "title", e.metadata().title());
            field(y, "outlet", e.metadata().outlet());
            field(y, "published", e.metadata().published());
            field(y, "author", e.metadata().author());
            field(y, "url", e.metadata().url());
        }
        if (aliases.isEmpty()) {
            y.append("# aliases:     names the articles write in several ways, e.g.  Kyiv: [Kiev]\n");
        } else {
            y.append("# Names the articles seem to write in several ways. To read each as one name, remove the\n")
                    .append("# \"# \" before \"aliases:\" and before each line that is right.\n")
                    .append("# aliases:\n");
            aliases.forEach((name, variants) -> y.append("#   ").append(quote(name)).append(": [")
                    .append(String.join(", ", variants.stream().map(CaseScaffold::quote).toList())).append("]\n"));
        }
        if (furniture.isEmpty()) {
            y.append("# boilerplate: whole lines of page furniture to drop, e.g.  - \"Share this article\"\n");
        } else {
            // Suggestions only: a line the user keeps by removing its "# ".
            y.append("# Lines that look like page furniture (known labels, or short lines several articles print\n")
                    .append("# alike). To drop them, remove the \"# \" before \"boilerplate:\" and before each line to drop.\n")
                    .append("# boilerplate:\n");
            furniture.forEach(f -> y.append("#   - ").append(quote(f)).append('\n'));
        }
        return y.toString();
    }

    private static <T> void field(StringBuilder y, String key, Field<T> f) {
        if (f.value().isPresent()) {
            String v = f.value().get().toString();
            y.append("    ").append(key).append(": ").append(quote(v)).append("  # from ").append(f.source()).append('\n');
        } else {
            y.append("    # ").append(key).append(": unknown\n");
        }
    }

    /** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
    private static String quote(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(".factdiff-" + ProcessHandle.current().pid() + "-case.yaml.tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
