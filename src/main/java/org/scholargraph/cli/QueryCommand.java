package org.scholargraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.scholargraph.query.InvalidQueryException;
import org.scholargraph.query.NamedQuery;
import org.scholargraph.query.QueryCatalog;
import org.scholargraph.query.QueryParam;
import org.scholargraph.query.QueryRunner;
import org.scholargraph.query.ResultFormat;
import org.scholargraph.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scholargraph query NAME | FILE.rq | --sparql TEXT}: SPARQL over the union of all sources. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a named query (queries/*.rq), a query file or query text over the store; "
                + "parameters are bound as RDF terms.", "`query --list` shows the named queries."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "NAME|FILE.rq", description = "A named query or a .rq file.")
        String nameOrFile;
        @Option(names = "--sparql", paramLabel = "TEXT", description = "Query text.")
        String sparql;
        @Option(names = "--list", description = "List the named queries with their parameters.")
        boolean list;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind a parameter: a plain string, an integer when all digits, an IRI when written <...>.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--queries", paramLabel = "DIR", description = "Also load named queries from this folder.")
    Path queries;

    @Override
    public Integer call() {
        QueryCatalog catalog = queries == null ? QueryCatalog.bundled() : QueryCatalog.withDirectory(queries);
        PrintWriter out = spec.commandLine().getOut();
        if (which.list) {
            catalog.queries().forEach(q -> out.println(describe(q)));
            out.flush();
            return ExitCode.OK;
        }
        ResultFormat fmt = parseFormat();
        NamedQuery query = resolve(catalog);
        try (Store store = storeOptions.open()) {
            new QueryRunner(store.dataset()).run(query, params, fmt, out);
        } catch (InvalidQueryException e) {
            throw CommandFailure.usage(e.getMessage());
        }
        out.flush();
        return ExitCode.OK;
    }

    private ResultFormat parseFormat() {
        try {
            return ResultFormat.named(format);
        } catch (IllegalArgumentException | InvalidQueryException e) {
            throw CommandFailure.usage("unknown format '" + format + "' (table, csv, tsv, json, xml)");
        }
    }

    private NamedQuery resolve(QueryCatalog catalog) {
        try {
            if (which.sparql != null) {
                return NamedQuery.adHoc(which.sparql, "--sparql");
            }
            String name = which.nameOrFile;
            if (name.endsWith(".rq") || Files.isRegularFile(Path.of(name))) {
                return NamedQuery.adHoc(read(Path.of(name)), name);
            }
            return catalog.find(name).orElseThrow(() -> CommandFailure.usage("no named query '" + name
                    + "' (known: " + catalog.queries().stream().map(NamedQuery::name).collect(Collectors.joining(", ")) + ")"));
        } catch (InvalidQueryException e) {
            throw CommandFailure.usage(e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw CommandFailure.usage(file + ": cannot read: " + e.getMessage());
        }
    }

    private static String describe(NamedQuery q) {
        StringBuilder s = new StringBuilder(q.name()).append(" — ").append(q.description());
        for (QueryParam p : q.params()) {
            s.append(System.lineSeparator()).append("    --param ").append(p.name()).append("=…")
                    .append(p.optional() ? " (optional)" : "").append("  ").append(p.description());
        }
        return s.toString();
    }
}
