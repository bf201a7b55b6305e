package org.scholargraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line as a user would, capturing what it prints and its exit code. */
final class Cli {
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private final Path store;

    Cli(Path store) {
        this.store = store;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (args.length > 0 && usesStore(args[0])) {
            all.add(1, "--store=" + store);
        }
        String[] argv = all.toArray(String[]::new);
        // As main builds it: only the named subcommand when the first argument names one.
        var cl = Main.commandLine(argv);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = Main.run(cl, argv);
        return new Run(exit, out.toString(), err.toString());
    }

    private static boolean usesStore(String command) {
        return List.of("ingest", "query", "export", "sources", "remove", "validate", "resolve", "conflicts").contains(command);
    }
}
