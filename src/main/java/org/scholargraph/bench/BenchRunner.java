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
        Path store = dir.resolve("store");
        Generated corpus = generate(dir.resolve("corpus"));
        say("ingesting into %s", store);
        Ingested first = ingest("ingest", store, dir.resolve("corpus"));
        say("  %d sources loaded, %d failed, %d quads in %.1f s", first.figures().loaded(), first.figures().failed(),
                first.figures().quads(), first.seconds());
        say("exporting N-Quads and loading them with tdb2.tdbloader");
        Loaded loaded = loadWithJena(store, dir.resolve("tdbloader-store"), dir.resolve("export.nq"));
        say("re-ingesting every tenth document");
        Ingested again = ingest("reingest", store, everyTenth(corpus.paths()));
        say("timing `%s` and tdb2.tdbquery as whole processes", CLI_QUERY);
        WholeProcesses whole = wholeProcesses(store);
        say("timing every named query warm (at least %d warm-up runs and %d s, %d measured)", settings.warmups(),
                QueryTimer.WARM_UP.toSeconds(), settings.runs());
        Map<String, Latency> queries = warmQueries(store);
        return results(corpus, first, loaded, again, whole, queries);
    }

    private record Generated(CorpusGenerator.Summary summary, List<Path> paths, double seconds) {
    }

    private record Ingested(IngestFigures figures, double seconds, long bytes, int documents) {
    }

    private record Loaded(double exportSeconds, double loaderSeconds, long bytes) {
    }

    private record WholeProcesses(String cli, Latency ours, Latency tdbquery) {
    }

    private Generated generate(Path corpus) {
        say("generating %d documents (seed %d) in %s", settings.scale().documents, settings.seed(), corpus);
        List<Path> written = new ArrayList<>();
        long start = System.nanoTime();
        CorpusGenerator.Summary summary = new CorpusGenerator(settings.seed())
                .generate(settings.scale().documents, corpus, d -> written.add(d.path()));
        return new Generated(summary, written, (System.nanoTime() - start) / 1e9);
    }

    /** The ingest in a JVM of its own; input is a folder or a file listing documents. */
    private Ingested ingest(String name, Path store, Path input) throws IOException {
        ProcessRun.Result run = processes.run(name, java(IngestProbe.class.getName(), store.toString(), input.toString()));
        IngestFigures figures = new ObjectMapper().readValue(run.text(), IngestFigures.class);
        int documents = Files.isDirectory(input) ? -1 : Files.readAllLines(input).size();
        return new Ingested(figures, run.seconds(), bytes(store), documents);
    }

    private Loaded loadWithJena(Path store, Path loaderStore, Path nquads) throws IOException {
        double export = processes.run("export", java("org.scholargraph.cli.Main", "export", "--store", store.toString(),
                "--format", "nquads", "--output", nquads.toString())).seconds();
        double loader = processes.run("tdbloader", java("tdb2.tdbloader", "--loc", loaderStore.toString(),
                nquads.toString())).seconds();
        return new Loaded(export, loader, bytes(loaderStore));
    }

    private Path everyTenth(List<Path> documents) throws IOException {
        List<String> again = new ArrayList<>();
        for (int i = 0; i < documents.size(); i += 10) {
            again.add(documents.get(i).toString());
        }
        return Files.write(dir.resolve("reingest.txt"), again);
    }

    private WholeProcesses wholeProcesses(Path store) throws IOException {
        NamedQuery coauthors = QueryCatalog.bundled().get(CLI_QUERY);
        Path queryFile = Files.writeString(dir.resolve(CLI_QUERY + "-bound.rq"), QueryTimer.boundText(coauthors));
        List<String> cli = new ArrayList<>(List.of(settings.launcher().toString(), "query", CLI_QUERY, "--store", store.toString()));
        QueryTimer.examples(coauthors).forEach((k, v) -> cli.addAll(List.of("--param", k + "=" + v)));
        Latency ours = wholeProcess("cli-query", cli);
        Latency jena = wholeProcess("tdbquery", java("tdb2.tdbquery", "--loc", store.toString(),
                "--set", "tdb:unionDefaultGraph=true", "--query", queryFile.toString()));
        String shown = String.join(" ", cli.subList(1, cli.size())).replace(store.toString(), "STORE");
        return new WholeProcesses(shown, ours, jena);
    }

    private Map<String, Latency> warmQueries(Path store) {
        Map<String, Latency> queries = new LinkedHashMap<>();
        try (Store s = Store.open(store)) {
            QueryTimer timer = new QueryTimer(new QueryRunner(s.dataset()), settings.warmups(), settings.runs());
            for (NamedQuery q : QueryCatalog.bundled().queries()) {
                queries.put(q.name(), timer.time(q));
                say("  %-22s %s", q.name(), queries.get(q.name()));
            }
        }
        return queries;
    }

    private BenchResults results(Generated corpus, Ingested first, Loaded loaded, Ingested again, WholeProcesses whole,
            Map<String, Latency> queries) {
        IngestFigures in = first.figures();
        CorpusGenerator.Summary c = corpus.summary();
        double seconds = first.seconds();
        return new BenchResults(settings.scale().label(), settings.seed(), c.documents(), c.paperMentions(), c.papers(),
                c.people(), in.quads(), in.triples(), in.loaded(), in.failed(),
                round(corpus.seconds()), round(seconds), round(in.seconds()), rounded(in.stages()),
                round(c.documents() / seconds), round(in.triples() / seconds),
                round(loaded.exportSeconds()), round(loaded.loaderSeconds()), round(seconds / loaded.loaderSeconds()),
                rounded(in.secondsByKind()), in.documentsByKind(),
                round(in.peakHeapStreamingMb()), round(in.peakHeapAfterGcStreamingMb()),
                round(in.peakHeapMb()), round(in.peakHeapAfterGcMb()), round(in.peakRssMb()),
                first.bytes(), loaded.bytes(), round((double) first.bytes() / loaded.bytes()),
                again.documents(), round(again.seconds()), rounded(again.figures().stages()), again.bytes(),
                round((double) again.bytes() / loaded.bytes()),
                whole.cli(), round(whole.ours().medianMs() / 1000), round(whole.ours().maxMs() / 1000),
                round(whole.tdbquery().medianMs() / 1000), round(whole.tdbquery().maxMs() / 1000),
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
