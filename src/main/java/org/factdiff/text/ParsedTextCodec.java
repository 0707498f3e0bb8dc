package org.factdiff.text;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.factdiff.base.Cache;

/**
 * A parsed text as bytes, for the cache: its sentences and tokens, field by field; the clean
 * text itself and the article id are not written, they are the key and the caller's.
 */
final class ParsedTextCodec {
    private ParsedTextCodec() {
    }

    static void write(ParsedText t, DataOutput out) throws IOException {
        out.writeInt(t.words());
        out.writeInt(t.sentences().size());
        for (Sentence s : t.sentences()) {
            out.writeInt(s.index());
            out.writeInt(s.start());
            out.writeInt(s.end());
        }
        out.writeInt(t.tokens().size());
        for (Token k : t.tokens()) {
            out.writeInt(k.start());
            out.writeInt(k.end());
            Cache.writeText(out, k.exact());
            Cache.writeText(out, k.norm());
            out.writeBoolean(k.content());
            out.writeInt(k.words());
            out.writeInt(k.sentence());
        }
    }

    /** The parsed text of {@code text}, as article {@code id}, from bytes {@link #write} wrote for that text. */
    static ParsedText read(String id, String text, DataInput in) throws IOException {
        int words = in.readInt();
        int n = count(in);
        List<Sentence> sentences = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sentences.add(new Sentence(in.readInt(), in.readInt(), in.readInt()));
        }
        int m = count(in);
        List<Token> tokens = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            tokens.add(new Token(in.readInt(), in.readInt(), Cache.readText(in), Cache.readText(in), in.readBoolean(),
                    in.readInt(), in.readInt()));
        }
        return new ParsedText(id, text, sentences, tokens, words);
    }

    private static int count(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative count " + n);
        }
        return n;
    }
}
