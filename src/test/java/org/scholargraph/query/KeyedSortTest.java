package org.scholargraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ORDER BY through {@link QueryRunner} gives the rows in exactly the order Jena's own sort gives. */
class KeyedSortTest {
    private static final String EX = "http://example.org/";

    static Stream<Supplier<DatasetGraph>> datasets() {
        return Stream.of(DatasetGraphFactory::createTxnMem, DatabaseMgr::createDatasetGraph);
    }

    /**
     * Papers with years that are integers, strings or missing, titles that tie, a key that errors
     * (a number's lower case) and one that is unbound: every case where an order could differ.
     */
    private static DatasetGraph papers(Supplier<DatasetGraph> make) {
        DatasetGraph dsg = make.get();
        Random random = new Random(7);
        Node g = NodeFactory.createURI(EX + "g");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 300; i++) {
                Node paper = NodeFactory.createURI(EX + "paper" + i);
                String title = List.of("Flows", "flows", "Énergie", "Zeta", "alpha", "Alpha").get(random.nextInt(6));
                dsg.add(new Quad(g, paper, uri("title"), NodeFactory.createLiteralString(title)));
                int kind = random.nextInt(4);
                if (kind == 0) {
                    dsg.add(new Quad(g, paper, uri("year"), NodeFactory.createLiteralDT(
                            Integer.toString(2015 + random.nextInt(8)), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
                } else if (kind == 1) {
                    dsg.add(new Quad(g, paper, uri("year"), NodeFactory.createLiteralString("20" + (10 + random.nextInt(12)))));
                } else if (kind == 2) {
                    dsg.add(new Quad(g, paper, uri("year"), NodeFactory.createURI(EX + "year" + random.nextInt(3))));
                }
            }
        });
        return dsg;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void ordersLikeJena(Supplier<DatasetGraph> make) {
        DatasetGraph dsg = papers(make);
        String query = """
                PREFIX ex: <http://example.org/>
                SELECT ?paper ?title ?year WHERE {
                  GRAPH ?g { ?paper ex:title ?title OPTIONAL { ?paper ex:year ?year } }
                }
                ORDER BY DESC(?year) LCASE(?title) ?title (?year * 2)
                """;
        List<Binding> ours = new QueryRunner(dsg).select(NamedQuery.adHoc(query, "test"), Map.of());
        List<Binding> jenas = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                return new ArrayList<>(exec.select().materialize().stream().toList());
            }
        });
        assertEquals(300, ours.size());
        assertEquals(rows(jenas), rows(ours));
    }

    private static List<String> rows(List<Binding> bindings) {
        return bindings.stream().map(b -> b.get("paper") + " " + b.get("title") + " " + b.get("year")).toList();
    }
}
