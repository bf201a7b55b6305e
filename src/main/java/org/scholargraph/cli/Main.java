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
     * Runs the command line; running out of memory ends it with one line and exit 1, like any
     * failure (picocli hands only exceptions to its handler; see {@link OutOfMemory}).
     */
    static int run(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("scholargraph: " + OutOfMemory.message(e));
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
