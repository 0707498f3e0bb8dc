package org.factdiff.ingest;

/** Plain text files: only decoding. */
public final class PlainTextReader implements ArticleReader {
    @Override
    public String read(byte[] bytes, String name) throws IngestException {
        String text = TextDecoder.decode(bytes);
        BinaryCheck.requireText(text, name);
        return text;
    }
}
