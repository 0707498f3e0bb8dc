package org.factdiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.factdiff.base.Version;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.Timestamp;
import org.factdiff.ingest.Article;

/** Maps an {@link Analysis} to the {@link ReportModel} the templates read. */
final class ModelBuilder {
    static final String UNKNOWN = "unknown";
    /** Hex digits of a hash shown where space is short; the full hash is in "Reproducibility". */
    static final int SHORT_HASH = 12;

    /** Articles as the report lists them: by publication (unknown last), then by id. */
    static final Comparator<Article> READING_ORDER = Comparator
            .comparing((Article a) -> a.published().orElse(null), Comparator.nullsLast(Timestamp::compareTo))
            .thenComparing(Article::id);

    private final Analysis analysis;
    private final ReportSettings settings;

    ModelBuilder(Analysis analysis, ReportSettings settings) {
        this.analysis = analysis;
        this.settings = settings;
    }

    ReportModel build() {
        Case c = analysis.source();
        List<Article> ordered = analysis.articles().stream().sorted(READING_ORDER).toList();
        ReportModel.Meta meta = new ReportModel.Meta(Version.NAME, Version.VERSION, c.language(), false,
                settings.paper().name().toLowerCase(Locale.ROOT), settings.paper().cssSize(), settings.fullText());
        int totalWords = analysis.articles().stream().mapToInt(Article::words).sum();
        ReportModel.CaseInfo info = new ReportModel.CaseInfo(c.id(), c.title(),
                c.incidentDate().map(Object::toString).orElse(UNKNOWN),
                settings.date().map(d -> d.date().toString()).orElse(UNKNOWN),
                settings.date().map(ReportDate::source).orElse("no date given"),
                analysis.articles().size(), integer(totalWords));
        // Dismissed findings leave the main sections for the appendix "Dismissed on review".
        Analysis shown = analysis.shown();
        ReuseSection reuse = new ReuseSection(shown, ordered);
        FindingsSection findings = new FindingsSection(shown, ordered);
        SummarySection summary = new SummarySection(shown, ordered);
        ReportModel.Reviewing review = new ReviewSection(analysis).build();
        return new ReportModel(meta, info, sections(shown, review), summary.build(), sources(ordered), findings.build(),
                reuse.build(), appendix(ordered, reuse, findings), reproducibility(c), review);
    }

    private List<ReportModel.Section> sections(Analysis shown, ReportModel.Reviewing review) {
        List<ReportModel.Section> s = new ArrayList<>();
        var c = shown.comparison();
        s.add(new ReportModel.Section("summary", ""));
        s.add(new ReportModel.Section("contradictions",
                integer(c.contradictions().stream().filter(x -> !x.explainedAway()).count())));
        s.add(new ReportModel.Section("altered-quotes", integer(c.alteredQuotes().size())));
        s.add(new ReportModel.Section("agreements", integer(c.agreements().size())));
        s.add(new ReportModel.Section("single-source", integer(c.singleSource().size())));
        s.add(new ReportModel.Section("facts", ""));
        s.add(new ReportModel.Section("reuse", integer(shown.reuse().pairs().size())));
        if (!review.dismissed().isEmpty() || !review.orphaned().isEmpty()) {
            s.add(new ReportModel.Section("dismissed", integer(review.dismissed().size())));
        }
        s.add(new ReportModel.Section("sources", integer(analysis.articles().size())));
        s.add(new ReportModel.Section("articles", integer(analysis.articles().size())));
        s.add(new ReportModel.Section("reproducibility", ""));
        return s;
    }

    private List<ReportModel.Source> sources(List<Article> ordered) {
        List<ReportModel.Source> rows = new ArrayList<>();
        for (Article a : ordered) {
            String url = a.url().orElse("");
            rows.add(new ReportModel.Source(a.id(), anchor(a.id()),
                    a.outlet().orElse(UNKNOWN),
                    a.published().map(Timestamp::label).orElse(UNKNOWN),
                    a.title().orElse(""),
                    a.author().orElse(UNKNOWN),
                    url, isWebLink(url), a.ref().file(),
                    a.ref().type().name().toLowerCase(Locale.ROOT),
                    integer(a.words()), a.sha256(), a.sha256().substring(0, SHORT_HASH),
                    a.metadata().outlet().provenance(), a.metadata().published().provenance(),
                    a.metadata().title().provenance(), a.metadata().author().provenance(),
                    a.metadata().url().provenance()));
        }
        return rows;
    }

    private List<ReportModel.ArticleText> appendix(List<Article> ordered, ReuseSection reuse, FindingsSection findings) {
        List<ReportModel.ArticleText> out = new ArrayList<>();
        for (Article a : ordered) {
            out.add(new ReportModel.ArticleText(a.id(), anchor(a.id()),
                    a.outlet().orElse(UNKNOWN), a.title().orElse(""),
                    TextMarkup.paragraphs(a.text(), marks(a.id(), reuse, findings))));
        }
        return out;
    }

    private static List<TextMarkup.Mark> marks(String article, ReuseSection reuse, FindingsSection findings) {
        List<TextMarkup.Mark> marks = new ArrayList<>(findings.marks(article));
        marks.addAll(reuse.marks(article));
        marks.sort(Comparator.comparingInt(TextMarkup.Mark::start).thenComparingInt(TextMarkup.Mark::end)
                .thenComparing(TextMarkup.Mark::anchor));
        return marks;
    }

    private ReportModel.Reproducibility reproducibility(Case c) {
        List<ReportModel.Input> inputs = new ArrayList<>();
        inputs.add(new ReportModel.Input(RecordedInputs.CASE_FILE, c.sha256(), "case"));
        analysis.articles().stream()
                .sorted(Comparator.comparing((Article a) -> a.ref().file()).thenComparing(Article::id))
                .forEach(a -> inputs.add(new ReportModel.Input(a.ref().file(), a.sha256(), "article")));
        analysis.reviews().sha256().ifPresent(sha -> inputs.add(new ReportModel.Input(RecordedInputs.REVIEWS_FILE, sha, "reviews")));
        settings.templates().forEach((file, sha) -> inputs.add(new ReportModel.Input(file, sha, "template")));
        // The command as the user gave it; made otherwise (tests, bench), the repository's own
        // form, which names only the case folder so that the report does not depend on where
        // the repository lies.
        List<String> given = settings.command().isEmpty()
                ? List.of("report", "inputs/" + c.id() + "/case.yaml") : settings.command();
        String command = "java -jar target/factdiff.jar " + String.join(" ", given.stream().map(ModelBuilder::shellWord).toList());
        // "make report" runs exactly "report inputs/<case>/case.yaml" (and -o, which is left out).
        boolean byMake = given.equals(List.of("report", "inputs/" + c.id() + "/case.yaml"));
        return new ReportModel.Reproducibility(command, byMake ? "make report CASE=" + c.id() : "",
                Version.NAME + " " + Version.VERSION, inputs);
    }

    /** A word of a shell command, quoted when it holds anything but letters, digits and ./_-,=:. */
    static String shellWord(String word) {
        return word.matches("[A-Za-z0-9./_,=:-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** The id of an article's place in the appendix. */
    static String anchor(String articleId) {
        return "article-" + articleId;
    }

    /** Only plain web links become clickable; anything else (javascript:, file:, data:) stays text. */
    static boolean isWebLink(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return (u.startsWith("https://") || u.startsWith("http://")) && !u.contains(" ") && !u.contains("\"");
    }

    static String integer(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
