package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.scholargraph.rdf.SG;

/**
 * What one source graph says about the nodes resolution compares: a person as named there, a
 * paper's statement, an award receipt, a title-less abstract. The reading is written once, here,
 * over two ways of seeing a graph: {@link #stored} asks the store's indexes subject by subject
 * (an incremental run reads a few hundred nodes), {@link #loaded} holds a graph read in one pass
 * (a whole-store run reads every graph, and one index range per graph costs a fraction of one per
 * subject). Both give the same facts in the same order.
 */
abstract class SourceGraph {
    /**
     * Every predicate resolution reads of a source: a whole-store run reads only these quads
     * (see {@link GraphQuads}), and asking a description for another predicate fails, so a new
     * read cannot go unnoticed by the whole-store run while the incremental one sees it.
     */
    static final Set<Node> READ = Set.of(RDF.Nodes.type, FOAF.name.asNode(), SG.nameAsPrinted, SG.siteOwner, SG.homepage,
            SG.person, SG.paper, SG.ordinal, DCTerms.title.asNode(), DCTerms.abstract_.asNode(), SG.year, SG.doi,
            SG.arxivId, SG.impossibleYear, SG.publishedIn, SG.venue, RDFS.Nodes.label, SG.shortName, SG.editionOf,
            SG.awardedTo, SG.awardYear, SG.nominee, SG.displayedLabel, SG.awardKind, SG.conferredBy, SG.conferrerName);

    private final Node graph;

    private SourceGraph(Node graph) {
        this.graph = graph;
    }

    /** A graph of the store, read through its indexes as each subject is asked for. */
    static SourceGraph stored(DatasetGraph dsg, Node graph) {
        return new SourceGraph(graph) {
            @Override
            Description describe(Node s) {
                Map<Node, List<Node>> byPredicate = new HashMap<>();
                dsg.find(graph, s, Node.ANY, Node.ANY).forEachRemaining(q -> byPredicate
                        .computeIfAbsent(q.getPredicate(), k -> new ArrayList<>(2)).add(q.getObject()));
                return new Description(byPredicate);
            }

            @Override
            List<Node> subjectsWith(Node p, Node o) {
                List<Node> out = new ArrayList<>();
                dsg.find(graph, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
                return out;
            }
        };
    }

    /**
     * A graph held in memory, from its quads in the store's subject order: each subject's
     * description, and the subjects pointing at each node through the two links read backwards
     * (an authorship's sg:person and sg:paper).
     */
    static SourceGraph loaded(Node graph, Iterable<Quad> quads) {
        Map<Node, Map<Node, List<Node>>> subjects = new HashMap<>();
        Map<Node, Map<Node, List<Node>>> backwards = Map.of(SG.person, new HashMap<>(), SG.paper, new HashMap<>());
        for (Quad q : quads) {
            subjects.computeIfAbsent(q.getSubject(), k -> new HashMap<>())
                    .computeIfAbsent(q.getPredicate(), k -> new ArrayList<>(2)).add(q.getObject());
            if (q.getPredicate().equals(SG.person) || q.getPredicate().equals(SG.paper)) {
                backwards.get(q.getPredicate()).computeIfAbsent(q.getObject(), k -> new ArrayList<>(2)).add(q.getSubject());
            }
        }
        return new SourceGraph(graph) {
            @Override
            Description describe(Node s) {
                return new Description(subjects.getOrDefault(s, Map.of()));
            }

            @Override
            List<Node> subjectsWith(Node p, Node o) {
                Map<Node, List<Node>> byObject = backwards.get(p);
                if (byObject == null) {
                    throw new IllegalArgumentException("a loaded graph indexes only sg:person and sg:paper backwards, not " + p);
                }
                return byObject.getOrDefault(o, List.of());
            }
        };
    }

    /** Everything the graph says about a subject. */
    abstract Description describe(Node s);

    /** The subjects that have {@code o} as a value of {@code p}. */
    abstract List<Node> subjectsWith(Node p, Node o);

    Node name() {
        return graph;
    }

    /** A person node as this graph names it; empty when the graph gives it no name. */
    Optional<PersonMention> person(Node n) {
        Description person = describe(n);
        String name = person.literal(FOAF.name.asNode());
        if (name == null) {
            return Optional.empty();
        }
        Set<String> printed = new TreeSet<>();
        boolean owner = false;
        for (Node a : subjectsWith(SG.person, n)) {
            Description authorship = describe(a);
            if (authorship.has(RDF.Nodes.type, SG.Authorship)) {
                printed.addAll(authorship.literals(SG.nameAsPrinted));
                owner |= "true".equals(authorship.literal(SG.siteOwner));
            }
        }
        return Optional.of(new PersonMention(n.getURI(), graph.getURI(), name, List.copyOf(printed),
                person.literal(SG.homepage), owner));
    }

    /** What this graph says about a paper node; empty when it gives no title. */
    Optional<PaperStatement> statement(Node p, boolean withAbstract) {
        Description paper = describe(p);
        String title = paper.literal(DCTerms.title.asNode());
        if (title == null) {
            return Optional.empty();
        }
        return Optional.of(new PaperStatement(p.getURI(), graph.getURI(), title, integer(paper.literal(SG.year)), venue(paper),
                venueName(paper), paper.literal(SG.doi), paper.literal(SG.arxivId), paper.literal(SG.impossibleYear),
                withAbstract ? paper.literal(DCTerms.abstract_.asNode()) : null, authors(p)));
    }

    /** The awards and nominations a receipt in this graph gives a paper node typed here. */
    List<AwardClaim> awards(Node receipt, Node p) {
        Description r = describe(receipt);
        if (!r.has(RDF.Nodes.type, SG.AwardReceipt) || !describe(p).has(RDF.Nodes.type, SG.Paper)) {
            return List.of();
        }
        Integer year = integer(r.literal(SG.awardYear));
        boolean nominee = "true".equals(r.literal(SG.nominee));
        String venue = conferrer(r);
        List<AwardClaim> out = new ArrayList<>();
        r.literals(SG.displayedLabel).forEach(label -> out.add(new AwardClaim(p.getURI(), graph.getURI(), label, year,
                receipt.getURI(), r.uri(SG.awardKind), venue, nominee)));
        return out;
    }

    /** The conferring venue's short name (its series' for an edition), else the conferrer's name as given. */
    private String conferrer(Description receipt) {
        Set<String> names = shortNames(receipt.objects(SG.conferredBy));
        return names.isEmpty() ? receipt.literal(SG.conferrerName) : names.iterator().next();
    }

    /** The short names of venues, series or editions (an edition's are its series'), in order. */
    private Set<String> shortNames(List<Node> venues) {
        Set<String> names = new TreeSet<>();
        for (Node venue : venues) {
            Description v = describe(venue);
            names.addAll(v.literals(SG.shortName));
            v.objects(SG.editionOf).forEach(series -> names.addAll(describe(series).literals(SG.shortName)));
        }
        return names;
    }

    /** A title-less abstract node with its text; empty without one. */
    Optional<AbstractMention> abstractOf(Node a) {
        return Optional.ofNullable(describe(a).literal(DCTerms.abstract_.asNode()))
                .map(text -> new AbstractMention(a.getURI(), graph.getURI(), text));
    }

    private List<String> authors(Node paper) {
        TreeMap<Integer, String> byOrdinal = new TreeMap<>();
        for (Node node : subjectsWith(SG.paper, paper)) {
            Description a = describe(node);
            Integer ordinal = integer(a.literal(SG.ordinal));
            String person = a.uri(SG.person);
            if (ordinal != null && person != null && a.has(RDF.Nodes.type, SG.Authorship)) {
                // One node per ordinal: the least IRI, so that a malformed list still reads the same every time.
                byOrdinal.merge(ordinal, person, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        return List.copyOf(new LinkedHashSet<>(byOrdinal.values()));
    }

    /** The series and edition label of the paper's venue ("ICML 2021"); the edition's before the series'. */
    private String venue(Description paper) {
        for (Node predicate : new Node[] {SG.publishedIn, SG.venue}) {
            Set<String> labels = new TreeSet<>();
            paper.objects(predicate).forEach(v -> labels.addAll(describe(v).literals(RDFS.Nodes.label)));
            if (!labels.isEmpty()) {
                return labels.iterator().next();
            }
        }
        return null;
    }

    /**
     * The short name of the paper's venue series ("ICML"): the edition's series' or the series'
     * the paper names directly, the least where there are several.
     */
    private String venueName(Description paper) {
        Set<String> names = shortNames(paper.objects(SG.publishedIn));
        if (names.isEmpty()) {
            names = shortNames(paper.objects(SG.venue));
        }
        return names.isEmpty() ? null : names.iterator().next();
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A subject's properties in one graph, each predicate's objects in the store's index order. */
    record Description(Map<Node, List<Node>> byPredicate) {
        List<Node> objects(Node p) {
            if (!READ.contains(p)) {
                throw new IllegalArgumentException(p + " is not among the predicates resolution reads (SourceGraph.READ)");
            }
            return byPredicate.getOrDefault(p, List.of());
        }

        boolean has(Node p, Node o) {
            return objects(p).contains(o);
        }

        /** The least of the values (deterministic when a source gives two). */
        String literal(Node p) {
            Set<String> all = literals(p);
            return all.isEmpty() ? null : all.iterator().next();
        }

        Set<String> literals(Node p) {
            Set<String> out = new TreeSet<>();
            objects(p).forEach(o -> out.add(o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : o.toString()));
            return out;
        }

        /** The first IRI value, in index order. */
        String uri(Node p) {
            for (Node o : objects(p)) {
                if (o.isURI()) {
                    return o.getURI();
                }
            }
            return null;
        }
    }
}
