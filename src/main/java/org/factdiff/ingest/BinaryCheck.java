package org.factdiff.ingest;

/** Refuses bytes that decode to something no one wrote as text (images, archives, executables). */
final class BinaryCheck {
    /** Share of control characters above which a "text" is taken for binary data. */
    static final double MAX_CONTROL_SHARE = 0.01;
    /** How much of the start of a file is looked at. */
    static final int SAMPLE_CHARS = 65_536;

    private BinaryCheck() {
    }

    static void requireText(String text, String name) throws IngestException {
        int sample = Math.min(text.length(), SAMPLE_CHARS);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                nul++;
            } else if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (nul > 0 || control > sample * MAX_CONTROL_SHARE) {
            throw new IngestException(name + ": looks like a binary file, not text; "
                    + "give the article as .txt, .md, .html or .pdf");
        }
    }
}
