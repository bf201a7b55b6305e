package org.scholargraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.scholargraph.rdf.SG;
import org.scholargraph.resolve.ResolutionStep;

/** The hand-written golden dataset (query/golden.trig) and a plain view of result rows. */
final class Golden {
    static final String RESOURCE = "/query/golden.trig";

    private Golden() {
    }

    /** A fresh in-memory TDB2 dataset holding the golden data. */
    static DatasetGraph inMemory() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        load(dataset);
        return dataset;
    }

    static void load(DatasetGraph dataset) {
        loadTrig(dataset, RESOURCE);
    }

    static void loadTrig(DatasetGraph dataset, String resource) {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Txn.executeWrite(dataset, () -> {
                RDFParser.source(in).lang(Lang.TRIG).parse(dataset);
                resolve(dataset);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void addTrig(DatasetGraph dataset, String trig) {
        Txn.executeWrite(dataset, () -> {
            RDFParser.fromString(trig, Lang.TRIG).parse(dataset);
            resolve(dataset);
        });
    }

    /** Queries answer over canonical entities: the golden sources are resolved as an ingest would. */
    private static void resolve(DatasetGraph dataset) {
        new ResolutionStep(SG.DEFAULT_BASE).resolveIn(dataset);
    }

    /** Rows as column → lexical form / IRI, columns in the query's order, unbound columns left out. */
    static List<Map<String, String>> rows(QueryRunner runner, NamedQuery query, Map<String, String> arguments) {
        List<String> columns = query.query().getResultVars();
        return runner.select(query, arguments).stream().map(b -> row(columns, b)).toList();
    }

    static List<String> column(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }

    private static Map<String, String> row(List<String> columns, Binding binding) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : columns) {
            Node node = binding.get(Var.alloc(column));
            if (node != null) {
                row.put(column, node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
            }
        }
        return row;
    }
}
