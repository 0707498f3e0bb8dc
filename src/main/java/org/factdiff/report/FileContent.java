package org.factdiff.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One output file's content, written to a stream: bytes already made, or a file written as it
 * is made (findings.json of a case of thousands of articles is hundreds of megabytes, and is
 * never held in memory whole).
 */
@FunctionalInterface
public interface FileContent {
    /** Writes the whole content; the same bytes every time. */
    void writeTo(OutputStream out) throws IOException;

    /** Content already in memory (not copied: the caller leaves the array alone). */
    static FileContent of(byte[] bytes) {
        java.util.Objects.requireNonNull(bytes, "bytes");
        return out -> out.write(bytes);
    }

    /**
     * A template's error met while a file is written as it is made: carried through the writing
     * as an {@link IOException}, and reported as the template error it is.
     */
    final class TemplateFailure extends IOException {
        private static final long serialVersionUID = 1L;

        public TemplateFailure(TemplateException cause) {
            super(cause.getMessage(), cause);
        }

        /** The template's error. */
        public TemplateException template() {
            return (TemplateException) getCause();
        }
    }
}
