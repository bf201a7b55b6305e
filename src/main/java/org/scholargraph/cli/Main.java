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
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: exit codes and one-line errors, as every test uses it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setExitCodeExceptionMapper(FailureHandler::exitCode);
        return cl;
    }
}
