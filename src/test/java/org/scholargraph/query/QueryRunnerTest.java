package org.scholargraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.scholargraph.rdf.SG;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class QueryRunnerTest {
    private static final String PREFIXES = """
            PREFIX sg: <https://w3id.org/scholargraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;

    private final QueryCatalog catalog = QueryCatalog.bundled();
    private final QueryRunner runner = new QueryRunner(Golden.inMemory());

    private static NamedQuery adHoc(String body) {
        return NamedQuery.adHoc(PREFIXES + body, "--sparql");
    }

    private String output(String queryName, Map<String, String> arguments, ResultFormat format) {
        return output(catalog.get(queryName), arguments, format);
    }

    private String output(NamedQuery query, Map<String, String> arguments, ResultFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        runner.run(query, arguments, format, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // --- union default graph, in memory and on disk

    @Test
    void theDefaultGraphIsTheUnionOfTheSourcesInMemory() {
        assertDuvenaudJoinsTwoSources(runner);
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheSourcesOnDisk(@TempDir Path dir) {
        DatasetGraph written = DatabaseMgr.connectDatasetGraph(dir.toString());
        Golden.load(written);
        TDBInternal.expel(written);
        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            assertDuvenaudJoinsTwoSources(new QueryRunner(reopened));
        } finally {
            TDBInternal.expel(reopened);
        }
    }

    /** The two joint papers of Grathwohl and Duvenaud come from two different source graphs. */
    private void assertDuvenaudJoinsTwoSources(QueryRunner on) {
        List<Map<String, String>> rows = Golden.rows(on, catalog.get("coauthors"), Map.of("author", "Will Grathwohl"));
        assertEquals(Map.of("coauthor", "David Duvenaud", "papers", "2"), rows.get(0));
    }

    @Test
    void namedGraphsStillReachOneSource() {
        List<Map<String, String>> rows = Golden.rows(runner, adHoc("""
                SELECT ?g WHERE { GRAPH ?g { ?r sg:displayedLabel "Best Student Paper" } } ORDER BY ?g"""), Map.of());

        // The one source that states the award, and the resolution graph's canonical award.
        assertEquals(List.of(Map.of("g", "file:///work/data/samples/ffjord-publication.md"),
                Map.of("g", SG.RESOLUTION_GRAPH)), rows);
    }

    // --- parameters are terms

    @Test
    void aNameWithQuotesOrBracesIsJustANameThatMatchesNothing() {
        for (String hostile : List.of("Will Grathwohl\" } ?x ?y ?z {", "}", "\"", "Will Grathwohl\\\"",
                "x\") } UNION { ?other foaf:name ?name } #")) {
            assertEquals(List.of(), Golden.rows(runner, catalog.get("coauthors"), Map.of("author", hostile)), hostile);
            assertEquals(List.of(), Golden.rows(runner, catalog.get("papers-by-author"), Map.of("author", hostile)));
        }
    }

    @Test
    void digitsBindAnIntegerSoTheyMatchIntegerYears() {
        NamedQuery byYear = adHoc("SELECT ?title WHERE { ?p sg:year ?year ; dcterms:title ?title }");

        assertEquals(List.of(Map.of("title",
                        "FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models")),
                Golden.rows(runner, byYear, Map.of("year", "2019")));
        assertEquals(NodeFactory.createLiteralString("2019 "), QueryArguments.term("2019 "));
    }

    @Test
    void angleBracketsBindAnIri() {
        NamedQuery name = adHoc("SELECT ?name WHERE { ?person foaf:name ?name }");

        assertEquals(List.of(Map.of("name", "Paul Vicol")), Golden.rows(runner, name,
                Map.of("person", "<https://w3id.org/scholargraph/id/person/paul-vicol>")));
    }

    @Test
    void unknownParameterIsAnErrorNamingItAndTheOnesThereAre() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> output("coauthors", Map.of("autor", "Will Grathwohl"), ResultFormat.TABLE));

        assertEquals("unknown parameter 'autor' for query 'coauthors' (it takes: author)", e.getMessage());
    }

    @Test
    void missingRequiredParameterIsAnErrorNamingIt() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> output("papers-by-author", Map.of(), ResultFormat.CSV));

        assertTrue(e.getMessage().startsWith("query 'papers-by-author' needs parameter 'author': the author's name"),
                e.getMessage());
    }

    @Test
    void aMalformedIriIsAnErrorNamingTheParameter() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> runner.select(adHoc("SELECT ?name WHERE { ?person foaf:name ?name }"),
                        Map.of("person", "<not absolute>")));

        assertTrue(e.getMessage().startsWith("parameter 'person': <not absolute> is not"), e.getMessage());
    }

    @Test
    void containsIgnoringCaseMatchesAnyLetterCaseInLiteralsAndIris() {
        NamedQuery search = adHoc("""
                SELECT ?t WHERE {
                  VALUES ?t { "Gradient Descent" "STOCHASTIC GRADIENTS" "descent" <http://example.org/gradient> 2019 }
                  FILTER(sg:containsIgnoringCase(?t, ?part))
                }
                ORDER BY STR(?t)""");

        assertEquals(List.of(Map.of("t", "Gradient Descent"), Map.of("t", "STOCHASTIC GRADIENTS"),
                        Map.of("t", "http://example.org/gradient")),
                Golden.rows(runner, search, Map.of("part", "gRaDiEnT")));
        assertEquals(List.of(Map.of("t", "2019")), Golden.rows(runner, search, Map.of("part", "01")));
        // Unbound, the part matches nothing (an error drops the row) rather than everything.
        assertEquals(List.of(), Golden.rows(runner, adHoc(
                "SELECT ?t WHERE { VALUES ?t { \"x\" } FILTER(sg:containsIgnoringCase(?t, ?nothing)) }"), Map.of()));
    }

    @Test
    void containsIgnoringCaseWithOneArgumentIsAnErrorNamingTheFunction() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> runner.select(adHoc("SELECT * WHERE { FILTER(sg:containsIgnoringCase(\"x\")) }"), Map.of()));

        assertEquals("--sparql: sg:containsIgnoringCase takes two arguments (text, part), not 1", e.getMessage());
    }

    // --- result formats

    @Test
    void csvHasAHeaderAndOneLinePerRow() {
        List<String> lines = output("outstanding-awards", Map.of(), ResultFormat.CSV).lines().toList();

        assertEquals("title,award,venue,year,authors", lines.get(0));
        assertEquals(6, lines.size());
        assertTrue(lines.get(1).startsWith("Unbiased Gradient Estimation"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",Outstanding Paper,ICML,2021,Paul Vicol; Luke Metz; Jascha Sohl-Dickstein"),
                lines.get(1));
    }

    @Test
    void tsvHasVariablesAsHeaderAndTermsAsCells() {
        List<String> lines = output("coauthors", Map.of("author", "Will Grathwohl"), ResultFormat.TSV).lines().toList();

        assertEquals("?coauthor\t?papers", lines.get(0));
        assertEquals("\"David Duvenaud\"\t2", lines.get(1));
        assertEquals(8, lines.size());
    }

    @Test
    void jsonIsSparqlJsonResults() throws Exception {
        JsonNode json = new ObjectMapper().readTree(output("outstanding-awards", Map.of(), ResultFormat.JSON));

        assertEquals(List.of("title", "award", "venue", "year", "authors"),
                new ObjectMapper().convertValue(json.at("/head/vars"), List.class));
        JsonNode bindings = json.at("/results/bindings");
        assertEquals(5, bindings.size());
        assertEquals("Paul Vicol; Luke Metz; Jascha Sohl-Dickstein", bindings.get(0).at("/authors/value").asText());
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", bindings.get(0).at("/year/datatype").asText());
    }

    @Test
    void xmlIsSparqlXmlResults() throws Exception {
        Document xml = parseXml(output("coauthors", Map.of("author", "Will Grathwohl"), ResultFormat.XML));

        String ns = "http://www.w3.org/2005/sparql-results#";
        assertEquals(2, xml.getElementsByTagNameNS(ns, "variable").getLength());
        assertEquals(7, xml.getElementsByTagNameNS(ns, "result").getLength());
        assertEquals("David Duvenaud", xml.getElementsByTagNameNS(ns, "literal").item(0).getTextContent());
    }

    @Test
    void tableAlignsColumns() {
        List<String> lines = output("authorship-order", Map.of("title", "Optimal Complexity in Decentralized Training"),
                ResultFormat.TABLE).lines().toList();

        assertTrue(lines.get(1).startsWith("| ordinal | printedName"), lines.get(1));
        assertTrue(lines.get(3).contains("\"Yucheng Lu\""), lines.get(3));
        assertTrue(lines.get(4).contains("\"Christopher De Sa\""), lines.get(4));
        assertEquals(1, lines.stream().mapToInt(String::length).distinct().count(), "every line as wide");
    }

    @Test
    void aWriterGetsTheSameTextAsAByteStream() {
        for (ResultFormat format : ResultFormat.values()) {
            StringWriter chars = new StringWriter();
            runner.run(catalog.get("outstanding-awards"), Map.of(), format, chars);

            assertEquals(output("outstanding-awards", Map.of(), format), chars.toString(), format.toString());
        }
    }

    @Test
    void formatsAreNamedInAnyCaseAndAnUnknownOneListsTheChoices() {
        assertEquals(ResultFormat.JSON, ResultFormat.named("Json"));
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> ResultFormat.named("yaml"));
        assertEquals("unknown result format 'yaml' (choose one of: table, csv, tsv, json, xml)", e.getMessage());
    }

    // --- other query forms

    @Test
    void askAnswersInEveryFormat() throws Exception {
        NamedQuery ask = adHoc("ASK { ?p dcterms:title ?title }");

        assertTrue(new ObjectMapper().readTree(output(ask,
                Map.of("title", "Optimal Complexity in Decentralized Training"), ResultFormat.JSON)).get("boolean").asBoolean());
        assertFalse(new ObjectMapper().readTree(output(ask,
                Map.of("title", "Optimal complexity"), ResultFormat.JSON)).get("boolean").asBoolean());
        assertEquals("yes", output(ask, Map.of("title", "Optimal Complexity in Decentralized Training"),
                ResultFormat.TABLE).strip());
        StringWriter chars = new StringWriter();
        runner.run(ask, Map.of(), ResultFormat.XML, chars);
        assertEquals("true", parseXml(chars.toString())
                .getElementsByTagNameNS("http://www.w3.org/2005/sparql-results#", "boolean").item(0).getTextContent());
    }

    @Test
    void constructWritesTurtle() {
        NamedQuery construct = adHoc("""
                CONSTRUCT { ?a foaf:knows ?b } WHERE {
                  ?me foaf:name ?author . ?p sg:author ?me , ?b . ?me foaf:name ?n . ?b foaf:name ?m .
                  BIND(?me AS ?a) FILTER(?a != ?b) }""");

        String turtle = output(construct, Map.of("author", "Will Grathwohl"), ResultFormat.JSON);
        Graph graph = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();

        assertEquals(7, graph.size());
        assertTrue(turtle.contains("foaf:knows"), "the query's prefixes are used: " + turtle);
    }

    @Test
    void describeWritesTurtle() {
        NamedQuery describe = adHoc("DESCRIBE ?person WHERE { ?person foaf:name ?name }");

        StringWriter chars = new StringWriter();
        runner.run(describe, Map.of("name", "Paul Vicol"), ResultFormat.TABLE, chars);
        Graph graph = RDFParser.fromString(chars.toString(), Lang.TURTLE).toGraph();

        assertTrue(graph.contains(NodeFactory.createURI("https://w3id.org/scholargraph/id/person/paul-vicol"),
                NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), NodeFactory.createLiteralString("Paul Vicol")));
    }

    // --- ad-hoc queries

    @Test
    void aBrokenQueryGivesOneLineWithLineAndColumn() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> NamedQuery.adHoc("SELECT ?s WHERE {\n  ?s ?p }", "--sparql"));

        assertEquals("--sparql:2:9: unexpected \"}\"", e.getMessage());
    }

    @Test
    void anUnfinishedQuerySaysSo() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> NamedQuery.adHoc("SELECT * WHERE { ?s ?p ?o", "q.rq"));

        assertEquals("q.rq:1:25: unexpected end of query", e.getMessage());
    }

    @Test
    void anUnknownPrefixIsReportedWhereItIs() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> NamedQuery.adHoc("SELECT * WHERE {\n ?s foo:bar ?o }", "--sparql"));

        assertEquals("--sparql:2:5: Unresolved prefixed name: foo:bar", e.getMessage());
    }

    @Test
    void adHocParametersAreTheQuerysVariablesUnlessItsHeaderDeclaresThem() {
        NamedQuery plain = adHoc("SELECT ?title WHERE { ?p dcterms:title ?title FILTER(CONTAINS(?title, ?word)) }");
        NamedQuery declared = NamedQuery.adHoc("# param: word — a word\n" + PREFIXES
                + "SELECT ?title WHERE { ?p dcterms:title ?title FILTER(CONTAINS(?title, ?word)) }", "mine.rq");

        assertEquals(List.of("p", "title", "word"), plain.params().stream().map(QueryParam::name).toList());
        assertEquals("--sparql", plain.name());
        assertEquals(List.of(new QueryParam("word", "a word", false)), declared.params());
        assertThrows(InvalidQueryException.class, () -> runner.select(declared, Map.of()));
        assertEquals(List.of(Map.of("title", "Optimal Complexity in Decentralized Training")),
                Golden.rows(runner, declared, Map.of("word", "Decentralized")));
    }

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
