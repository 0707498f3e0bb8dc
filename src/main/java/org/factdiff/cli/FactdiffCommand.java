package org.factdiff.cli;

import java.io.PrintWriter;
import org.factdiff.base.InputException;
import org.factdiff.base.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; the work happens in its subcommands. */
@Command(name = "factdiff",
        mixinStandardHelpOptions = true,
        versionProvider = FactdiffCommand.VersionProvider.class,
        description = "Compares news articles about one incident: agreements, contradictions, reused text.",
        subcommands = {ReportCommand.class, CheckCommand.class, ReviewCommand.class, DiffCommand.class,
                InitCommand.class, StaleCommand.class, TextconvCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 internal error, 2 bad input or usage."})
public final class FactdiffCommand implements Runnable {
    /** Exit status for a mistake in the input or the command line. */
    public static final int EXIT_INPUT = 2;
    /** Exit status for a fault of the tool itself. */
    public static final int EXIT_INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: report, check, review, diff, init or help");
    }

    /** A configured command line: one-line errors, exit codes as documented. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FactdiffCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(FactdiffCommand::usageError);
        cl.setExecutionExceptionHandler(FactdiffCommand::executionError);
        cl.setExitCodeExceptionMapper(e -> e instanceof InputException ? EXIT_INPUT : EXIT_INTERNAL);
        return cl;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("factdiff: " + e.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return EXIT_INPUT;
    }

    private static int executionError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof InputException input) {
            for (String line : input.lines()) {
                err.println("factdiff: error: " + line);
            }
            err.flush();
            return EXIT_INPUT;
        }
        err.println("factdiff: internal error: " + e + " (please report it with the case that caused it)");
        e.printStackTrace(err);
        err.flush();
        return EXIT_INTERNAL;
    }

    /** The version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.NAME + " " + Version.VERSION};
        }
    }
}
