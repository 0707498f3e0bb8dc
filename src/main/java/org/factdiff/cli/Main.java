package org.factdiff.cli;

/** Entry point of {@code java -jar factdiff.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Libraries (PDFBox, openhtmltopdf) log through java.util.logging; a user wants
        // one line per problem from us, not their warnings.
        java.util.logging.LogManager.getLogManager().reset();
        System.exit(FactdiffCommand.commandLine().execute(args));
    }
}
