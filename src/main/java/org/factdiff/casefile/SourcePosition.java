package org.factdiff.casefile;

import java.util.Objects;

/**
 * A place in a text file that a message can point at: 1-based line and column, as editors
 * count them. Line 0 means the position is not known beyond the file.
 */
public record SourcePosition(String file, int line, int column) {
    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /** A position that names only the file. */
    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
