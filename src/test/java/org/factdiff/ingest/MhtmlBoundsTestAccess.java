package org.factdiff.ingest;

/** Lets tests of other packages make the MHTML files of {@link MhtmlBoundsTest}. */
public final class MhtmlBoundsTestAccess {
    private MhtmlBoundsTestAccess() {
    }

    public static byte[] mhtml(String encoding, long decoded) {
        return MhtmlBoundsTest.mhtml(encoding, decoded);
    }
}
