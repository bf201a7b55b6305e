package org.scholargraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholargraph.model.Author;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Paper;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.rdf.MappingContext;
import org.scholargraph.rdf.RecordMapper;
import org.scholargraph.rdf.SG;
import org.scholargraph.resolve.ResolutionStep;
import org.scholargraph.store.PendingSource;
import org.scholargraph.store.SourceEntry;
import org.scholargraph.store.Store;

/**
 * Times resolution alone on a store of a given number of paper statements (about 2.5 name
 * strings each), written straight from seeded synthetic records so that extraction does not
 * dominate the set-up: 50 papers a source, papers and people drawn with a heavy head so that
 * both repeat across sources, 10% of names in capitals and 5% with an initial. Prints and
 * writes bench/results/resolution-N.json: the first resolution, a second one with nothing
 * changed, and five after adding a source each (incremental; their median is the figure).
 *
 * <p>{@code java -cp target/scholargraph.jar:target/lib/* org.scholargraph.bench.ResolutionBench 100000 DIR}
 */
public final class ResolutionBench {
    private static final int INCREMENTAL_RUNS = 5;

    private static final int PER_SOURCE = 50;
    private static final int BATCH = 64;

    private final Random random = new Random(42);
    private final String[][] people;
    private final String[] titles;
    private final int[][] authors;
    /** What the loaded sources state, counted as written: paper statements, distinct papers, name strings. */
    private long statementsWritten;
    private final Set<Integer> papersWritten = new HashSet<>();

    private ResolutionBench(int statements) {
        String[] given = words(400, 4, 8);
        String[] surnames = words(3000, 5, 10);
        people = new String[Math.max(10, statements * 3 / 5)][];
        for (int i = 0; i < people.length; i++) {
            people[i] = new String[] {given[random.nextInt(given.length)], surnames[random.nextInt(surnames.length)]};
        }
        titles = new String[Math.max(10, statements * 7 / 10)];
        authors = new int[titles.length][];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = String.join(" ", words(5 + random.nextInt(6), 3, 10));
            authors[i] = new int[1 + Math.min(7, (int) Math.abs(random.nextGaussian() * 2.5))];
            for (int j = 0; j < authors[i].length; j++) {
                authors[i][j] = headHeavy(people.length, 3);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int statements = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Map<String, Object> results = new LinkedHashMap<>();
        ResolutionBench bench = new ResolutionBench(statements);
        try (Store store = Store.open(dir)) {
            int sources = Math.max(1, statements / PER_SOURCE);
            long start = System.nanoTime();
            long names = bench.load(store, 0, sources);
            results.put("paper_statements_requested", statements);
            // A source states a paper once: the draws that repeat one within a source are dropped.
            results.put("paper_statements", bench.statementsWritten);
            results.put("distinct_papers", bench.papersWritten.size());
            results.put("name_strings", names);
            results.put("quads", store.quadCount());
            results.put("load_seconds", seconds(start));
            ResolutionStep step = new ResolutionStep(SG.DEFAULT_BASE);
            run(results, "resolve", () -> step.run(store));
            run(results, "resolve_unchanged", () -> step.run(store));
            // One source at a time, several times: the first incremental run in a JVM also pays for
            // compiling its code, and each source's region differs; the median is the figure.
            List<Double> incremental = new ArrayList<>();
            for (int i = 0; i < INCREMENTAL_RUNS; i++) {
                bench.load(store, sources + i, sources + i + 1);
                incremental.add(run(results, "resolve_after_source_" + (i + 1), () -> step.run(store)));
            }
            results.put("resolve_after_one_more_source_seconds", incremental);
            results.put("resolve_after_one_more_source_median_seconds", incremental.stream().sorted().toList().get(INCREMENTAL_RUNS / 2));
            results.put("quads_after", store.quadCount());
            results.put("heap_used_mb_at_end", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        Path out = Path.of("bench/results/resolution-" + statements + ".json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
        System.out.println(results);
    }

    /** Times one resolution and records its seconds, split into reading, deciding and writing. */
    private static double run(Map<String, Object> results, String key, java.util.function.Supplier<ResolutionStep.Summary> step) {
        long start = System.nanoTime();
        ResolutionStep.Summary summary = step.get();
        double seconds = seconds(start);
        results.put(key + "_seconds", seconds);
        System.out.println(summary);
        ResolutionStep.Phases phases = summary.phases();
        results.put(key + "_phases", Map.of("read", round(phases.readSeconds()), "resolve", round(phases.resolveSeconds()),
                "write", round(phases.writeSeconds())));
        return seconds;
    }

    /** Writes sources [from, to) through the mapper into the store, 64 per transaction; returns the name strings written. */
    private long load(Store store, int from, int to) {
        List<PendingSource> batch = new ArrayList<>();
        long names = 0;
        for (int s = from; s < to; s++) {
            String graph = "https://bench.example/source/" + s;
            RecordMapper mapper = new RecordMapper(new MappingContext(SG.DEFAULT_BASE, graph, VenueCatalog.bundled()));
            var g = GraphFactory.createDefaultGraph();
            Set<Integer> chosen = new HashSet<>();
            for (int p = 0; p < PER_SOURCE; p++) {
                int paper = headHeavy(titles.length, 2.5);
                if (chosen.add(paper)) {
                    mapper.map(paper(paper, graph), StreamRDFLib.graph(g));
                    names += authors[paper].length;
                    statementsWritten++;
                    papersWritten.add(paper);
                }
            }
            List<Triple> triples = g.find().toList();
            SourceEntry entry = new SourceEntry(graph, graph, "bench", "bench-" + s, Instant.now(), triples.size(), "bench", "1");
            batch.add(new PendingSource(entry, sink -> triples.forEach(sink::triple)));
            if (batch.size() == BATCH) {
                store.replaceAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.replaceAll(batch);
        }
        return names;
    }

    private Paper paper(int index, String source) {
        Paper.Builder b = Paper.builder(titles[index], Origin.of(source)).year(2000 + index % 24);
        for (int person : authors[index]) {
            String name = people[person][0] + " " + people[person][1];
            double variant = random.nextDouble();
            if (variant < 0.10) {
                name = name.toUpperCase(java.util.Locale.ROOT);
            } else if (variant < 0.15) {
                name = people[person][0].charAt(0) + ". " + people[person][1];
            }
            b.author(new Author(name, name, false, 0, false));
        }
        return b.build();
    }

    /** An index in [0, n) drawn from a half-normal: a few are drawn often, most rarely. */
    private int headHeavy(int n, double spread) {
        return (int) Math.min(n - 1, Math.abs(random.nextGaussian() * n / spread));
    }

    private String[] words(int count, int min, int max) {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder w = new StringBuilder();
            int length = min + random.nextInt(max - min + 1);
            for (int c = 0; c < length; c++) {
                w.append((char) ((c == 0 ? 'A' : 'a') + random.nextInt(26)));
            }
            out[i] = w.toString();
        }
        return out;
    }

    private static double seconds(long start) {
        return round((System.nanoTime() - start) / 1e9);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
