package org.scholargraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholargraph.resolve.ResolutionReport;
import org.scholargraph.resolve.ResolutionStep;
import org.scholargraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scholargraph resolve [--explain NAME]}: rebuilds the resolution graph, or explains it. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Rebuilds the resolution graph (canonical people and papers, merges, conflicts) from the sources "
                + "in the store; ingest and remove do this themselves.",
                "With --explain, changes nothing and shows why the people or papers named NAME were merged or kept apart."})
final class ResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--explain", paramLabel = "NAME",
            description = "A person's name (any spelling a source used, any letter case) or a paper's title.")
    String explain;

    @Mixin
    BaseOption base;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            if (explain != null) {
                List<String> lines = store.read(d -> new ResolutionReport(d).explain(explain));
                lines.forEach(out::println);
            } else {
                out.println(new ResolutionStep(base.iri).rebuild(store));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
