package org.scholargraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.scholargraph.rdf.Keys;
import org.scholargraph.rdf.SG;

/**
 * Writes a {@link Resolution} as the resolution graph (ontology: "Resolution"): each source
 * node's sg:resolvesTo, canonical people with their name variants, canonical papers with their
 * canonical authors, co-authorships with joint-paper counts, decisions and conflicts. The graph
 * is replaced whole, inside the caller's write transaction, so it never mixes two resolutions.
 */
public final class ResolutionWriter {
    private static final Node GRAPH = NodeFactory.createURI(SG.RESOLUTION_GRAPH);

    private static final Node DIGEST = SG.contentHash;

    private final DatasetGraph dsg;
    private final String base;
    private Sink sink;

    public ResolutionWriter(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    private interface Sink {
        void add(Node s, Node p, Node o);
    }

    /**
     * Replaces the resolution graph with {@code r}, or leaves it untouched when it already holds
     * exactly these triples: re-running an ingest then writes nothing, and TDB2, whose every
     * write copies index blocks, does not grow. Returns whether anything was written.
     */
    public boolean replace(Resolution r) {
        long[] digest = {0};
        sink = (s, p, o) -> digest[0] += mix(Triple.create(s, p, o).hashCode());
        emit(r);
        String fingerprint = Long.toHexString(digest[0]);
        Node mark = NodeFactory.createLiteralString(fingerprint);
        if (dsg.contains(GRAPH, GRAPH, DIGEST, mark)) {
            return false;
        }
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        sink = (s, p, o) -> dsg.add(GRAPH, s, p, o);
        emit(r);
        dsg.add(GRAPH, GRAPH, DIGEST, mark);
        return true;
    }

    /** An order-independent digest: a sum of well-mixed triple hashes (SplitMix64's finaliser). */
    private static long mix(long h) {
        long z = h + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void emit(Resolution r) {
        r.personOf().forEach((mention, canonical) -> add(uri(mention), SG.resolvesTo, uri(canonical)));
        for (CanonicalPerson p : r.people()) {
            Node node = uri(p.iri());
            add(node, RDF.Nodes.type, SG.Person);
            add(node, RDF.Nodes.type, FOAF.Person.asNode());
            add(node, FOAF.name.asNode(), text(p.name()));
            p.variants().forEach(v -> add(node, SG.nameVariant, text(v)));
            lookupKeys(node, p.name(), p.variants());
        }
        r.paperOf().forEach((node, canonical) -> add(uri(node), SG.resolvesTo, uri(canonical)));
        r.authorsOf().forEach((paper, authors) -> {
            Node node = uri(paper);
            add(node, RDF.Nodes.type, SG.Paper);
            String title = r.titles().get(paper);
            if (title != null) {
                add(node, DCTerms.title.asNode(), text(title));
                lookupKeys(node, title, r.titlesOf().getOrDefault(paper, List.of()));
            }
            authors.forEach(a -> add(node, SG.author, uri(a)));
        });
        coauthorships(r.authorsOf());
        r.decisions().forEach(this::decision);
        r.conflicts().forEach(this::conflict);
        r.abstracts().forEach(a -> add(uri(a.abstractNode()), SG.abstractOf, uri(a.paper())));
    }

    /** Lower-cased forms, as SPARQL's LCASE makes them, so a query binds the key rather than filtering every name. */
    private void lookupKeys(Node node, String first, List<String> others) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        keys.add(first.toLowerCase(java.util.Locale.ROOT));
        others.forEach(o -> keys.add(o.toLowerCase(java.util.Locale.ROOT)));
        keys.forEach(k -> add(node, SG.lookupKey, text(k)));
    }

    private void coauthorships(Map<String, Set<String>> authorsOf) {
        Map<String, Integer> joint = new HashMap<>();
        for (Set<String> authors : authorsOf.values()) {
            List<String> sorted = authors.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    joint.merge(sorted.get(i) + " " + sorted.get(j), 1, Integer::sum);
                }
            }
        }
        joint.forEach((pair, n) -> {
            String[] ab = pair.split(" ");
            Node node = uri(base + "coauthorship/" + Keys.hash(pair));
            add(node, RDF.Nodes.type, SG.Coauthorship);
            add(node, SG.coauthor, uri(ab[0]));
            add(node, SG.coauthor, uri(ab[1]));
            add(node, SG.jointPapers, NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger));
        });
    }

    private void decision(Decision d) {
        Node node = uri(base + "decision/" + Keys.hash(d.verdict() + " " + d.a() + " " + d.b() + " " + d.rule()));
        add(node, RDF.Nodes.type, d.verdict() == Decision.Verdict.MERGED ? SG.Merge : SG.KeptApart);
        add(node, SG.decides, uri(d.a()));
        add(node, SG.decides, uri(d.b()));
        add(node, SG.rule, text(d.rule()));
        add(node, SG.evidence, text(d.evidence()));
        add(node, SG.score, NodeFactory.createLiteralDT(String.format(java.util.Locale.ROOT, "%.3f", d.score()), XSDDatatype.XSDdouble));
        if (d.verdict() == Decision.Verdict.MERGED) {
            d.sources().forEach(s -> add(node, SG.supportedBy, uri(s)));
        }
    }

    private void conflict(Conflict c) {
        String iri = base + "conflict/" + Keys.hash(c.about() + " " + c.kind() + " " + c.claims());
        Node node = uri(iri);
        add(node, RDF.Nodes.type, SG.Conflict);
        add(node, SG.about, uri(c.about()));
        add(node, SG.conflictKind, text(c.kind()));
        add(node, RDFS.Nodes.label, text(c.label()));
        for (int i = 0; i < c.claims().size(); i++) {
            Conflict.Claim claim = c.claims().get(i);
            Node cn = uri(iri + "/claim/" + (i + 1));
            add(node, SG.claim, cn);
            add(cn, RDF.Nodes.type, SG.Claim);
            add(cn, SG.value, text(claim.value()));
            add(cn, SG.source, uri(claim.source()));
        }
    }

    private void add(Node s, Node p, Node o) {
        sink.add(s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
