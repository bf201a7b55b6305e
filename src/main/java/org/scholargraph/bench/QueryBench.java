package org.scholargraph.bench;

import java.nio.file.Path;
import org.scholargraph.query.NamedQuery;
import org.scholargraph.query.QueryCatalog;
import org.scholargraph.query.QueryRunner;
import org.scholargraph.store.Store;

/**
 * Times the named queries warm on a store that already exists, as the benchmark's last step does
 * (at least 3 warm-up runs and 3 s, then the measured ones, example arguments): for a change to the queries or
 * to what resolution stores, without generating and ingesting a corpus again.
 * {@code java -cp 'target/scholargraph.jar:target/lib/*' org.scholargraph.bench.QueryBench STORE [RUNS]}
 */
public final class QueryBench {
    private QueryBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: QueryBench STORE [RUNS]");
            System.exit(2);
        }
        int runs = args.length == 2 ? Integer.parseInt(args[1]) : 7;
        try (Store store = Store.open(Path.of(args[0]))) {
            QueryTimer timer = new QueryTimer(new QueryRunner(store.dataset()), 3, runs);
            System.out.println("| named query (warm, in process) | median ms | max ms | runs | rows |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (NamedQuery q : QueryCatalog.bundled().queries()) {
                Latency l = timer.time(q);
                System.out.printf("| %s | %s | %s | %d | %d |%n", q.name(), l.medianMs(), l.maxMs(), l.runs(), l.rows());
            }
        }
    }
}
