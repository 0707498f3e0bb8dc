package org.factdiff.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.factdiff.casefile.Case;
import org.factdiff.casefile.Timestamp;
import org.factdiff.ingest.Article;

/**
 * The date a report carries, and where it came from: the case file's {@code report_date},
 * else {@code SOURCE_DATE_EPOCH}, else the latest publication date among the articles.
 * Never the clock, so that a report can be rebuilt byte for byte.
 */
public record ReportDate(LocalDate date, String source) {
    public ReportDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }

    /** Empty only when no source gives a date. */
    public static Optional<ReportDate> resolve(Case c, List<Article> articles, OptionalLong sourceDateEpoch) {
        if (c.reportDate().isPresent()) {
            return Optional.of(new ReportDate(c.reportDate().get(), "report_date in the case file"));
        }
        if (sourceDateEpoch.isPresent()) {
            LocalDate d = Instant.ofEpochSecond(sourceDateEpoch.getAsLong()).atZone(ZoneOffset.UTC).toLocalDate();
            return Optional.of(new ReportDate(d, "SOURCE_DATE_EPOCH"));
        }
        return articles.stream()
                .map(a -> a.published())
                .flatMap(Optional::stream)
                .max(Timestamp::compareTo)
                .map(t -> new ReportDate(t.utcDate(), "latest publication date of the articles"));
    }
}
