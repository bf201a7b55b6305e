package org.scholargraph.resolve;

import java.util.function.Consumer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

/** SELECT queries over a dataset inside the caller's transaction, row by row, with the prefixes resolution uses. */
final class SparqlRows {
    static final String PREFIXES = """
            PREFIX sg: <https://w3id.org/scholargraph/ontology#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private SparqlRows() {
    }

    static void forEach(DatasetGraph dsg, Query query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.next());
            }
        }
    }
}
