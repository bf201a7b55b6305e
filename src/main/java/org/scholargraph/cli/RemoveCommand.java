package org.scholargraph.cli;

import java.util.concurrent.Callable;
import org.scholargraph.resolve.ResolutionStep;
import org.scholargraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scholargraph remove SOURCE}: drops one source's graph and metadata. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Removes a source (its path, URL or graph IRI, as `sources` lists it) from the store.",
                "Exit 1 when the store has no such source."})
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;

    @Mixin
    BaseOption base;

    @Parameters(arity = "1", paramLabel = "SOURCE")
    String source;

    @Override
    public Integer call() {
        String graph = SourceNames.graphOf(source);
        try (Store store = storeOptions.open()) {
            if (!store.remove(graph)) {
                throw new CommandFailure(ExitCode.FAILED, "no such source in the store: " + source);
            }
            spec.commandLine().getOut().println("removed " + graph);
            // Merges the removed source alone supported go with it: resolution is rebuilt from what is left.
            spec.commandLine().getOut().println(new ResolutionStep(base.iri).run(store));
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
