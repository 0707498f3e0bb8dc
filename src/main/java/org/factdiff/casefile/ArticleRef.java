package org.factdiff.casefile;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One article as the case file lists it: its id, where its file is, and the metadata the
 * fact-checker wrote down. Unknown metadata is empty, never guessed.
 *
 * @param id        unique within the case, {@code [a-z0-9-]+}
 * @param path      the file, resolved and checked to lie inside the case folder (never emitted)
 * @param file      the path as written in the case file, relative to the case folder
 * @param type      the kind of file, from its extension
 * @param position  where the entry starts in the case file, for messages
 */
public record ArticleRef(
        String id,
        Path path,
        String file,
        ArticleType type,
        Optional<String> title,
        Optional<String> outlet,
        Optional<Timestamp> published,
        Optional<String> url,
        Optional<String> author,
        SourcePosition position) {

    /** What an article id may look like: lower-case letters, digits and hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    public ArticleRef {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("article id must match " + ID + ": '" + id + "'");
        }
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(position, "position");
    }

    /**
     * The file as a user finds it from where they ran the tool: the case file's folder as they
     * named it, then the path written in the case ("inputs/x/articles/a.txt"). For messages.
     */
    public String shownFile() {
        Path folder = Path.of(position.file()).getParent();
        return folder == null ? file : folder.resolve(file).normalize().toString();
    }
}
