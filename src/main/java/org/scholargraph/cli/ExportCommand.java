package org.scholargraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholargraph.store.Exporter;
import org.scholargraph.store.ExportFormat;
import org.scholargraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scholargraph export}: the store, or one source, as Turtle, TriG, N-Quads or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store (the union of all sources) or one source's graph.",
                "TriG, N-Quads and JSON-LD keep the named graphs; Turtle writes the union."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--graph", paramLabel = "SOURCE", description = "Only this source (path, URL or graph IRI).")
    String graph;

    @Option(names = "--format", paramLabel = "FORMAT", description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE}).")
    String format = "turtle";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt = ExportFormat.parse(format)
                .orElseThrow(() -> CommandFailure.usage("unknown format '" + format + "' (turtle, trig, nquads, jsonld)"));
        try (Store store = storeOptions.open()) {
            String g = graph == null ? null : SourceNames.graphOf(graph);
            if (g != null && store.source(g).isEmpty()) {
                throw new CommandFailure(ExitCode.FAILED, "no such source in the store: " + graph);
            }
            if (output == null) {
                OutputStream out = new NonClosingStream(System.out);
                spec.commandLine().getOut().flush();
                new Exporter(store).write(out, fmt, g);
                out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) {
                    new Exporter(store).write(out, fmt, g);
                } catch (UncheckedIOException e) {
                    throw new CommandFailure(ExitCode.FAILED, output + ": " + e.getCause().getMessage(), e);
                }
            }
        }
        return ExitCode.OK;
    }
}
