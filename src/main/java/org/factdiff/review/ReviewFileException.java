package org.factdiff.review;

import java.util.List;
import org.factdiff.base.InputException;
import org.factdiff.casefile.CaseProblem;

/**
 * A reviews file that cannot be used as it is: every mistake found, in line order, each naming
 * file, line and column, as for the case file.
 */
public final class ReviewFileException extends InputException {
    private static final long serialVersionUID = 1L;

    /** Most problems listed; a file wrong throughout gets a count of the rest. */
    static final int MAX_LISTED = 20;

    private final List<CaseProblem> problems;

    ReviewFileException(List<CaseProblem> problems) {
        super(sorted(problems).get(0).toString());
        this.problems = sorted(problems);
    }

    private static List<CaseProblem> sorted(List<CaseProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a reviews file exception needs at least one problem");
        }
        return problems.stream().sorted(CaseProblem.IN_LINE_ORDER).toList();
    }

    /** Every problem found, in line then column order. */
    public List<CaseProblem> problems() {
        return problems;
    }

    @Override
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        problems.stream().limit(MAX_LISTED).forEach(p -> out.add(oneLine(p.toString())));
        int more = problems.size() - out.size();
        if (more > 0) {
            out.add(problems.get(0).at().file() + ": ... and " + more + " more problems (fix these and run again)");
        }
        return List.copyOf(out);
    }
}
