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

    /**
     * What the file itself states about the article (title, author, outlet, date, address),
     * each with its source; unknown where it states nothing. Never fails.
     *
     * @param cleanText the article's clean text, for readers that look at its first lines
     */
    default Metadata found(byte[] bytes, String cleanText) {
        return TextMetadata.fromTop(cleanText);
    }
}
