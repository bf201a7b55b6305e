package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.scholargraph.rdf.SG;

/**
 * Reads what resolution needs from the sources' graphs (every named graph but the metadata and
 * resolution graphs), node by node through the store's indexes, inside the caller's transaction.
 * A full resolution reads every node; an incremental one only those around the changed sources,
 * through the same methods, so both see the same facts.
 */
final class SourceReader {
    private static final Node META = NodeFactory.createURI(SG.META_GRAPH);
    private static final Node RESOLUTION = NodeFactory.createURI(SG.RESOLUTION_GRAPH);

    private final DatasetGraph dsg;
    private final boolean withAbstracts;

    /** @param withAbstracts whether papers' abstracts are read (long texts, needed only to link title-less abstracts) */
    SourceReader(DatasetGraph dsg, boolean withAbstracts) {
        this.dsg = dsg;
        this.withAbstracts = withAbstracts;
    }

    /** Everything in the sources: every person, every paper statement, award claim and title-less abstract. */
    Mentions all() {
        return papersWith(people());
    }

    /**
     * {@link #all()}, with the people read on a second thread in a read transaction of its own
     * while this one reads the papers: half the wall time on two cores. Only for a caller whose
     * transaction has written nothing yet, as the second reader sees what was last committed.
     */
    Mentions allOnTwoThreads() {
        Background<List<PersonMention>> people = Background.start("resolution-read-people", () -> Txn.calculateRead(dsg, this::people));
        Mentions papers;
        try {
            papers = papersWith(List.of());
        } catch (RuntimeException e) {
            // Not leaving a reader behind in a store about to close.
            people.abandon();
            throw e;
        }
        return new Mentions(people.get(), papers.papers(), papers.awards(), papers.abstracts());
    }

    private List<PersonMention> people() {
        List<PersonMention> people = new ArrayList<>();
        subjectsOfType(SG.Person).forEach(n -> person(n).ifPresent(people::add));
        return people;
    }

    private Mentions papersWith(List<PersonMention> people) {
        List<PaperStatement> papers = new ArrayList<>();
        List<AwardClaim> awards = new ArrayList<>();
        for (String paper : subjectsOfType(SG.Paper)) {
            papers.addAll(statements(paper));
            awards.addAll(awards(paper));
        }
        return new Mentions(people, papers, awards, abstracts());
    }

    /** Whether some source shows a title-less abstract (resolution must then link them to papers). */
    boolean hasAbstracts() {
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, SG.PaperAbstract);
        while (it.hasNext()) {
            if (isSource(it.next().getGraph())) {
                return true;
            }
        }
        return false;
    }

    List<AbstractMention> abstracts() {
        List<AbstractMention> out = new ArrayList<>();
        for (Quad q : sourceQuads(Node.ANY, Node.ANY, RDF.Nodes.type, SG.PaperAbstract)) {
            String text = literal(q.getGraph(), q.getSubject(), DCTerms.abstract_.asNode());
            if (text != null) {
                out.add(new AbstractMention(q.getSubject().getURI(), q.getGraph().getURI(), text));
            }
        }
        return out;
    }

    /** The person nodes and the paper nodes one source graph holds. */
    Set<String> nodesOf(String graph, Node type) {
        Set<String> out = new TreeSet<>();
        dsg.find(NodeFactory.createURI(graph), Node.ANY, RDF.Nodes.type, type)
                .forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    /** A person node as its source names it, or empty when no source holds it any more. */
    Optional<PersonMention> person(String node) {
        Node n = NodeFactory.createURI(node);
        for (Quad q : sourceQuads(Node.ANY, n, RDF.Nodes.type, SG.Person)) {
            Node g = q.getGraph();
            String name = literal(g, n, FOAF.name.asNode());
            if (name == null) {
                continue;
            }
            Set<String> printed = new TreeSet<>();
            boolean owner = false;
            for (Node a : authorshipsOf(g, n)) {
                printed.addAll(literals(g, a, SG.nameAsPrinted));
                owner |= "true".equals(literal(g, a, SG.siteOwner));
            }
            return Optional.of(new PersonMention(node, g.getURI(), name, List.copyOf(printed),
                    literal(g, n, SG.homepage), owner));
        }
        return Optional.empty();
    }

    /** The paper nodes a person node is an author of. */
    Set<String> papersOf(String personNode) {
        Node n = NodeFactory.createURI(personNode);
        Set<String> out = new TreeSet<>();
        for (Quad q : sourceQuads(Node.ANY, Node.ANY, SG.person, n)) {
            if (dsg.contains(q.getGraph(), q.getSubject(), RDF.Nodes.type, SG.Authorship)) {
                dsg.find(q.getGraph(), q.getSubject(), SG.paper, Node.ANY).forEachRemaining(p -> out.add(p.getObject().getURI()));
            }
        }
        return out;
    }

    /** What each source says about one paper node, in the order of the sources' IRIs. */
    List<PaperStatement> statements(String paperNode) {
        Node p = NodeFactory.createURI(paperNode);
        List<PaperStatement> out = new ArrayList<>();
        for (Node g : graphsTyping(p, SG.Paper)) {
            String title = literal(g, p, DCTerms.title.asNode());
            if (title == null) {
                continue;
            }
            out.add(new PaperStatement(paperNode, g.getURI(), title, integer(literal(g, p, SG.year)), venue(g, p),
                    literal(g, p, SG.doi), literal(g, p, SG.arxivId), literal(g, p, SG.impossibleYear),
                    withAbstracts ? literal(g, p, DCTerms.abstract_.asNode()) : null, authors(g, p)));
        }
        return out;
    }

    /** The award receipts sources give a paper node (nominations are not awards). */
    List<AwardClaim> awards(String paperNode) {
        Node p = NodeFactory.createURI(paperNode);
        List<AwardClaim> out = new ArrayList<>();
        for (Quad q : sourceQuads(Node.ANY, Node.ANY, SG.awardedTo, p)) {
            Node g = q.getGraph();
            Node r = q.getSubject();
            if (!dsg.contains(g, r, RDF.Nodes.type, SG.AwardReceipt) || !dsg.contains(g, p, RDF.Nodes.type, SG.Paper)
                    || "true".equals(literal(g, r, SG.nominee))) {
                continue;
            }
            Integer year = integer(literal(g, r, SG.awardYear));
            literals(g, r, SG.displayedLabel).forEach(label -> out.add(new AwardClaim(paperNode, g.getURI(), label, year)));
        }
        return out;
    }

    private List<String> authors(Node g, Node paper) {
        TreeMap<Integer, String> byOrdinal = new TreeMap<>();
        for (Quad q : list(dsg.find(g, Node.ANY, SG.paper, paper))) {
            Node a = q.getSubject();
            Integer ordinal = integer(literal(g, a, SG.ordinal));
            String person = uri(g, a, SG.person);
            if (ordinal != null && person != null && dsg.contains(g, a, RDF.Nodes.type, SG.Authorship)) {
                // One node per ordinal: the least IRI, so that a malformed list still reads the same every time.
                byOrdinal.merge(ordinal, person, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        return List.copyOf(new LinkedHashSet<>(byOrdinal.values()));
    }

    /** The series and edition label of the paper's venue ("ICML 2021"); the edition's before the series'. */
    private String venue(Node g, Node paper) {
        for (Node predicate : new Node[] {SG.publishedIn, SG.venue}) {
            Set<String> labels = new TreeSet<>();
            dsg.find(g, paper, predicate, Node.ANY).forEachRemaining(q -> labels.addAll(literals(g, q.getObject(), RDFS.Nodes.label)));
            if (!labels.isEmpty()) {
                return labels.iterator().next();
            }
        }
        return null;
    }

    private List<Node> authorshipsOf(Node g, Node person) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, Node.ANY, SG.person, person).forEachRemaining(q -> {
            if (dsg.contains(g, q.getSubject(), RDF.Nodes.type, SG.Authorship)) {
                out.add(q.getSubject());
            }
        });
        return out;
    }

    private Set<String> subjectsOfType(Node type) {
        Set<String> out = new TreeSet<>();
        sourceQuads(Node.ANY, Node.ANY, RDF.Nodes.type, type).forEach(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    private List<Node> graphsTyping(Node subject, Node type) {
        Set<String> graphs = new TreeSet<>();
        sourceQuads(Node.ANY, subject, RDF.Nodes.type, type).forEach(q -> graphs.add(q.getGraph().getURI()));
        return graphs.stream().map(NodeFactory::createURI).toList();
    }

    private List<Quad> sourceQuads(Node g, Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        dsg.find(g, s, p, o).forEachRemaining(q -> {
            if (isSource(q.getGraph()) && q.getSubject().isURI()) {
                out.add(q);
            }
        });
        return out;
    }

    private static boolean isSource(Node graph) {
        return !graph.equals(META) && !graph.equals(RESOLUTION) && !Quad.isDefaultGraph(graph);
    }

    private static List<Quad> list(Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** The least of a subject's literal values for a predicate (deterministic when a source gives two). */
    private String literal(Node g, Node s, Node p) {
        Set<String> all = literals(g, s, p);
        return all.isEmpty() ? null : all.iterator().next();
    }

    private Set<String> literals(Node g, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            out.add(o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : o.toString());
        });
        return out;
    }

    private String uri(Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isURI()) {
                return o.getURI();
            }
        }
        return null;
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
