package org.factdiff.ingest;

/** Extracts the readable text of one kind of article file; cleaning comes after. */
public interface ArticleReader {
    /**
     * The article's text, lines separated by {@code \n}, before whitespace normalisation.
     *
     * @param bytes the file's content
     * @param name  the file name as written in the case file, for messages
     * @throws IngestException when the bytes are not such a file
     */
    String read(byte[] bytes, String name) throws IngestException;
}
