package org.scholargraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
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

/**
 * Queries through {@link QueryRunner}, whose executor sorts and runs OPTIONAL its own way, give
 * exactly the rows, in exactly the order, that Jena's own executor gives.
 */
class QueryExecutorTest {
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
                // None, one or two venues; a paper's editor is sometimes its author.
                for (int v = random.nextInt(3); v > 0; v--) {
                    dsg.add(new Quad(g, paper, uri("venue"), NodeFactory.createLiteralString("V" + random.nextInt(4))));
                }
                dsg.add(new Quad(g, paper, uri("author"), uri("person" + random.nextInt(20))));
                if (random.nextBoolean()) {
                    dsg.add(new Quad(g, paper, uri("editor"), uri("person" + random.nextInt(20))));
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
        assertSameAsJena(papers(make), 300, """
                SELECT ?paper ?title ?year WHERE {
                  GRAPH ?g { ?paper ex:title ?title OPTIONAL { ?paper ex:year ?year } }
                }
                ORDER BY DESC(?year) LCASE(?title) ?title (?year * 2)
                """);
    }

    /** Optional values missing, single or repeated; one that must agree with the left side; nested; filtered. */
    @ParameterizedTest
    @MethodSource("datasets")
    void optionalsMatchLikeJena(Supplier<DatasetGraph> make) {
        DatasetGraph dsg = papers(make);
        String optionals = """
                SELECT * WHERE {
                  GRAPH ?g {
                    ?paper ex:title ?title ; ex:author ?person .
                    OPTIONAL { ?paper ex:year ?year }
                    OPTIONAL { ?paper ex:venue ?venue }
                    OPTIONAL { ?paper ex:editor ?person }
                  }
                }
                """;
        // One row per paper and venue, or one for a paper without: years and editors are single.
        int expected = Txn.calculateRead(dsg, () -> {
            int n = 0;
            for (int i = 0; i < 300; i++) {
                n += Math.max(1, (int) Iter.count(dsg.find(Node.ANY, uri("paper" + i), uri("venue"), Node.ANY)));
            }
            return n;
        });
        assertSameAsJena(dsg, expected, optionals);
        int nested = assertSameAsJena(dsg, -1, """
                SELECT * WHERE {
                  GRAPH ?g {
                    ?paper ex:title ?title .
                    OPTIONAL { ?paper ex:venue ?venue OPTIONAL { ?paper ex:year ?year } }
                    OPTIONAL { ?paper ex:editor ?editor FILTER(?editor != ex:person3) }
                    OPTIONAL { ?paper ex:year ?y1 . ?paper ex:venue ?v1 }
                  }
                }
                """);
        assertTrue(nested >= 300, "every paper at least once: " + nested);
    }

    private static int assertSameAsJena(DatasetGraph dsg, int expectedRows, String body) {
        String query = "PREFIX ex: <http://example.org/>\n" + body;
        List<Binding> ours = new QueryRunner(dsg).select(NamedQuery.adHoc(query, "test"), Map.of());
        List<Binding> jenas = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                return new ArrayList<>(exec.select().materialize().stream().toList());
            }
        });
        if (expectedRows >= 0) {
            assertEquals(expectedRows, ours.size());
        }
        assertEquals(rows(jenas), rows(ours));
        return ours.size();
    }

    /** Each row as its variables (sorted) and terms, so rows from either executor compare as text. */
    private static List<String> rows(List<Binding> bindings) {
        return bindings.stream().map(b -> {
            java.util.TreeMap<String, String> row = new java.util.TreeMap<>();
            b.forEach((v, n) -> row.put(v.getVarName(), n.toString()));
            return row.toString();
        }).toList();
    }
}
