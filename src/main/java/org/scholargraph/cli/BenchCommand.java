package org.scholargraph.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholargraph.bench.BenchResults;
import org.scholargraph.bench.BenchRunner;
import org.scholargraph.bench.Scale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scholargraph bench --scale quick|small|medium|full}: the benchmark, results in bench/results. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates a synthetic corpus, ingests it, loads the same quads with tdb2.tdbloader, "
                + "times the named queries, and writes bench/results/SCALE.json and SCALE.md.",
                "Scales: quick (100 documents, about a minute), small (1,000), medium (10,000), full (100,000)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "SCALE", description = "quick, small, medium or full (default: ${DEFAULT-VALUE}).")
    String scale = "quick";

    @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--work", paramLabel = "DIR", description = "Corpus and stores go here (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("bench/work");

    @Option(names = "--results", paramLabel = "DIR", description = "Results go here (default: ${DEFAULT-VALUE}).")
    Path results = Path.of("bench/results");

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs per query (default: ${DEFAULT-VALUE}).")
    int runs = 7;

    @Override
    public Integer call() throws Exception {
        Scale chosen;
        try {
            chosen = Scale.valueOf(scale.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("unknown scale '" + scale + "' (quick, small, medium, full)");
        }
        if (runs < 5) {
            throw CommandFailure.usage("--runs must be at least 5");
        }
        Path jar = jar();
        PrintWriter out = spec.commandLine().getOut();
        BenchRunner.Settings settings = new BenchRunner.Settings(chosen, seed, work.toAbsolutePath(), results, jar,
                jar.getParent().getParent().resolve("scholargraph"), 3, runs);
        BenchResults r = new BenchRunner(settings, out).run();
        new org.scholargraph.bench.ResultsWriter().write(r, results);
        out.println("results: " + results.resolve(r.scale() + ".json") + ", " + results.resolve(r.scale() + ".md"));
        out.flush();
        return ExitCode.OK;
    }

    /** The jar this runs from: the benchmark starts its child processes from it and target/lib. */
    private static Path jar() throws URISyntaxException {
        Path location = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!location.toString().endsWith(".jar")) {
            throw CommandFailure.usage("bench runs from the packaged jar (./scholargraph bench), not from " + location);
        }
        return location;
    }
}
