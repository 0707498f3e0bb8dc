package org.factdiff.casefile;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdiff.base.Sha256;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Loads a case file (YAML, see DESIGN.md) into a validated {@link Case}.
 *
 * <p>The YAML is composed into a node tree (which keeps every node's line and column) and
 * checked field by field, so that each mistake is reported where it is, with a suggestion
 * for a misspelt key. Checking goes on past a mistake, so that one run names every independent
 * mistake of the file and the user fixes them in one go; it stops only where the rest cannot be
 * read (YAML that does not parse, a case file that is not a mapping). YAML is read with limits
 * on size, nesting and aliases so that a hostile file cannot exhaust memory.
 */
public final class CaseFile {

    /** Largest case file read, in bytes; a case file lists articles, it does not hold them. */
    public static final int MAX_CASE_FILE_BYTES = 1 << 20;
    /** Deepest nesting of YAML collections accepted (a case file needs 3). */
    public static final int MAX_YAML_DEPTH = 16;
    /** Most aliases to collections accepted, against "billion laughs" expansion. */
    public static final int MAX_YAML_ALIASES = 20;
    /** Most articles in one case. */
    public static final int MAX_ARTICLES = 10_000;
    /** Most problems listed in one run; a file wrong throughout gets a count of the rest instead. */
    public static final int MAX_REPORTED_PROBLEMS = 20;

    static final List<String> CASE_KEYS = List.of(
            "title", "incident_date", "report_date", "language", "paper", "full_text", "articles", "aliases",
            "boilerplate");
    static final List<String> ARTICLE_KEYS = List.of(
            "id", "file", "title", "outlet", "published", "url", "author");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    /** A line that reads as a key ("articles:", "  - id: a"); inside a quoted text it means the quote was left open. */
    private static final Pattern KEY_LINE = Pattern.compile("\\s*(?:-\\s+)?[A-Za-z_][\\w -]*:(?:\\s.*)?");

    private final String name;
    private final Path folder;
    /** The mistakes found so far, in the order found. */
    private final List<CaseProblem> problems = new ArrayList<>();

    private CaseFile(String name, Path folder) {
        this.name = name;
        this.folder = folder;
    }

    /**
     * Reads and validates the case file at {@code path}.
     *
     * @throws CaseFileException listing every mistake found, in line order, each with file, line
     *                           and column
     */
    public static Case load(Path path) throws CaseFileException {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new CaseFileException(SourcePosition.of(name), "case file not found");
        }
        if (!Files.isRegularFile(path)) {
            throw new CaseFileException(SourcePosition.of(name), "not a file (give the path of a case.yaml)");
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String id = folder.getFileName() == null ? "case" : folder.getFileName().toString();
        CaseFile reader = new CaseFile(name, folder);
        return reader.parse(reader.readBytes(path), path, id);
    }

    /**
     * Validates the bytes of a case file named {@code name} whose articles lie under
     * {@code folder} (the fuzz tests call this without touching the disk for the YAML).
     */
    public static Case parse(byte[] bytes, String name, Path folder) throws CaseFileException {
        Path absolute = folder.toAbsolutePath().normalize();
        String id = absolute.getFileName() == null ? "case" : absolute.getFileName().toString();
        return new CaseFile(name, absolute).parse(bytes, absolute.resolve("case.yaml"), id);
    }

    private Case parse(byte[] bytes, Path file, String id) throws CaseFileException {
        if (bytes.length > MAX_CASE_FILE_BYTES) {
            throw new CaseFileException(SourcePosition.of(name), "case file is larger than "
                    + (MAX_CASE_FILE_BYTES >> 20) + " MiB; it should only list the articles");
        }
        Node root = compose(decode(bytes));
        return toCase(root, file, folder, id, Sha256.hex(bytes));
    }

    private byte[] readBytes(Path path) throws CaseFileException {
        try {
            if (Files.size(path) > MAX_CASE_FILE_BYTES) {
                throw new CaseFileException(SourcePosition.of(name), "case file is larger than "
                        + (MAX_CASE_FILE_BYTES >> 20) + " MiB; it should only list the articles");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CaseFileException(SourcePosition.of(name), "cannot read case file: " + e.getMessage());
        }
    }

    private String decode(byte[] bytes) throws CaseFileException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CaseFileException(SourcePosition.of(name), "case file is not UTF-8 text; save it as UTF-8");
        }
    }

    private Node compose(String text) throws CaseFileException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
        options.setNestingDepthLimit(MAX_YAML_DEPTH);
        options.setCodePointLimit(MAX_CASE_FILE_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Optional<CaseProblem> quote = unclosedQuote(text, e);
            if (quote.isPresent()) {
                throw new CaseFileException(List.of(quote.get()));
            }
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new CaseFileException(at(mark), "malformed YAML: " + problem + "; " + YAML_HINT);
        } catch (YAMLException e) {
            Mark where = limitHit(text);
            throw new CaseFileException(at(where), "malformed YAML: " + describe(e));
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            // SnakeYAML throws these too on some malformed input (found by fuzzing, e.g. a bad tag).
            throw new CaseFileException(SourcePosition.of(name), "malformed YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new CaseFileException(SourcePosition.of(name),
                    "case file is empty; it needs at least 'title' and 'articles'");
        }
        return root;
    }

    private static final String YAML_HINT = "check the indentation, colons, quotes and brackets here";

    /**
     * The quotation mark left open that made the YAML unreadable, if that is what happened.
     * YAML lets a quoted text run over several lines, so SnakeYAML gives up far from the
     * mistake: at the end of the file, or lines further on, where the quotation mark meant to
     * open a later value closes the runaway text and what follows it makes no sense. The user
     * needs the line where the quote opens.
     */
    private Optional<CaseProblem> unclosedQuote(String text, MarkedYAMLException e) {
        int[] offsets = charOffsets(text);
        Mark failed = e.getProblemMark();
        try {
            for (Event event : new Yaml().parse(new StringReader(text))) {
                // A runaway text ends on the line where YAML fails: right after it, the rest of the
                // value its closing mark was meant to open. A quoted text that spans lines
                // elsewhere is the user's own.
                if (failed != null && event instanceof ScalarEvent s
                        && s.getEndMark().getLine() == failed.getLine()
                        && (s.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                                || s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED)
                        && swallowsKeys(text, offsets, s.getStartMark(), s.getEndMark())) {
                    String quote = s.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED ? "'" : "\"";
                    Mark end = s.getEndMark();
                    return Optional.of(new CaseProblem(at(s.getStartMark()), unclosed(quote)
                            + " (YAML reads the lines after it as text, up to the " + quote + " at line "
                            + (end.getLine() + 1) + ", column " + end.getColumn() + ")"));
                }
            }
        } catch (RuntimeException stop) {
            // The parser stops at the mistake the composer met; every event before it was seen.
        }
        String problem = String.valueOf(e.getProblem());
        if (e.getContextMark() != null && String.valueOf(e.getContext()).contains("quoted scalar")
                && (problem.contains("end of stream") || problem.contains("document separator"))) {
            return Optional.of(new CaseProblem(at(e.getContextMark()), unclosed(quoteAt(text, offsets, e.getContextMark()))));
        }
        return Optional.empty();
    }

    private static String unclosed(String quote) {
        return "malformed YAML: unclosed quotation mark: the " + quote + " that opens here is never closed";
    }

    /** Whether a quoted text runs on over a line that reads as a key, which no title or name holds. */
    private static boolean swallowsKeys(String text, int[] offsets, Mark start, Mark end) {
        if (end.getLine() == start.getLine()) {
            return false;
        }
        String quoted = text.substring(offset(offsets, start), offset(offsets, end));
        return quoted.lines().skip(1).anyMatch(line -> KEY_LINE.matcher(line).matches());
    }

    /** The quotation mark at a mark, double unless it is single. */
    private static String quoteAt(String text, int[] offsets, Mark mark) {
        int at = offset(offsets, mark);
        return at < text.length() && text.charAt(at) == '\'' ? "'" : "\"";
    }

    /**
     * The char offset of each code point of the text, and its length last: SnakeYAML's marks
     * count code points. Made once, so that a file of many quoted texts is still read in linear time.
     */
    private static int[] charOffsets(String text) {
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int i = 0;
        for (int at = 0; at < text.length(); at += Character.charCount(text.codePointAt(at))) {
            offsets[i++] = at;
        }
        offsets[i] = text.length();
        return offsets;
    }

    private static int offset(int[] offsets, Mark mark) {
        return offsets[Math.max(0, Math.min(mark.getIndex(), offsets.length - 1))];
    }

    /**
     * Where the alias or nesting limit is first exceeded, from the parser's events (which
     * expand nothing), or null. SnakeYAML's composer reports these limits without a position.
     */
    private static Mark limitHit(String text) {
        int depth = 0;
        int aliases = 0;
        try {
            for (org.yaml.snakeyaml.events.Event e : new Yaml().parse(new java.io.StringReader(text))) {
                if (e instanceof org.yaml.snakeyaml.events.CollectionStartEvent) {
                    if (++depth > MAX_YAML_DEPTH) {
                        return e.getStartMark();
                    }
                } else if (e instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
                    depth--;
                } else if (e instanceof org.yaml.snakeyaml.events.AliasEvent && ++aliases > MAX_YAML_ALIASES) {
                    return e.getStartMark();
                }
            }
        } catch (YAMLException e) {
            return null;
        }
        return null;
    }

    /** SnakeYAML's own limit messages are clear, but name its settings; say what was hit. */
    private static String describe(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("aliases")) {
            return "too many aliases (more than " + MAX_YAML_ALIASES + "); write the values out";
        }
        if (m.contains("Nesting Depth")) {
            return "nested deeper than " + MAX_YAML_DEPTH + " levels; a case file needs only a few (see the README)";
        }
        if (m.contains("code points")) {
            return "document is too large";
        }
        return m;
    }

    private Case toCase(Node root, Path file, Path folder, String id, String sha256) throws CaseFileException {
        Map<String, NodeTuple> fields = mapping(root, "the case file", CASE_KEYS);
        if (fields == null) {
            // The root is not a mapping: no field can be looked for.
            throw new CaseFileException(problems);
        }
        String title = requiredText(fields, "title", root);
        Optional<LocalDate> incident = optionalDate(fields, "incident_date");
        Optional<LocalDate> report = optionalDate(fields, "report_date");
        String language = optionalText(fields, "language").orElse("en");
        if (!LANGUAGE.matcher(language).matches()) {
            problem(fields.get("language").getValueNode(),
                    "language '" + language + "' is not a language code (use e.g. en, fr, ar)");
        }
        Optional<Paper> paper = Optional.empty();
        Optional<String> paperName = optionalText(fields, "paper");
        if (paperName.isPresent()) {
            paper = Paper.named(paperName.get());
            if (paper.isEmpty()) {
                problem(fields.get("paper").getValueNode(),
                        "paper '" + paperName.get() + "' is not known (use a4 or letter)");
            }
        }
        Optional<String> fullTextValue = optionalText(fields, "full_text");
        boolean fullText = fullTextValue.filter("true"::equals).isPresent();
        if (fullTextValue.isPresent() && !List.of("true", "false").contains(fullTextValue.get())) {
            problem(fields.get("full_text").getValueNode(),
                    "full_text '" + fullTextValue.get() + "' is not true or false");
        }
        List<ArticleRef> articles = articles(fields, root);
        List<AliasGroup> aliases = aliases(fields.get("aliases"));
        List<String> boilerplate = textList(fields.get("boilerplate"), "boilerplate");
        if (!problems.isEmpty()) {
            throw new CaseFileException(problems);
        }
        return new Case(file, folder, id, title, incident, report, language, paper, fullText, articles, aliases,
                boilerplate, sha256);
    }

    private List<ArticleRef> articles(Map<String, NodeTuple> fields, Node root) {
        NodeTuple tuple = fields.get("articles");
        if (tuple == null || isNull(tuple.getValueNode())) {
            problem(tuple == null ? root : tuple.getKeyNode(),
                    "'articles' is missing: list at least one article (id and file)");
            return List.of();
        }
        // Past any of these, the entries cannot be read one by one: report it and look no further in.
        if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
            problem(tuple.getValueNode(), "'articles' must be a list of articles, found " + kind(tuple.getValueNode()));
            return List.of();
        }
        if (seq.getValue().isEmpty()) {
            problem(seq, "'articles' is empty: list at least one article");
            return List.of();
        }
        if (seq.getValue().size() > MAX_ARTICLES) {
            problem(seq, "too many articles (" + seq.getValue().size()
                    + "); at most " + MAX_ARTICLES + " fit in one case");
            return List.of();
        }
        List<ArticleRef> out = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (Node entry : seq.getValue()) {
            article(entry, seen).ifPresent(out::add);
        }
        return out;
    }

    /** One article, or empty when it has a mistake (recorded; the next article is checked all the same). */
    private Optional<ArticleRef> article(Node entry, Map<String, Node> seen) {
        int before = problems.size();
        Map<String, NodeTuple> f = mapping(entry, "an article", ARTICLE_KEYS);
        if (f == null) {
            return Optional.empty();
        }
        String id = requiredText(f, "id", entry);
        if (id != null) {
            if (!ArticleRef.ID.matcher(id).matches()) {
                problem(f.get("id").getValueNode(), "article id '" + id
                        + "' may only hold lower-case letters, digits and hyphens (e.g. '"
                        + suggestId(id) + "')");
            }
            Node first = seen.putIfAbsent(id, entry);
            if (first != null) {
                problem(entry, "duplicate article id '" + id
                        + "' (first used at line " + (first.getStartMark().getLine() + 1) + ")");
            }
        }
        String file = requiredText(f, "file", entry);
        ArticleType type = null;
        Path path = null;
        if (file != null) {
            Node fileNode = f.get("file").getValueNode();
            type = ArticleType.ofFileName(file).orElse(null);
            if (type == null) {
                problem(fileNode, "unsupported file type '" + file + "' (use " + ArticleType.supported() + ")");
            } else {
                path = resolveInside(file, fileNode);
            }
        }
        Optional<Timestamp> published = Optional.empty();
        Optional<String> publishedText = optionalText(f, "published");
        if (publishedText.isPresent()) {
            try {
                published = Optional.of(Timestamp.parse(publishedText.get()));
            } catch (DateTimeException e) {
                problem(f.get("published").getValueNode(), "published: " + dateProblem(publishedText.get(), e));
            }
        }
        Optional<String> title = optionalText(f, "title");
        Optional<String> outlet = optionalText(f, "outlet");
        Optional<String> url = optionalText(f, "url");
        Optional<String> author = optionalText(f, "author");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ArticleRef(id, path, file, type, title, outlet, published, url, author, at(entry)));
    }

    /**
     * Resolves an article path and refuses anything that leaves the case folder; null (with the
     * problem recorded) when the path is not usable.
     */
    private Path resolveInside(String file, Node node) {
        SourcePosition where = at(node);
        if (file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) {
            return refuse(where, "'" + file + "' is an absolute path; give the path relative to the case folder");
        }
        Path relative;
        try {
            relative = Path.of(file);
        } catch (InvalidPathException e) {
            return refuse(where, "'" + file + "' is not a valid path: " + e.getReason());
        }
        Path resolved = folder.resolve(relative).normalize();
        if (relative.isAbsolute() || !resolved.startsWith(folder)) {
            return refuse(where, "'" + file + "' leaves the case folder; keep articles inside it (e.g. articles/)");
        }
        if (!Files.exists(resolved)) {
            return refuse(where, "article file '" + file + "' not found in the case folder");
        }
        Path real;
        Path realFolder;
        try {
            real = resolved.toRealPath();
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            return refuse(where, "cannot resolve '" + file + "': " + e.getMessage());
        }
        if (!real.startsWith(realFolder)) {
            return refuse(where, "'" + file
                    + "' is a symbolic link that leaves the case folder; copy the file into it instead");
        }
        if (!Files.isRegularFile(real)) {
            return refuse(where, "'" + file + "' is not a regular file");
        }
        return real;
    }

    private Path refuse(SourcePosition where, String message) {
        problems.add(new CaseProblem(where, message));
        return null;
    }

    private List<AliasGroup> aliases(NodeTuple tuple) {
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof MappingNode map)) {
            problem(tuple.getValueNode(), "'aliases' must map a name to its variants (Name: [variant, ...]), found "
                    + kind(tuple.getValueNode()));
            return List.of();
        }
        List<AliasGroup> out = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String canonical = scalar(t.getKeyNode(), "an alias name");
            if (canonical == null) {
                continue;
            }
            int before = problems.size();
            if (seen.putIfAbsent(canonical, t.getKeyNode()) != null) {
                problem(t.getKeyNode(), "duplicate alias name '" + canonical + "'");
            }
            List<String> variants;
            if (t.getValueNode() instanceof ScalarNode s && !isNull(s)) {
                variants = List.of(s.getValue().strip());
            } else {
                variants = textList(t, "the variants of '" + canonical + "'");
            }
            if (canonical.isBlank()) {
                problem(t.getKeyNode(), "alias name must not be empty");
            }
            if (problems.size() == before) {
                out.add(new AliasGroup(canonical, variants));
            }
        }
        return out;
    }

    private List<String> textList(NodeTuple tuple, String what) {
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
            problem(tuple.getValueNode(), what + " must be a list of texts, found " + kind(tuple.getValueNode()));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            String s = scalar(n, "an entry of " + what);
            if (s == null) {
                continue;
            }
            s = s.strip();
            if (s.isEmpty()) {
                problem(n, "empty entry in " + what);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The fields of a mapping node, recording unknown and repeated keys (the first of a repeated
     * key counts); null, with the problem recorded, when the node is not a mapping.
     *
     * <p>A misspelt key stands for the key it looks like when that key is not there itself:
     * its value is checked all the same, and the key is not reported missing as well, so that
     * one mistake makes one line and the next run finds nothing new behind it.
     */
    private Map<String, NodeTuple> mapping(Node node, String what, List<String> known) {
        if (!(node instanceof MappingNode map)) {
            problem(node, what + " must be a mapping of keys to values, found " + kind(node));
            return null;
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        Map<String, NodeTuple> misspelt = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            String key = scalar(keyNode, "a key");
            if (key == null) {
                continue;
            }
            if (!known.contains(key)) {
                closestKey(key, known).ifPresent(meant -> misspelt.putIfAbsent(meant, t));
                problem(keyNode, "unknown key '" + key + "' in " + what + didYouMean(key, known));
                continue;
            }
            NodeTuple first = out.putIfAbsent(key, t);
            if (first != null) {
                problem(keyNode, "duplicate key '" + key + "' (first at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
            }
        }
        misspelt.forEach(out::putIfAbsent);
        return out;
    }

    static String didYouMean(String key, List<String> known) {
        return closestKey(key, known)
                .map(k -> " (did you mean '" + k + "'?)")
                .orElse(" (known keys: " + String.join(", ", known) + ")");
    }

    private static Optional<String> closestKey(String key, List<String> known) {
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, key.length() / 3));
        String lower = key.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return known.stream()
                .filter(k -> distance.apply(lower, k) >= 0)
                .min(Comparator.comparingInt((String k) -> distance.apply(lower, k)).thenComparing(k -> k));
    }

    /** The stripped text of a required field, or null with the problem recorded. */
    private String requiredText(Map<String, NodeTuple> fields, String key, Node parent) {
        NodeTuple t = fields.get(key);
        if (t == null || isNull(t.getValueNode())) {
            problem(t == null ? parent : t.getKeyNode(), "'" + key + "' is missing");
            return null;
        }
        String value = scalar(t.getValueNode(), "'" + key + "'");
        if (value == null) {
            return null;
        }
        value = value.strip();
        if (value.isEmpty()) {
            problem(t.getValueNode(), "'" + key + "' must not be empty");
            return null;
        }
        return value;
    }

    private Optional<String> optionalText(Map<String, NodeTuple> fields, String key) {
        NodeTuple t = fields.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return Optional.empty();
        }
        String value = scalar(t.getValueNode(), "'" + key + "'");
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private Optional<LocalDate> optionalDate(Map<String, NodeTuple> fields, String key) {
        Optional<String> text = optionalText(fields, key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Node node = fields.get(key).getValueNode();
        Timestamp t;
        try {
            t = Timestamp.parse(text.get());
        } catch (DateTimeException e) {
            problem(node, key + ": " + dateProblem(text.get(), e));
            return Optional.empty();
        }
        if (t.time().isPresent()) {
            problem(node, key + ": '" + text.get() + "' must be a date without time (YYYY-MM-DD)");
            return Optional.empty();
        }
        return Optional.of(t.date());
    }

    private static String dateProblem(String text, DateTimeException e) {
        String m = String.valueOf(e.getMessage());
        return m.startsWith("'") ? m : "'" + text + "' is not a valid date: " + m;
    }

    /** The text of a scalar node, or null with the problem recorded. */
    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            problem(node, what + " must be a text, found " + kind(node));
            return null;
        }
        return s.getValue();
    }

    private void problem(Node node, String message) {
        problems.add(new CaseProblem(at(node), message));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private static String kind(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (isNull(node)) {
            return "nothing";
        }
        return "a text";
    }

    private SourcePosition at(Node node) {
        return at(node.getStartMark());
    }

    private SourcePosition at(Mark mark) {
        if (mark == null) {
            return SourcePosition.of(name);
        }
        return new SourcePosition(name, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String suggestId(String id) {
        String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "article-1" : s;
    }
}
