package org.factdiff.ingest;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.factdiff.base.Cache;
import org.factdiff.casefile.Timestamp;

/**
 * What reading one file gives, before the case file's metadata is laid over it: the clean
 * text and what the file itself states. This is what the cache keeps per file, so that the
 * case file's entry (id, title, date) can change without the file being read again.
 *
 * @param text  the clean text
 * @param found the metadata the file states ({@link ArticleReader#found})
 */
record Extraction(String text, Metadata found) {
    Extraction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(found, "found");
    }

    static void write(Extraction e, DataOutput out) throws IOException {
        Cache.writeText(out, e.text);
        Metadata m = e.found;
        writeText(out, m.title());
        writeText(out, m.author());
        writeText(out, m.outlet());
        Field<Timestamp> published = m.published();
        out.writeBoolean(published.value().isPresent());
        if (published.value().isPresent()) {
            Timestamp t = published.value().get();
            Cache.writeText(out, t.date().toString());
            out.writeInt(t.time().map(LocalTime::toSecondOfDay).orElse(-1));
            out.writeBoolean(t.offset().isPresent());
            out.writeInt(t.offset().map(ZoneOffset::getTotalSeconds).orElse(0));
            Cache.writeText(out, published.source());
        }
        writeText(out, m.url());
    }

    static Extraction read(DataInput in) throws IOException {
        String text = Cache.readText(in);
        Field<String> title = readText(in);
        Field<String> author = readText(in);
        Field<String> outlet = readText(in);
        Field<Timestamp> published = Field.unknown();
        if (in.readBoolean()) {
            LocalDate date = LocalDate.parse(Cache.readText(in));
            int second = in.readInt();
            boolean hasOffset = in.readBoolean();
            int offset = in.readInt();
            Timestamp t = new Timestamp(date, second < 0 ? Optional.empty() : Optional.of(LocalTime.ofSecondOfDay(second)),
                    hasOffset ? Optional.of(ZoneOffset.ofTotalSeconds(offset)) : Optional.empty());
            published = new Field<>(Optional.of(t), Cache.readText(in));
        }
        Field<String> url = readText(in);
        return new Extraction(text, new Metadata(title, author, outlet, published, url));
    }

    private static void writeText(DataOutput out, Field<String> f) throws IOException {
        out.writeBoolean(f.value().isPresent());
        if (f.value().isPresent()) {
            Cache.writeText(out, f.value().get());
            Cache.writeText(out, f.source());
        }
    }

    private static Field<String> readText(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return Field.unknown();
        }
        String value = Cache.readText(in);
        return new Field<>(Optional.of(value), Cache.readText(in));
    }
}
