package org.factdiff.base;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the run is doing: the stage, and the articles being worked on, by thread. Read only when
 * a run dies of an error that the stages cannot report themselves (out of memory, out of
 * stack), so that the one line the user gets names the stage and the article that did it.
 *
 * <p>Kept in static state because such an error unwinds every stack that held it; cheap to keep
 * (a field write per stage, a map entry per article and thread), and never read into a report.
 */
public final class Activity {
    private static volatile String stage = "start";
    private static final ConcurrentHashMap<Thread, String> ARTICLES = new ConcurrentHashMap<>();

    private Activity() {
    }

    /** The stage the run is in now. */
    public static String stage() {
        return stage;
    }

    /** Notes that the run entered a stage. */
    public static void stage(String name) {
        stage = Objects.requireNonNull(name, "name");
    }

    /** A progress that notes each stage here, then tells {@code next}. */
    public static Progress tracking(Progress next) {
        Objects.requireNonNull(next, "next");
        return (name, detail) -> {
            stage(name);
            next.stage(name, detail);
        };
    }

    /** The articles some thread is working on now, sorted. */
    public static List<String> articles() {
        return ARTICLES.values().stream().distinct().sorted().toList();
    }

    /**
     * Notes that this thread works on an article until the returned handle is closed (use it in
     * try-with-resources); the article this thread worked on before is noted again then.
     */
    public static Handle article(String id) {
        Thread t = Thread.currentThread();
        String before = ARTICLES.put(t, Objects.requireNonNull(id, "id"));
        return () -> {
            if (before == null) {
                ARTICLES.remove(t);
            } else {
                ARTICLES.put(t, before);
            }
        };
    }

    /** Ends the work on an article; closing throws nothing. */
    @FunctionalInterface
    public interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The one line a run that ran out of memory or stack prints: what happened, in which stage,
     * on which articles, and what the user can do.
     */
    public static String exhausted(Throwable error) {
        boolean memory = error instanceof OutOfMemoryError;
        List<String> articles = articles();
        StringBuilder line = new StringBuilder("factdiff: ");
        line.append(memory ? "out of memory" : "out of stack (the input nests too deep)");
        line.append(" in the ").append(stage).append(" stage");
        if (!articles.isEmpty()) {
            int shown = Math.min(articles.size(), 3);
            line.append(" while working on ").append(articles.size() == 1 ? "article " : "articles ")
                    .append(String.join(", ", articles.subList(0, shown)));
            if (articles.size() > shown) {
                line.append(" and ").append(articles.size() - shown).append(" more");
            }
        }
        line.append("; no report file was changed. ");
        line.append(memory ? "Give Java more memory (java -Xmx4g -jar target/factdiff.jar ...) or split the case"
                : "Give Java more stack (java -Xss16m -jar target/factdiff.jar ...) or remove that article");
        line.append(", and please report the input that caused it.");
        return line.toString();
    }

    /** Forgets the articles in progress (for tests, and for a run that starts in a used JVM). */
    public static void reset() {
        ARTICLES.clear();
        stage = "start";
    }
}
