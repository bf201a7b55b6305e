package org.scholargraph.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scholargraph} command. */
@Command(name = "scholargraph", mixinStandardHelpOptions = true, version = "scholargraph 0.1.0",
        description = "Builds a scholarly knowledge graph (RDF, Jena TDB2) from award pages, "
                + "Hugo publication pages, personal sites and CVs, and answers SPARQL over it.")
public final class Main {
    /**
     * The subcommands by name, in the order help lists them. Added to the command line by code, not
     * by the annotation: picocli builds the model of every subcommand it is given by reflection, and
     * picocli's classes cannot be in the class-data sharing archive (see the README's start-up
     * section), so a short command builds only its own (a query process with no rows: 399 → 355 ms median).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("ingest", IngestCommand::new);
        COMMANDS.put("crawl", CrawlCommand::new);
        COMMANDS.put("extract", ExtractCommand::new);
        COMMANDS.put("query", QueryCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("sources", SourcesCommand::new);
        COMMANDS.put("remove", RemoveCommand::new);
        COMMANDS.put("resolve", ResolveCommand::new);
        COMMANDS.put("conflicts", ConflictsCommand::new);
        COMMANDS.put("validate", ValidateCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
    }

    public static void main(String[] args) {
        System.exit(run(commandLine(args), args));
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

    /** The configured command line with every subcommand: what help, and a mistyped command's suggestions, need. */
    public static CommandLine commandLine() {
        return configured(COMMANDS.keySet(), true);
    }

    /**
     * The configured command line to run these arguments: only the named subcommand when the
     * first argument names one, every subcommand otherwise ({@code --help}, {@code help NAME}, a
     * mistyped name). Either parses and runs the arguments alike.
     */
    public static CommandLine commandLine(String... args) {
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            return configured(List.of(args[0]), false);
        }
        return commandLine();
    }

    private static CommandLine configured(Collection<String> names, boolean withHelp) {
        CommandLine cl = new CommandLine(new Main());
        for (String name : names) {
            cl.addSubcommand(name, COMMANDS.get(name).get());
        }
        if (withHelp) {
            cl.addSubcommand(new CommandLine.HelpCommand());
        }
        // Set after the subcommands are added: picocli passes these down only to the subcommands it has then.
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setExitCodeExceptionMapper(FailureHandler::exitCode);
        return cl;
    }
}
