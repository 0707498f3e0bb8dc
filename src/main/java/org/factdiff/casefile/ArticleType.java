package org.factdiff.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of article file factdiff reads, told apart by file extension. */
public enum ArticleType {
    TEXT("txt"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm", "xhtml"),
    MHTML("mhtml", "mht"),
    PDF("pdf");

    private final String[] extensions;

    ArticleType(String... extensions) {
        this.extensions = extensions;
    }

    /** The type for a file name, by its extension (case-insensitive). */
    public static Optional<ArticleType> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || name.lastIndexOf('/') > dot) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ArticleType t : values()) {
            for (String e : t.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** ".txt, .md, .markdown, ..." for messages. */
    public static String supported() {
        return Arrays.stream(values())
                .flatMap(t -> Arrays.stream(t.extensions))
                .map(e -> "." + e)
                .collect(Collectors.joining(", "));
    }
}
