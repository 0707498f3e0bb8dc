package org.factdiff.ingest;

/** Shortens library exception texts for one-line messages. */
final class InputMessages {
    private static final int MAX = 120;

    private InputMessages() {
    }

    static String brief(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > MAX ? m.substring(0, MAX) + "..." : m;
    }
}
