package org.scholargraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scholargraph.store.SourceEntry;
import org.scholargraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scholargraph sources}: what the store holds, one line per source. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Lists the sources in the store: kind, triples, ingested-at and location.")
final class SourcesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<SourceEntry> sources = store.sources();
            out.println(String.format(Locale.ROOT, "%-18s %8s  %-24s  %s", "KIND", "TRIPLES", "INGESTED", "SOURCE"));
            for (SourceEntry e : sources) {
                out.println(String.format(Locale.ROOT, "%-18s %8d  %-24s  %s", e.kind(), e.triples(),
                        e.ingestedAt().toString(), e.location()));
            }
            out.println(sources.size() + " sources");
        }
        out.flush();
        return ExitCode.OK;
    }
}
