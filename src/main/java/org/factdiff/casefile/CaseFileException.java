package org.factdiff.casefile;

import java.util.ArrayList;
import java.util.List;
import org.factdiff.base.InputException;

/**
 * A case file that cannot be used as it is: every mistake found, in line order, each naming
 * file, line and column. The message is the first of them; {@link #lines()} gives them all.
 */
public final class CaseFileException extends InputException {
    private static final long serialVersionUID = 1L;

    private final List<CaseProblem> problems;

    CaseFileException(SourcePosition at, String message) {
        this(List.of(new CaseProblem(at, message)));
    }

    /** @param problems at least one, in any order */
    CaseFileException(List<CaseProblem> problems) {
        super(sorted(problems).get(0).toString());
        this.problems = sorted(problems);
    }

    private static List<CaseProblem> sorted(List<CaseProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a case file exception needs at least one problem");
        }
        // A stable sort: problems at one position keep the order they were found in.
        return problems.stream().sorted(CaseProblem.IN_LINE_ORDER).toList();
    }

    /** Every problem found, in line then column order. */
    public List<CaseProblem> problems() {
        return problems;
    }

    /**
     * One line per problem, at most {@link CaseFile#MAX_REPORTED_PROBLEMS}, then a line saying
     * how many more there are, so a file broken throughout does not flood the terminal.
     */
    @Override
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (CaseProblem p : problems.subList(0, Math.min(problems.size(), CaseFile.MAX_REPORTED_PROBLEMS))) {
            out.add(oneLine(p.toString()));
        }
        int more = problems.size() - out.size();
        if (more > 0) {
            out.add(problems.get(0).at().file() + ": ... and " + more + " more problem" + (more == 1 ? "" : "s")
                    + " (only the first " + CaseFile.MAX_REPORTED_PROBLEMS + " are listed; fix these and run again)");
        }
        return List.copyOf(out);
    }
}
