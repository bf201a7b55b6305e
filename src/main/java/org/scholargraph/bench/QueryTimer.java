package org.scholargraph.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.graph.Node;
import org.scholargraph.query.NamedQuery;
import org.scholargraph.query.QueryArguments;
import org.scholargraph.query.QueryParam;
import org.scholargraph.query.QueryRunner;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Times the named queries warm, in this process, with the example arguments each query documents
 * in its header ("e.g. Will Grathwohl"): runs to warm up, then the measured ones.
 *
 * <p>Warm means compiled: a query is run at least {@code warmups} times and for at least
 * {@link #WARM_UP} before it is measured (at most {@link #MAX_WARMUPS} runs). Three runs were not
 * enough for a query of 100 ms: on the medium bench store find-papers took 80–140 ms in runs 4 to
 * 10, while the JIT compiler was still at work, and 65–75 ms from run 20 on; outstanding-awards
 * 100–120 ms, then 80–88 ms from run 30.
 */
final class QueryTimer {
    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\. (.+?) \\((\\w+)\\)\\s*$");
    /** How long each query is run before it is measured. */
    static final java.time.Duration WARM_UP = java.time.Duration.ofSeconds(3);
    /** The most warm-up runs of one query, for the fast ones (a 5 ms query needs no 600). */
    static final int MAX_WARMUPS = 100;

    private final QueryRunner runner;
    private final int warmups;
    private final int runs;

    /** @param warmups the fewest warm-up runs of a query */
    QueryTimer(QueryRunner runner, int warmups, int runs) {
        this.runner = runner;
        this.warmups = warmups;
        this.runs = runs;
    }

    Latency time(NamedQuery query) {
        Map<String, String> args = examples(query);
        long rows = 0;
        long start = System.nanoTime();
        for (int i = 0; i < MAX_WARMUPS && (i < warmups || System.nanoTime() - start < WARM_UP.toNanos()); i++) {
            rows = runner.select(query, args).size();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long run = System.nanoTime();
            rows = runner.select(query, args).size();
            millis[i] = (System.nanoTime() - run) / 1e6;
        }
        return Latency.of(millis, rows);
    }

    /** Each parameter's documented example value, optional ones included. */
    static Map<String, String> examples(NamedQuery query) {
        Map<String, String> args = new LinkedHashMap<>();
        for (QueryParam p : query.params()) {
            Matcher m = EXAMPLE.matcher(p.description());
            if (m.find()) {
                args.put(p.name(), m.group(1).strip());
            }
        }
        return args;
    }

    /** The query text with the example arguments written in, for tools that take a plain file. */
    static String boundText(NamedQuery query) {
        Binding binding = QueryArguments.bind(query, examples(query));
        Map<Var, Node> substitutions = new LinkedHashMap<>();
        binding.forEach(substitutions::put);
        Query bound = QueryTransformOps.transform(query.query(), substitutions);
        return bound.serialize();
    }
}
