package org.scholargraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private static final Graph ONTOLOGY = RDFDataMgr.loadGraph("ontology/scholargraph.ttl");
    private static final Node ONTOLOGY_IRI = NodeFactory.createURI("https://w3id.org/scholargraph/ontology");

    @Test
    void theOntologyHeaderHasVersionLabelAndComment() {
        assertTrue(ONTOLOGY.contains(ONTOLOGY_IRI, RDF.Nodes.type, OWL2.Ontology.asNode()));
        for (Node p : List.of(OWL2.versionInfo.asNode(), OWL2.versionIRI.asNode(), RDFS.Nodes.label, RDFS.Nodes.comment)) {
            assertTrue(ONTOLOGY.contains(ONTOLOGY_IRI, p, Node.ANY), "ontology header lacks " + p);
        }
    }

    @Test
    void everyTermInSgIsDeclaredLabelledAndCommented() {
        List<String> problems = new ArrayList<>();
        for (Node term : sgTerms()) {
            boolean isClass = ONTOLOGY.contains(term, RDF.Nodes.type, OWL2.Class.asNode());
            boolean isProperty = ONTOLOGY.contains(term, RDF.Nodes.type, OWL2.ObjectProperty.asNode())
                    || ONTOLOGY.contains(term, RDF.Nodes.type, OWL2.DatatypeProperty.asNode());
            if (!isClass && !isProperty) {
                problems.add(term.getLocalName() + " is not declared");
            }
            for (Node p : List.of(RDFS.Nodes.label, RDFS.Nodes.comment)) {
                if (!ONTOLOGY.contains(term, p, Node.ANY)) {
                    problems.add(term.getLocalName() + " lacks " + p.getLocalName());
                }
            }
            if (isProperty && !(ONTOLOGY.contains(term, RDFS.Nodes.domain, Node.ANY)
                    && ONTOLOGY.contains(term, RDFS.Nodes.range, Node.ANY))) {
                problems.add(term.getLocalName() + " lacks a domain or range");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theOntologyDeclaresNoTermSgLacks() {
        Set<String> declared = ONTOLOGY.find(Node.ANY, RDF.Nodes.type, Node.ANY)
                .mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(SG.NS))
                .mapWith(Node::getLocalName).toSet();
        Set<String> inJava = sgTerms().stream().map(Node::getLocalName).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(inJava), new TreeSet<>(declared));
    }

    @Test
    void theShapesUseOnlyDeclaredTerms() {
        Graph shapes = RDFDataMgr.loadGraph("ontology/shapes.ttl");
        Set<String> declared = sgTerms().stream().map(Node::getURI).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        shapes.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(SG.NS)) {
                    used.add(n.getURI());
                }
            }
        });
        used.removeAll(declared);
        assertEquals(Set.of(), used);
    }

    @Test
    void paperAndPresentationKindsAreSubclasses() {
        for (Node c : List.of(SG.ConferencePaper, SG.JournalArticle, SG.Preprint, SG.Thesis, SG.Patent, SG.Book,
                SG.BookSection, SG.Report)) {
            assertTrue(ONTOLOGY.contains(c, RDFS.Nodes.subClassOf, SG.Paper), c + " is no sg:Paper");
        }
        for (Node c : List.of(SG.OralPresentation, SG.LongOralPresentation, SG.SpotlightPresentation,
                SG.PosterPresentation)) {
            assertTrue(ONTOLOGY.contains(c, RDFS.Nodes.subClassOf, SG.Presentation), c + " is no sg:Presentation");
        }
    }

    @Test
    void termsAreAlignedWithTheCommonVocabularies() {
        Set<String> aligned = new TreeSet<>();
        for (Node p : List.of(RDFS.Nodes.subClassOf, RDFS.Nodes.subPropertyOf, SKOS.closeMatch.asNode())) {
            ONTOLOGY.find(Node.ANY, p, Node.ANY).forEach(t -> aligned.add(namespace(t.getObject())));
        }
        for (String ns : List.of("https://schema.org/", "http://xmlns.com/foaf/0.1/", "http://purl.org/dc/terms/",
                "http://purl.org/ontology/bibo/", "http://purl.org/spar/fabio/", "http://purl.org/spar/pro/",
                "http://www.w3.org/ns/prov#", "https://dblp.org/rdf/schema#", "http://www.wikidata.org/prop/direct/",
                "http://www.wikidata.org/entity/")) {
            assertTrue(aligned.contains(ns), "nothing aligned with " + ns);
        }
    }

    @Test
    void authorOrderAndAwardsMatchDblpAndWikidata() {
        assertClose(SG.ordinal, "https://dblp.org/rdf/schema#signatureOrdinal");
        assertClose(SG.ordinal, "http://www.wikidata.org/prop/direct/P1545");
        assertClose(SG.Authorship, "https://dblp.org/rdf/schema#AuthorSignature");
        assertClose(SG.Person, "https://dblp.org/rdf/schema#Creator");
        assertClose(SG.Paper, "https://dblp.org/rdf/schema#Publication");
        assertClose(SG.author, "http://www.wikidata.org/prop/direct/P50");
        assertClose(SG.awardKind, "http://www.wikidata.org/prop/direct/P166");
        assertClose(SG.awardYear, "http://www.wikidata.org/prop/direct/P585");
        assertClose(SG.conferredBy, "http://www.wikidata.org/prop/direct/P1027");
        assertClose(SG.education, "http://www.wikidata.org/prop/direct/P69");
        assertClose(SG.employment, "http://www.wikidata.org/prop/direct/P108");
        assertClose(SG.advisor, "http://www.wikidata.org/prop/direct/P184");
        assertClose(SG.degree, "https://schema.org/educationalCredentialAwarded");
        assertTrue(ONTOLOGY.contains(SG.Talk, RDFS.Nodes.subClassOf, NodeFactory.createURI("https://schema.org/Event")));
        assertTrue(ONTOLOGY.contains(SG.Person, RDFS.Nodes.subClassOf, NodeFactory.createURI("http://xmlns.com/foaf/0.1/Person")));
        assertTrue(ONTOLOGY.contains(SG.author, RDFS.Nodes.subPropertyOf, NodeFactory.createURI("http://purl.org/dc/terms/creator")));
    }

    private static void assertClose(Node term, String other) {
        assertTrue(ONTOLOGY.contains(term, SKOS.closeMatch.asNode(), NodeFactory.createURI(other)),
                term.getLocalName() + " should be skos:closeMatch " + other);
    }

    private static String namespace(Node n) {
        if (!n.isURI()) {
            return "";
        }
        String s = n.getURI();
        int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        return s.substring(0, cut + 1);
    }

    /** The ontology terms SG.java names (its Node constants in the sg: namespace). */
    private static List<Node> sgTerms() {
        List<Node> terms = new ArrayList<>();
        for (Field f : SG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                try {
                    Node n = (Node) f.get(null);
                    if (n.getURI().startsWith(SG.NS)) {
                        terms.add(n);
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return terms;
    }
}
