package org.factdiff.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 16, point 3: what a run that runs out of memory or stack says, from what it was doing. */
class ActivityTest {
    @AfterEach
    void forget() {
        Activity.reset();
    }

    @Test
    void aTrackingProgressNotesEachStageAndPassesItOn() {
        List<String> heard = new ArrayList<>();
        Progress p = Activity.tracking((stage, detail) -> heard.add(stage + ":" + detail));
        p.stage("claims", "extracting claims");
        assertEquals("claims", Activity.stage());
        assertEquals(List.of("claims:extracting claims"), heard);
    }

    @Test
    void anArticleIsNotedUntilItsHandleIsClosedAndTheOuterOneComesBack() {
        try (Activity.Handle outer = Activity.article("harbour-gazette")) {
            try (Activity.Handle inner = Activity.article("harbour-courier")) {
                assertEquals(List.of("harbour-courier"), Activity.articles());
            }
            assertEquals(List.of("harbour-gazette"), Activity.articles());
        }
        assertEquals(List.of(), Activity.articles());
    }

    @Test
    void theLineNamesTheStageTheArticlesAndWhatToDo() throws Exception {
        Activity.stage("ingest");
        try (Activity.Handle h = Activity.article("bomb-pdf")) {
            String line = Activity.exhausted(new OutOfMemoryError("Java heap space"));
            assertEquals("factdiff: out of memory in the ingest stage while working on article bomb-pdf; no report file "
                    + "was changed. Give Java more memory (java -Xmx4g -jar target/factdiff.jar ...) or split the case, "
                    + "and please report the input that caused it.", line);
            String deep = Activity.exhausted(new StackOverflowError());
            assertTrue(deep.startsWith("factdiff: out of stack (the input nests too deep) in the ingest stage while "
                    + "working on article bomb-pdf;"), deep);
            assertTrue(deep.contains("-Xss16m"), deep);
        }
        // Articles on other threads are named too, sorted, at most three.
        CountDownLatch holding = new CountDownLatch(4);
        CountDownLatch done = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (String id : List.of("d", "b", "a", "c")) {
            Thread t = new Thread(() -> {
                try (Activity.Handle h = Activity.article(id)) {
                    holding.countDown();
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(t);
            t.start();
        }
        holding.await();
        Activity.stage("text");
        assertTrue(Activity.exhausted(new OutOfMemoryError()).contains("in the text stage while working on articles a, b, c and 1 more;"));
        done.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), Activity.articles());
    }
}
