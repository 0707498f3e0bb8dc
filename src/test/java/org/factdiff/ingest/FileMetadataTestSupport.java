package org.factdiff.ingest;

/** Test pages shared with tests of other packages. */
public final class FileMetadataTestSupport {
    public static final String PAGE = FileMetadataTest.PAGE;

    private FileMetadataTestSupport() {
    }

    public static byte[] pdf() throws Exception {
        return FileMetadataTest.pdf();
    }
}
