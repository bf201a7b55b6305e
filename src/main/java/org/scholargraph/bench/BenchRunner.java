package org.scholargraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.scholargraph.query.NamedQuery;
import org.scholargraph.query.QueryCatalog;
import org.scholargraph.query.QueryRunner;
import org.scholargraph.store.Store;

/**
 * One benchmark run at one scale, every step on the same data: generate the corpus; ingest it in
 * a process of its own (stage clock, heap and RSS); export the store as N-Quads and load that with
 * Jena's tdb2.tdbloader as a whole process; compare times and store sizes; re-ingest a tenth of
 * the sources and measure the store again; time our CLI and tdb2.tdbquery on one co-author query
 * as whole processes; then every named query warm, in this process.
 */
public final class BenchRunner {
    static final String CLI_QUERY = "coauthors";
    static final List<String> CHILD_JVM_FLAGS = List.of("-XX:+UseSerialGC");

    /**
     * @param jar target/scholargraph.jar; its lib/ folder holds the dependencies and Jena's commands
     * @param launcher the ./scholargraph script, timed as users run it
     */
    public record Settings(Scale scale, long seed, Path work, Path results, Path jar, Path launcher, int warmups,
            int runs) {
    }

    private final Settings settings;
    private final PrintWriter log;
    private final Path dir;
    private final ProcessRun processes;

    public BenchRunner(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
        this.dir = settings.work().resolve(settings.scale().label());
        this.processes = new ProcessRun(dir.resolve("logs"));
    }

    public BenchResults run() throws IOException {
        deleteTree(dir);
        Path corpus = dir.resolve("corpus");
        Path store = dir.resolve("store");
        Path loaderStore = dir.resolve("tdbloader-store");
        Path nquads = dir.resolve("export.nq");

        say("generating %d documents (seed %d) in %s", settings.scale().documents, settings.seed(), corpus);
        List<Path> written = new ArrayList<>();
        long t = System.nanoTime();
        CorpusGenerator.Summary corpusSummary = new CorpusGenerator(settings.seed())
                .generate(settings.scale().documents, corpus, d -> written.add(d.path()));
        double generateSeconds = (System.nanoTime() - t) / 1e9;

        say("ingesting into %s", store);
        ProcessRun.Result ingestRun = processes.run("ingest", java(IngestProbe.class.getName(), store.toString(), corpus.toString()));
        IngestFigures ingest = new ObjectMapper().readValue(ingestRun.text(), IngestFigures.class);
        say("  %d sources loaded, %d failed, %d quads in %.1f s", ingest.loaded(), ingest.failed(), ingest.quads(), ingestRun.seconds());
        long storeBytes = bytes(store);

        say("exporting N-Quads and loading them with tdb2.tdbloader");
        double exportSeconds = processes.run("export", java("org.scholargraph.cli.Main", "export", "--store", store.toString(),
                "--format", "nquads", "--output", nquads.toString())).seconds();
        double loaderSeconds = processes.run("tdbloader", java("tdb2.tdbloader", "--loc", loaderStore.toString(),
                nquads.toString())).seconds();
        long loaderBytes = bytes(loaderStore);

        Path tenth = dir.resolve("reingest.txt");
        List<String> again = new ArrayList<>();
        for (int i = 0; i < written.size(); i += 10) {
            again.add(written.get(i).toString());
        }
        Files.write(tenth, again);
        say("re-ingesting %d documents", again.size());
        ProcessRun.Result reingestRun = processes.run("reingest", java(IngestProbe.class.getName(), store.toString(), tenth.toString()));
        IngestFigures reingest = new ObjectMapper().readValue(reingestRun.text(), IngestFigures.class);
        double reingestSeconds = reingestRun.seconds();
        long bytesAfter = bytes(store);

        say("timing `%s` and tdb2.tdbquery as whole processes", CLI_QUERY);
        NamedQuery coauthors = QueryCatalog.bundled().get(CLI_QUERY);
        Path queryFile = dir.resolve(CLI_QUERY + "-bound.rq");
        Files.writeString(queryFile, QueryTimer.boundText(coauthors));
        List<String> cli = new ArrayList<>(List.of(settings.launcher().toString(), "query", CLI_QUERY, "--store", store.toString()));
        QueryTimer.examples(coauthors).forEach((k, v) -> cli.addAll(List.of("--param", k + "=" + v)));
        Latency cliLatency = wholeProcess("cli-query", cli);
        Latency tdbquery = wholeProcess("tdbquery", java("tdb2.tdbquery", "--loc", store.toString(),
                "--set", "tdb:unionDefaultGraph=true", "--query", queryFile.toString()));

        say("timing every named query warm (%d warm-up runs, %d measured)", settings.warmups(), settings.runs());
        Map<String, Latency> queries = new LinkedHashMap<>();
        try (Store s = Store.open(store)) {
            QueryTimer timer = new QueryTimer(new QueryRunner(s.dataset()), settings.warmups(), settings.runs());
            for (NamedQuery q : QueryCatalog.bundled().queries()) {
                queries.put(q.name(), timer.time(q));
                say("  %-22s %s", q.name(), queries.get(q.name()));
            }
        }

        double ingestSeconds = ingestRun.seconds();
        return new BenchResults(settings.scale().label(), settings.seed(), corpusSummary.documents(),
                corpusSummary.paperMentions(), corpusSummary.papers(), corpusSummary.people(),
                ingest.quads(), ingest.triples(), ingest.loaded(), ingest.failed(),
                round(generateSeconds), round(ingestSeconds), round(ingest.seconds()), rounded(ingest.stages()),
                round(corpusSummary.documents() / ingestSeconds), round(ingest.triples() / ingestSeconds),
                round(exportSeconds), round(loaderSeconds), round(ingestSeconds / loaderSeconds),
                rounded(ingest.secondsByKind()), ingest.documentsByKind(),
                round(ingest.peakHeapMb()), round(ingest.peakHeapAfterGcMb()), round(ingest.peakRssMb()),
                storeBytes, loaderBytes, round((double) storeBytes / loaderBytes),
                again.size(), round(reingestSeconds), rounded(reingest.stages()), bytesAfter, round((double) bytesAfter / loaderBytes),
                String.join(" ", cli.subList(1, cli.size())).replace(store.toString(), "STORE"),
                round(cliLatency.medianMs() / 1000), round(cliLatency.maxMs() / 1000),
                round(tdbquery.medianMs() / 1000), round(tdbquery.maxMs() / 1000),
                queries, machine());
    }

    /** One untimed run first (it may build the class-data archive), then the measured ones. */
    private Latency wholeProcess(String name, List<String> command) {
        processes.run(name + "-warmup", command);
        double[] millis = new double[settings.runs()];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = processes.run(name, command).seconds() * 1000;
        }
        return Latency.of(millis, 0);
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CHILD_JVM_FLAGS);
        command.addAll(List.of("-cp", settings.jar() + File.pathSeparator + settings.jar().resolveSibling("lib") + File.separator + "*",
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static BenchResults.Machine machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024 * 1024);
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        return new BenchResults.Machine(Runtime.getRuntime().availableProcessors(), memory, java, os,
                String.join(" ", CHILD_JVM_FLAGS));
    }

    /**
     * Bytes a folder takes on disk: allocated blocks as `du` counts them (TDB2 maps its files in
     * growing chunks, so apparent sizes overstate a store), or apparent sizes where du is missing.
     */
    long bytes(Path folder) throws IOException {
        try {
            String out = processes.run("du", List.of("du", "-s", "-B1", folder.toString())).text();
            return Long.parseLong(out.strip().split("\\s+")[0]);
        } catch (RuntimeException e) {
            return apparentBytes(folder);
        }
    }

    private static long apparentBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Map<String, Double> rounded(Map<String, Double> stages) {
        Map<String, Double> out = new LinkedHashMap<>();
        stages.forEach((k, v) -> out.put(k, round(v)));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private void say(String format, Object... args) {
        log.println(String.format(Locale.ROOT, format, args));
        log.flush();
    }
}
