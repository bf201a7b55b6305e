package org.scholargraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholargraph.resolve.ResolutionReport;
import org.scholargraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scholargraph conflicts}: what sources disagree on, each value with its source. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Lists disagreements between sources about one paper (year, venue, authors, author order, award) "
                + "and values no source can mean (a year of 20201), each with the source that gives it.",
                "The same facts are in the resolution graph as sg:Conflict nodes, for SPARQL."})
final class ConflictsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Only conflicts of this kind: year, venue, authors, author order, award, impossible value.")
    String kind;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<String> lines = store.read(d -> new ResolutionReport(d).conflicts(kind));
            if (lines.isEmpty()) {
                out.println("no conflicts between sources");
            }
            lines.forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }
}
