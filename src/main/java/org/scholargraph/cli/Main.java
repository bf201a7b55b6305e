package org.scholargraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scholargraph} command. */
@Command(name = "scholargraph", mixinStandardHelpOptions = true, version = "scholargraph 0.1.0",
        description = "Builds a scholarly knowledge graph (RDF, Jena TDB2) from award pages, "
                + "Hugo publication pages, personal sites and CVs, and answers SPARQL over it.",
        subcommands = {IngestCommand.class, CrawlCommand.class, ExtractCommand.class, QueryCommand.class, ExportCommand.class,
                SourcesCommand.class, RemoveCommand.class, ResolveCommand.class, ConflictsCommand.class,
                ValidateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(commandLine(), args));
    }

    /**
     * Runs the command line; running out of heap ends it with one line and exit 1, like any
     * failure. picocli hands only exceptions to its handler, and an Error's stack trace says
     * nothing a user can act on, while the heap's size is what they can change.
     */
    static int run(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            long max = Runtime.getRuntime().maxMemory() >> 20;
            cl.getErr().println("scholargraph: out of memory (" + e.getMessage() + ", maximum heap " + max
                    + " MB); the transaction in progress was rolled back. Run again with more, e.g. JDK_JAVA_OPTIONS=-Xmx"
                    + Math.max(1, 2 * max / 1024) + "g");
            cl.getErr().flush();
            return ExitCode.FAILED;
        }
    }

    /** The configured command line: exit codes and one-line errors, as every test uses it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setExitCodeExceptionMapper(FailureHandler::exitCode);
        return cl;
    }
}
