package org.factdiff.base;

/** Hears of each pipeline stage as it starts; the command line shows it on a terminal. */
@FunctionalInterface
public interface Progress {
    /** A progress that says nothing. */
    Progress QUIET = (stage, detail) -> { };

    void stage(String stage, String detail);
}
