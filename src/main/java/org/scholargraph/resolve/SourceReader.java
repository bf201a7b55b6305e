package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.scholargraph.rdf.SG;

/**
 * Reads what resolution needs from the sources' graphs (every named graph but the metadata and
 * resolution graphs), inside the caller's transaction. A full resolution reads every graph in one
 * pass each; an incremental one reads node by node only those around the changed sources. Both
 * read through {@link SourceGraph}, so both see the same facts (SourceReaderTest holds them equal).
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

    /**
     * Everything in the sources: every person, every paper statement, award claim and title-less
     * abstract. Read graph by graph, each in one pass over its index range (a whole-store run's
     * reading is mostly the cost of a lookup per subject otherwise), with the same readings as
     * the node-by-node methods below.
     */
    Mentions all() {
        return allOf(sourceGraphs());
    }

    /**
     * {@link #all()}, with half the graphs read on a second thread in a read transaction of its
     * own: half the wall time on two cores. Only for a caller whose transaction has written
     * nothing yet, as the second reader sees what was last committed.
     */
    Mentions allOnTwoThreads() {
        List<Node> graphs = sourceGraphs();
        List<Node> first = graphs.subList(0, graphs.size() / 2);
        List<Node> second = graphs.subList(graphs.size() / 2, graphs.size());
        Background<Mentions> other = Background.start("resolution-read", () -> Txn.calculateRead(dsg, () -> allOf(second)));
        Mentions mine;
        try {
            mine = allOf(first);
        } catch (RuntimeException | Error e) {
            // Not leaving a reader behind in a store about to close.
            other.abandon();
            throw e;
        }
        return merge(mine, other.get());
    }

    /** The source graphs of the store, in the order of their IRIs. */
    private List<Node> sourceGraphs() {
        Set<String> graphs = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && isSource(g)) {
                graphs.add(g.getURI());
            }
        });
        return graphs.stream().map(NodeFactory::createURI).toList();
    }

    private Mentions allOf(List<Node> graphs) {
        List<PersonMention> people = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<PaperStatement> papers = new ArrayList<>();
        List<AwardClaim> awards = new ArrayList<>();
        List<AbstractMention> abstracts = new ArrayList<>();
        SharedValues shared = new SharedValues();
        for (Node g : graphs) {
            List<Quad> quads = GraphQuads.of(dsg, g, SourceGraph.READ, SG.Authorship);
            SourceGraph source = SourceGraph.loaded(g, quads);
            Set<Node> subjects = new LinkedHashSet<>();
            quads.forEach(q -> subjects.add(q.getSubject()));
            for (Node s : subjects) {
                if (!s.isURI()) {
                    continue;
                }
                SourceGraph.Description d = source.describe(s);
                if (d.has(RDF.Nodes.type, SG.Person) && !named.contains(s.getURI())) {
                    // A node some graphs name: the first of them by IRI speaks for it, as person() reads it.
                    source.person(s).ifPresent(m -> {
                        named.add(m.node());
                        people.add(shared.person(m));
                    });
                }
                if (d.has(RDF.Nodes.type, SG.Paper)) {
                    source.statement(s, withAbstracts).map(shared::statement).ifPresent(papers::add);
                }
                for (Node paper : d.objects(SG.awardedTo)) {
                    if (paper.isURI()) {
                        awards.addAll(source.awards(s, paper));
                    }
                }
                if (d.has(RDF.Nodes.type, SG.PaperAbstract)) {
                    source.abstractOf(s).ifPresent(abstracts::add);
                }
            }
        }
        return new Mentions(people, papers, awards, abstracts);
    }

    /** Two reads of disjoint graph lists, the first's graphs before the second's. */
    private static Mentions merge(Mentions a, Mentions b) {
        Set<String> named = new HashSet<>();
        List<PersonMention> people = new ArrayList<>();
        for (PersonMention p : concat(a.people(), b.people())) {
            if (named.add(p.node())) {
                people.add(p);
            }
        }
        return new Mentions(people, concat(a.papers(), b.papers()), concat(a.awards(), b.awards()), concat(a.abstracts(), b.abstracts()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
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

    /** The person nodes and the paper nodes one source graph holds. */
    Set<String> nodesOf(String graph, Node type) {
        Set<String> out = new TreeSet<>();
        dsg.find(NodeFactory.createURI(graph), Node.ANY, RDF.Nodes.type, type)
                .forEachRemaining(q -> out.add(q.getSubject().getURI()));
        return out;
    }

    /** A person node as its source names it (the first source by IRI that names it), or empty when no source holds it any more. */
    Optional<PersonMention> person(String node) {
        Node n = NodeFactory.createURI(node);
        for (Node g : graphsTyping(n, SG.Person)) {
            Optional<PersonMention> m = SourceGraph.stored(dsg, g).person(n);
            if (m.isPresent()) {
                return m;
            }
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
            SourceGraph.stored(dsg, g).statement(p, withAbstracts).ifPresent(out::add);
        }
        return out;
    }

    /** The award receipts, nominations included, sources give a paper node. */
    List<AwardClaim> awards(String paperNode) {
        Node p = NodeFactory.createURI(paperNode);
        List<AwardClaim> out = new ArrayList<>();
        for (Quad q : sourceQuads(Node.ANY, Node.ANY, SG.awardedTo, p)) {
            out.addAll(SourceGraph.stored(dsg, q.getGraph()).awards(q.getSubject(), p));
        }
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
}
