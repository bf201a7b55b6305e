package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command line run builds only the subcommand it names; help and a mistyped name still see
 * every subcommand, and each name leads to the command of that name.
 */
class SubcommandsTest {
    private static final List<String> ALL = List.of("ingest", "crawl", "extract", "query", "export", "sources", "remove",
            "resolve", "conflicts", "validate", "bench", "help");

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommand() {
        Cli.Run run = new Cli(dir.resolve("store")).run("--help");
        assertEquals(0, run.exit(), run.err());
        for (String name : ALL) {
            assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith(name + " ")), name + " missing from:\n" + run.out());
        }
    }

    @Test
    void helpForOneCommandPrintsItsOptions() {
        Cli.Run run = new Cli(dir.resolve("store")).run("help", "query");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Usage: scholargraph query"), run.out());
        assertTrue(run.out().contains("--sparql=TEXT"), run.out());
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
        Cli.Run run = new Cli(dir.resolve("store")).run("qurey", "coauthors");
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("'qurey'"), run.err());
        assertTrue(run.err().contains("query"), run.err());
    }

    @Test
    void aRunOfOneCommandBuildsThatCommandAlone() {
        CommandLine cl = Main.commandLine("sources", "--store", dir.toString());
        assertEquals(List.of("sources"), List.copyOf(cl.getSubcommands().keySet()));
        assertEquals(SourcesCommand.class, cl.getSubcommands().get("sources").getCommand().getClass());
        Cli.Run run = new Cli(dir.resolve("store")).run("sources");
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void eachNameLeadsToTheCommandOfThatName() {
        CommandLine all = Main.commandLine();
        assertEquals(ALL, List.copyOf(all.getSubcommands().keySet()));
        all.getSubcommands().forEach((name, sub) -> {
            assertEquals(name, sub.getCommand().getClass().getAnnotation(Command.class).name());
            // help needs every command to tell about; any other name is run alone.
            List<String> built = name.equals("help") ? ALL : List.of(name);
            assertEquals(built, List.copyOf(Main.commandLine(name).getSubcommands().keySet()));
        });
    }
}
