package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.scholargraph.rdf.Keys;
import org.scholargraph.rdf.SG;
import org.scholargraph.store.IndexOrderWriter;

/**
 * Writes a {@link Resolution} as the resolution graph (ontology: "Resolution"): each source
 * node's sg:resolvesTo, canonical people with their name variants, canonical papers with their
 * canonical authors, co-authorships with joint-paper counts, decisions and conflicts. The graph is
 * brought to the new resolution inside the caller's write transaction, so it never mixes two resolutions.
 */
public final class ResolutionWriter {
    private static final Node GRAPH = NodeFactory.createURI(SG.RESOLUTION_GRAPH);
    private static final Node META = NodeFactory.createURI(SG.META_GRAPH);

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
     * Makes the resolution graph hold exactly {@code r}'s triples, touching only what changed: the
     * new triples' 64-bit hashes are gathered first, stored triples whose hash is not among them
     * are deleted, and new triples the graph lacks are added. A run that changes nothing is seen
     * from a digest of the hashes and writes nothing; one more source rewrites what it moved, not
     * the whole graph (TDB2 copies an index block for every block a write touches). Returns
     * whether anything was written.
     *
     * <p>The digest sums the triples as emitted, a triple emitted twice (a paper's type from two
     * places) twice: the same resolution emits the same triples the same number of times, so
     * equal resolutions still give equal digests, and a first resolution, which has nothing to
     * delete, then needs no set of the hashes (8 bytes a triple, twice that while the set grows:
     * 64 MB of a 10,000-document resolution's heap).
     */
    public boolean replace(Resolution r, Ledger ledger) {
        Set<String> sources = new java.util.TreeSet<>(ledger.current().keySet());
        sources.addAll(ledger.resolved().keySet());
        long[] digest = {0};
        boolean empty = !dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext();
        HashSet64 wanted = empty ? null : new HashSet64();
        IndexOrderWriter out = new IndexOrderWriter(dsg);
        sink = (s, p, o) -> {
            long h = hash(s, p, o);
            digest[0] += HashSet64.mix(h);
            if (empty) {
                // A first resolution: every triple is new, written in the same pass, without looking it up.
                out.add(GRAPH, s, p, o);
            } else {
                wanted.add(h);
            }
        };
        emit(r);
        out.flush();
        Node mark = NodeFactory.createLiteralString(Long.toHexString(digest[0]));
        if (empty) {
            ledger(ledger, sources, r.personOf().size() + r.paperOf().size());
            dsg.add(GRAPH, GRAPH, DIGEST, mark);
            return true;
        }
        if (dsg.contains(GRAPH, GRAPH, DIGEST, mark)) {
            ledger(ledger, sources, r.personOf().size() + r.paperOf().size());
            return false;
        }
        List<Quad> stale = new ArrayList<>();
        dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            // The ledger's entries are not part of the resolution's content: ledger() keeps them.
            boolean ledgerEntry = q.getPredicate().equals(SG.resolvedContent) || q.getPredicate().equals(SG.resolvedNodes);
            if (!ledgerEntry && !wanted.contains(hash(q.getSubject(), q.getPredicate(), q.getObject()))) {
                stale.add(q);
            }
        });
        stale.forEach(dsg::delete);
        sink = (s, p, o) -> {
            if (!dsg.contains(GRAPH, s, p, o)) {
                out.add(GRAPH, s, p, o);
            }
        };
        emit(r);
        out.flush();
        ledger(ledger, sources, r.personOf().size() + r.paperOf().size());
        dsg.add(GRAPH, GRAPH, DIGEST, mark);
        return true;
    }

    /**
     * Replaces what the last resolution said about a region with {@code r}: the region's nodes'
     * canonical entities and blocks, its old and new canonical people (with their co-authorships)
     * and papers (with their conflicts), and the decisions on its nodes; the changed sources'
     * ledger entries. Only triples that differ are deleted or added. Returns whether anything was.
     */
    public boolean replaceRegion(Resolution r, Region region, Ledger ledger) {
        Set<Triple> stale = new LinkedHashSet<>();
        Set<Node> nodes = new LinkedHashSet<>();
        region.personNodes().forEach(n -> nodes.add(uri(n)));
        region.paperNodes().forEach(n -> nodes.add(uri(n)));
        Set<Node> oldCanonical = new LinkedHashSet<>();
        for (Node n : nodes) {
            // sg:mentionedIn: left by versions before the store journaled departures.
            collect(stale, n, SG.resolvesTo, SG.mentionedIn);
            dsg.find(GRAPH, n, SG.resolvesTo, Node.ANY).forEachRemaining(q -> oldCanonical.add(q.getObject()));
            dsg.find(GRAPH, Node.ANY, SG.decides, n).forEachRemaining(q -> collectAll(stale, q.getSubject()));
        }
        // Blocks hang on the canonical entities of the region's nodes, every member of which is in the region.
        oldCanonical.forEach(c -> collect(stale, c, SG.blockKey));
        for (String person : region.oldPeople()) {
            Node c = uri(person);
            collect(stale, c, RDF.Nodes.type, FOAF.name.asNode(), SG.nameVariant, SG.lookupKey);
            dsg.find(GRAPH, Node.ANY, SG.coauthor, c).forEachRemaining(q -> collectAll(stale, q.getSubject()));
        }
        for (String paper : region.oldPapers()) {
            Node c = uri(paper);
            collect(stale, c, RDF.Nodes.type, DCTerms.title.asNode(), SG.lookupKey, SG.author, SG.year, SG.venueName,
                    SG.authorNames);
            dsg.find(GRAPH, Node.ANY, SG.awardedTo, c).forEachRemaining(q -> collectAll(stale, q.getSubject()));
            dsg.find(GRAPH, Node.ANY, SG.about, c).forEachRemaining(q -> {
                collectAll(stale, q.getSubject());
                dsg.find(GRAPH, q.getSubject(), SG.claim, Node.ANY).forEachRemaining(claim -> collectAll(stale, claim.getObject()));
            });
        }
        collect(stale, GRAPH, DIGEST);

        Set<Triple> wanted = new LinkedHashSet<>();
        sink = (s, p, o) -> wanted.add(Triple.create(s, p, o));
        emit(r);
        ledger(ledger, region.sources(), ledger.resolvedNodes() < 0 ? -1
                : ledger.resolvedNodes() - region.resolvedBefore() + r.personOf().size() + r.paperOf().size());
        Set<Triple> removed = new LinkedHashSet<>(stale);
        removed.removeAll(wanted);
        wanted.removeAll(stale);
        removed.forEach(t -> dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        wanted.forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        return !removed.isEmpty() || !wanted.isEmpty();
    }

    private void collect(Set<Triple> into, Node subject, Node... predicates) {
        for (Node p : predicates) {
            dsg.find(GRAPH, subject, p, Node.ANY).forEachRemaining(q -> into.add(q.asTriple()));
        }
    }

    private void collectAll(Set<Triple> into, Node subject) {
        dsg.find(GRAPH, subject, Node.ANY, Node.ANY).forEachRemaining(q -> into.add(q.asTriple()));
    }

    /**
     * Records the content each of the given sources had when resolved (nothing for a source that
     * has gone). Not part of what "changed" means: a source loaded again from the same bytes
     * moves its ledger entry, not the resolution.
     */
    private void ledger(Ledger ledger, Set<String> sources, long resolvedNodes) {
        if (resolvedNodes != ledger.resolvedNodes()) {
            dsg.deleteAny(GRAPH, GRAPH, SG.resolvedNodes, Node.ANY);
            if (resolvedNodes >= 0) {
                dsg.add(GRAPH, GRAPH, SG.resolvedNodes, NodeFactory.createLiteralDT(Long.toString(resolvedNodes), XSDDatatype.XSDinteger));
            }
        }
        // The store's journal of nodes that left their sources: this resolution has seen them all.
        dsg.deleteAny(META, Node.ANY, SG.leftSource, Node.ANY);
        for (String g : sources) {
            String seen = ledger.current().get(g);
            Node s = uri(g);
            if (seen == null || !seen.equals(ledger.resolved().get(g))) {
                dsg.deleteAny(GRAPH, s, SG.resolvedContent, Node.ANY);
                if (seen != null) {
                    dsg.add(GRAPH, s, SG.resolvedContent, text(seen));
                }
            }
        }
    }

    /**
     * A 64-bit hash of a triple from its terms' parts (IRI; lexical form, datatype and language;
     * blank label), FNV-1a then mixed. Read straight from the nodes: a first resolution hashes
     * millions of triples, and formatting each term as text first was a tenth of its writing.
     */
    private static long hash(Node s, Node p, Node o) {
        long h = 0xcbf29ce484222325L;
        for (Node n : new Node[] {s, p, o}) {
            if (n.isURI()) {
                h = fnv(h, n.getURI());
            } else if (n.isLiteral()) {
                h = fnv(fnv(fnv(h, n.getLiteralLexicalForm()), n.getLiteralDatatypeURI()), n.getLiteralLanguage());
            } else {
                h = fnv(h, n.toString());
            }
            h = (h ^ 0x1F) * 0x100000001b3L;
        }
        return HashSet64.mix(h);
    }

    private static long fnv(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0x1E) * 0x100000001b3L;
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
        Map<String, String> names = new HashMap<>();
        r.people().forEach(p -> names.put(p.iri(), p.name()));
        r.authorsOf().forEach((paper, authors) -> {
            Node node = uri(paper);
            add(node, RDF.Nodes.type, SG.Paper);
            String title = r.titles().get(paper);
            if (title != null) {
                add(node, DCTerms.title.asNode(), text(title));
                lookupKeys(node, title, r.titlesOf().getOrDefault(paper, List.of()));
            }
            authors.forEach(a -> add(node, SG.author, uri(a)));
            summary(node, r.summaries().get(paper), names);
        });
        r.awards().forEach(this::award);
        Set<String> decided = new java.util.HashSet<>();
        r.people().forEach(p -> decided.add(p.iri()));
        coauthorships(r.authorsOf(), decided);
        Map<String, Set<String>> spellings = new HashMap<>();
        r.people().forEach(p -> spellings.put(p.iri(), spellings(p.name(), p.variants())));
        for (Decision d : r.decisions()) {
            if (!readOffTheGraph(d, r.personOf(), spellings)) {
                decision(d);
            }
        }
        r.conflicts().forEach(this::conflict);
        r.abstracts().forEach(a -> add(uri(a.abstractNode()), SG.abstractOf, uri(a.paper())));
        // On the canonical entity, the union of its nodes' blocks: one key per spelling's block rather than per node.
        r.blocks().forEach((canonical, keys) -> keys.forEach(k -> add(uri(canonical), SG.blockKey, text(k))));
    }

    /**
     * The paper's year, venue and author names as a listing shows them, so that a query reads
     * three triples of this graph instead of visiting every source that states the paper.
     * An author the run did not decide (outside an incremental run's region) keeps the name
     * this graph already gives them.
     */
    private void summary(Node paper, PaperSummary summary, Map<String, String> names) {
        if (summary == null) {
            return;
        }
        if (summary.year() != null) {
            add(paper, SG.year, NodeFactory.createLiteralDT(summary.year().toString(), XSDDatatype.XSDinteger));
        }
        if (summary.venueName() != null) {
            add(paper, SG.venueName, text(summary.venueName()));
        }
        List<String> printed = new ArrayList<>();
        for (String person : summary.authors()) {
            String name = names.computeIfAbsent(person, this::storedName);
            if (name != null) {
                printed.add(name);
            }
        }
        if (!printed.isEmpty()) {
            add(paper, SG.authorNames, text(String.join("; ", printed)));
        }
    }

    /** A canonical paper's award, with what a listing shows of it. */
    private void award(CanonicalAward a) {
        Node node = uri(a.iri());
        add(node, RDF.Nodes.type, SG.AwardReceipt);
        add(node, SG.awardedTo, uri(a.paper()));
        if (a.kind() != null) {
            add(node, SG.awardKind, uri(a.kind()));
        }
        if (a.year() != null) {
            add(node, SG.awardYear, NodeFactory.createLiteralDT(a.year().toString(), XSDDatatype.XSDinteger));
        }
        add(node, SG.displayedLabel, text(a.label()));
        if (a.venueName() != null) {
            add(node, SG.venueName, text(a.venueName()));
        }
        if (a.nominee()) {
            add(node, SG.nominee, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
    }

    private String storedName(String person) {
        var found = dsg.find(GRAPH, uri(person), FOAF.name.asNode(), Node.ANY);
        return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : null;
    }

    /** Lower-cased forms, as SPARQL's LCASE makes them, so a query binds the key rather than filtering every name. */
    private void lookupKeys(Node node, String first, List<String> others) {
        spellings(first, others).forEach(k -> add(node, SG.lookupKey, text(k)));
    }

    private static Set<String> spellings(String first, List<String> others) {
        Set<String> keys = new java.util.TreeSet<>();
        keys.add(first.toLowerCase(java.util.Locale.ROOT));
        others.forEach(o -> keys.add(o.toLowerCase(java.util.Locale.ROOT)));
        return keys;
    }

    /**
     * Co-authorships of the people just decided (all of them in a full run) with anyone. Each
     * joint paper adds a pair of person numbers packed in a long; sorted, a pair's run is its
     * count. A map keyed by the pair's text held 400 MB for the 1.8 million pairs of a
     * 10,000-document corpus, at the peak of the ingest's heap.
     */
    private void coauthorships(Map<String, List<String>> authorsOf, Set<String> decided) {
        Numbering<String> numbers = new Numbering<>();
        List<String> people = new ArrayList<>();
        long[] pairs = new long[1024];
        int size = 0;
        for (List<String> authors : authorsOf.values()) {
            List<String> sorted = authors.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    if (!decided.contains(sorted.get(i)) && !decided.contains(sorted.get(j))) {
                        continue;
                    }
                    if (size == pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, size * 2);
                    }
                    pairs[size++] = ((long) number(numbers, people, sorted.get(i)) << 32) | number(numbers, people, sorted.get(j));
                }
            }
        }
        java.util.Arrays.sort(pairs, 0, size);
        for (int start = 0; start < size;) {
            int end = start + 1;
            while (end < size && pairs[end] == pairs[start]) {
                end++;
            }
            String a = people.get((int) (pairs[start] >>> 32));
            String b = people.get((int) pairs[start]);
            Node node = uri(base + "coauthorship/" + personKey(a) + "/" + personKey(b));
            // Untyped: sg:coauthor's domain says what the node is, and a type would be one triple
            // in four of the largest part of the graph, paid at every whole-store write.
            add(node, SG.coauthor, uri(a));
            add(node, SG.coauthor, uri(b));
            add(node, SG.jointPapers, NodeFactory.createLiteralDT(String.valueOf(end - start), XSDDatatype.XSDinteger));
            start = end;
        }
    }

    /**
     * A canonical person's key, what follows "person/" in their IRI: a co-authorship is named by
     * its two people's keys, unique as their IRIs are. A hash of the pair, as it was, gave 22 of
     * the 450,931 co-authorships of a 10,000-document corpus the IRI of another pair (32 bits),
     * merging the two pairs' people and counts.
     */
    private String personKey(String canonical) {
        String prefix = base + "person/";
        if (!canonical.startsWith(prefix)) {
            throw new IllegalStateException("not a canonical person of this store: " + canonical);
        }
        return canonical.substring(prefix.length());
    }

    private static int number(Numbering<String> numbers, List<String> people, String person) {
        int n = numbers.of(person);
        if (n == people.size()) {
            people.add(person);
        }
        return n;
    }

    /**
     * Three kinds of decision are not written as nodes of their own, as the graph already shows
     * them and they are most decisions on a realistic corpus: the commonest merge, the same name
     * (after folding) on one paper in two sources (both nodes resolve to one person who is an
     * author of the paper); homonyms kept apart, two canonical people sharing a spelling
     * (sg:lookupKey) with no second signal, which are apart by construction; and variants kept
     * apart for want of a second signal, two canonical people holding one proposal block
     * (sg:blockKey) with names NameMatch calls variants. `resolve --explain` reads all three off
     * the graph. Every other merge, and every other "kept apart", is written.
     */
    static boolean readOffTheGraph(Decision d, Map<String, String> personOf, Map<String, Set<String>> spellings) {
        if (d.verdict() == Decision.Verdict.MERGED) {
            // The resolver counts its same-name merges on a shared paper instead of keeping them
            // (Resolution.sameNameSharedPaper); one given here is read off the graph all the same.
            return d.rule().equals(SAME_NAME_SHARED_PAPER);
        }
        // Kept apart for want of a second signal; one kept apart because a source lists both on
        // one paper is written, as the graph does not show why.
        if (d.rule().equals(NAME_VARIANT_NO_SECOND_SIGNAL)) {
            // The two canonical people hold a block key in common and the two names: that the
            // names are variants is NameMatch's to say again, and no merge joined them.
            return true;
        }
        if (!d.rule().equals(SAME_NAME_NO_SECOND_SIGNAL)) {
            return false;
        }
        Set<String> a = spellings.getOrDefault(personOf.get(d.a()), Set.of());
        Set<String> b = spellings.getOrDefault(personOf.get(d.b()), Set.of());
        return a.stream().anyMatch(b::contains);
    }

    static final String SAME_NAME_SHARED_PAPER = "same-name+shared-paper";

    static final String SAME_NAME_NO_SECOND_SIGNAL = "same-name+no-second-signal";

    static final String NAME_VARIANT_NO_SECOND_SIGNAL = "name-variant+no-second-signal";

    private void decision(Decision d) {
        Node node = uri(base + "decision/" + Keys.longHash(d.verdict() + " " + d.a() + " " + d.b() + " " + d.rule()));
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
        String iri = base + "conflict/" + Keys.longHash(c.about() + " " + c.kind() + " " + c.claims());
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
