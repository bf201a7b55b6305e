package org.scholargraph.query;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs queries against a TDB2 dataset: arguments checked and bound as terms first, then one read
 * transaction, with the union of all source graphs as the default graph ({@code GRAPH ?g} still
 * reaches a single source). Results are written inside the transaction, so they stream.
 */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final FunctionRegistry functions;

    public QueryRunner(DatasetGraph dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        // SPARQL's functions and ours, for this runner's queries only: nothing registered globally.
        this.functions = FunctionRegistry.createFrom(FunctionRegistry.get());
        functions.put(ContainsIgnoringCase.IRI, iri -> new ContainsIgnoringCase());
    }

    public QueryRunner(Dataset dataset) {
        this(dataset.asDatasetGraph());
    }

    /** Runs the query and writes its results to a byte stream ({@code System.out}, a file). */
    public void run(NamedQuery query, Map<String, String> arguments, ResultFormat format, OutputStream out) {
        run(query, arguments, format, ResultTarget.of(out));
    }

    /** Runs the query and writes its results to a character stream (a command line's PrintWriter). */
    public void run(NamedQuery query, Map<String, String> arguments, ResultFormat format, Writer out) {
        run(query, arguments, format, ResultTarget.of(out));
    }

    /** The rows of a SELECT query, copied out of the transaction, for code that uses them. */
    public List<Binding> select(NamedQuery query, Map<String, String> arguments) {
        if (!query.query().isSelectType()) {
            throw new InvalidQueryException("query '" + query.name() + "' is not a SELECT query");
        }
        Binding binding = QueryArguments.bind(query, arguments);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = exec(query.query(), binding)) {
                return exec.select().materialize().stream().toList();
            } catch (QueryBuildException e) {
                throw cannotBuild(query, e);
            }
        });
    }

    private void run(NamedQuery query, Map<String, String> arguments, ResultFormat format, ResultTarget target) {
        Objects.requireNonNull(format, "format");
        Binding binding = QueryArguments.bind(query, arguments);
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = exec(query.query(), binding)) {
                write(query, exec, format, target);
            } catch (QueryBuildException e) {
                throw cannotBuild(query, e);
            }
        });
    }

    /** A function called with the wrong arguments, found when the query is planned. */
    private static InvalidQueryException cannotBuild(NamedQuery query, QueryBuildException e) {
        return new InvalidQueryException(query.name() + ": " + e.getMessage(), e);
    }

    private static void write(NamedQuery named, QueryExec exec, ResultFormat format, ResultTarget target) {
        Query query = named.query();
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            target.rows(format, rows);
        } else if (query.isAskType()) {
            target.ask(format, exec.ask());
        } else if (query.isConstructType()) {
            target.graph(withPrefixes(exec.construct(), query));
        } else if (query.isDescribeType()) {
            target.graph(withPrefixes(exec.describe(), query));
        } else {
            throw new InvalidQueryException("query '" + named.name()
                    + "': only SELECT, ASK, CONSTRUCT and DESCRIBE queries can run");
        }
    }

    /** Substitution rewrites the query with the bound terms in place of their variables. */
    private QueryExec exec(Query query, Binding binding) {
        return QueryExec.dataset(dataset)
                .query(query)
                .substitution(binding)
                .set(TDB2.symUnionDefaultGraph, true)
                .set(ARQConstants.sysOpExecutorFactory, QueryExecutor.FACTORY)
                .set(ARQConstants.registryFunctions, functions)
                .build();
    }

    /** The query's own prefixes make the Turtle readable. */
    private static Graph withPrefixes(Graph graph, Query query) {
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        return graph;
    }
}
