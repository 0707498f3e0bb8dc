package org.factdiff.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, point 2: reviews.yaml is read like the case file and written sorted, whole, in place. */
class ReviewFileTest {
    static final String FILE = "cases/flood/reviews.yaml";

    @TempDir
    Path dir;

    static Reviews parse(String yaml) throws ReviewFileException {
        return ReviewFile.parse(yaml.getBytes(StandardCharsets.UTF_8), FILE);
    }

    static String error(String yaml) {
        ReviewFileException e = assertThrows(ReviewFileException.class, () -> parse(yaml));
        return e.getMessage();
    }

    @Test
    void aHandWrittenFileIsReadWithEveryField() throws Exception {
        Reviews r = parse("""
                x-00000000ff:
                  status: dismissed
                  note: Two different bridges, both called North Bridge.
                  by: A. Reviewer
                  date: 2026-03-04
                a-0123456789:
                  status: confirmed
                  rating: mostly-true
                s-abcdefabcd: {status: needs-check}
                """);
        assertEquals(List.of("a-0123456789", "s-abcdefabcd", "x-00000000ff"),
                r.entries().stream().map(Review::finding).toList(), "sorted by id, whatever the file's order");
        Review dismissed = r.of("x-00000000ff").orElseThrow();
        assertEquals(ReviewStatus.DISMISSED, dismissed.status());
        assertEquals(Optional.of("Two different bridges, both called North Bridge."), dismissed.note());
        assertEquals(Optional.of("A. Reviewer"), dismissed.by());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), dismissed.date());
        assertEquals(Optional.of(Rating.MOSTLY_TRUE), r.of("a-0123456789").orElseThrow().rating());
        assertEquals(Optional.empty(), r.of("x-1111111111"));
        assertEquals(Optional.of(FILE), r.file());
        assertTrue(r.sha256().isPresent());
    }

    @Test
    void unquotedTrueAndFalseAreRatingsNotBooleans() throws Exception {
        Reviews r = parse("s-0000000001:\n  status: confirmed\n  rating: false\ns-0000000002:\n  status: confirmed\n  rating: true\n");
        assertEquals(Optional.of(Rating.FALSE), r.of("s-0000000001").orElseThrow().rating());
        assertEquals(Optional.of(Rating.TRUE), r.of("s-0000000002").orElseThrow().rating());
    }

    @Test
    void anEmptyFileHoldsNoReview() throws Exception {
        assertTrue(parse("").isEmpty());
        assertTrue(parse("# nothing reviewed yet\n").isEmpty());
    }

    @Test
    void mistakesAreNamedWithLineAndColumn() {
        assertEquals(FILE + ":2:3: unknown field 'stauts' in the review of x-0000000001 (did you mean 'status'?) "
                + "(fields: status, note, by, date, rating)", error("x-0000000001:\n  stauts: confirmed\n  status: confirmed\n"));
        assertEquals(FILE + ":2:11: 'status' must be confirmed, dismissed, needs-check, not 'rejected'",
                error("x-0000000001:\n  status: rejected\n"));
        assertEquals(FILE + ":3:9: 'date' must be a date as YYYY-MM-DD, not '4 March'",
                error("x-0000000001:\n  status: confirmed\n  date: 4 March\n"));
        assertTrue(error("x-0000000001:\n  status: confirmed\n  rating: false\n")
                .startsWith(FILE + ":3:11: a rating judges one claim"), "a contradiction is not one claim");
        assertTrue(error("x-0000000001:\n  status: confirmed\n  rating: wrong\n").contains("'rating' must be true, mostly-true"));
        assertEquals(FILE + ":3:1: a second review of x-0000000001 (the first is at line 1); keep one",
                error("x-0000000001:\n  status: confirmed\nx-0000000001:\n  status: dismissed\n"));
        assertTrue(error("X-1:\n  status: confirmed\n").startsWith(FILE + ":1:1: 'X-1' is not a finding id"));
        assertTrue(error("x-0000000001:\n  note: no status\n").startsWith(FILE + ":1:1: the review of x-0000000001 has no 'status'"));
        assertTrue(error("- x-0000000001\n").startsWith(FILE + ":1:1: a reviews file maps finding ids to reviews"));
        assertTrue(error("x-0000000001: confirmed\n").startsWith(FILE + ":1:15: the review of x-0000000001 needs indented fields"));
        assertTrue(error("x-0000000001:\n  status: [confirmed]\n").startsWith(FILE + ":2:11: 'status' must be a single value"));
        assertTrue(error("x-0000000001:\n  status: \"confirmed\n").startsWith(FILE + ":"), "malformed YAML names a place");
    }

    @Test
    void everyMistakeOfAFileIsListedInLineOrder() {
        ReviewFileException e = assertThrows(ReviewFileException.class, () -> parse(
                "x-0000000002:\n  status: nope\nx-0000000001:\n  status: confirmed\n  dat: 2026-01-01\n"));
        assertEquals(2, e.lines().size());
        assertTrue(e.lines().get(0).startsWith(FILE + ":2:"));
        assertTrue(e.lines().get(1).startsWith(FILE + ":5:"));
    }

    @Test
    void aFileOfAnotherEncodingOrTooLargeIsRefused() {
        assertThrows(ReviewFileException.class, () -> ReviewFile.parse(new byte[] {(byte) 0xff, (byte) 0xfe, 'x'}, FILE));
        assertThrows(ReviewFileException.class, () -> ReviewFile.parse(new byte[ReviewFile.MAX_BYTES + 1], FILE));
    }

    @Test
    void writtenReviewsReadBackTheSameAndTheBytesDoNotDependOnTheOrderOfDecisions() throws Exception {
        Review one = new Review("q-00000000aa", ReviewStatus.CONFIRMED, Optional.of("Said \"twice\",\nback\\slash\ttab"),
                Optional.of("Ré Viewer"), Optional.of(LocalDate.of(2026, 1, 2)), Optional.of(Rating.MISLEADING));
        Review two = new Review("p-00000000bb", ReviewStatus.DISMISSED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        String a = ReviewFile.format(Reviews.NONE.with(one).with(two));
        String b = ReviewFile.format(Reviews.NONE.with(two).with(one));
        assertEquals(a, b);
        Reviews back = parse(a);
        assertEquals(List.of(two, one), back.entries());
    }

    @Test
    void aNewDecisionOnAFindingReplacesTheOldOne() {
        Review first = new Review("a-0000000001", ReviewStatus.NEEDS_CHECK, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        Review second = new Review("a-0000000001", ReviewStatus.CONFIRMED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertEquals(List.of(second), Reviews.NONE.with(first).with(second).entries());
    }

    @Test
    void writingReplacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve(ReviewFile.NAME);
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        Review r = new Review("s-0000000001", ReviewStatus.CONFIRMED, Optional.of("Checked."), Optional.empty(),
                Optional.empty(), Optional.empty());
        ReviewFile.write(file, Reviews.NONE.with(r));
        assertEquals(List.of(r), ReviewFile.load(file, FILE).entries());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "the file keeps its mode");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        Path fresh = dir.resolve("sub/" + ReviewFile.NAME);
        Files.createDirectories(fresh.getParent());
        ReviewFile.write(fresh, Reviews.NONE.with(r));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void aCaseWithoutAReviewsFileHasNoReviews() throws Exception {
        assertEquals(Reviews.NONE, ReviewFile.forCase(dir.resolve("case.yaml")));
        assertFalse(Files.exists(dir.resolve(ReviewFile.NAME)));
    }

    @Test
    void aRatingBelongsToAClaim() {
        assertThrows(IllegalArgumentException.class, () -> new Review("r-0000000001", ReviewStatus.CONFIRMED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Rating.FALSE)));
        assertThrows(IllegalArgumentException.class, () -> new Review("not-an-id", ReviewStatus.CONFIRMED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
