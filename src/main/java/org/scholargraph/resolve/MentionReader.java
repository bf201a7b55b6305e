package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholargraph.rdf.SG;

/**
 * Reads what resolution needs from the sources' graphs (every named graph but the metadata and
 * resolution graphs), inside the caller's transaction.
 */
public final class MentionReader {
    private static final String SOURCES_ONLY = " FILTER(?g != <" + SG.META_GRAPH + "> && ?g != <" + SG.RESOLUTION_GRAPH + ">) ";

    private static final Query PEOPLE = query("SELECT ?g ?p ?name ?home WHERE { GRAPH ?g { ?p a sg:Person ; foaf:name ?name ."
            + " OPTIONAL { ?p sg:homepage ?home } }" + SOURCES_ONLY + "}");
    private static final Query AUTHORSHIPS = query("SELECT ?g ?paper ?p ?ord ?printed ?owner WHERE { GRAPH ?g { ?a a sg:Authorship ;"
            + " sg:paper ?paper ; sg:person ?p ; sg:ordinal ?ord . OPTIONAL { ?a sg:nameAsPrinted ?printed }"
            + " OPTIONAL { ?a sg:siteOwner ?owner } }" + SOURCES_ONLY + "}");
    private static final Query PAPERS = papers(false);
    /** With each paper's abstract: only when some source shows title-less abstracts to link, as abstracts are long. */
    private static final Query PAPERS_WITH_ABSTRACTS = papers(true);
    private static final Query AWARDS = query("SELECT ?g ?paper ?label ?year WHERE { GRAPH ?g { ?r a sg:AwardReceipt ;"
            + " sg:awardedTo ?paper ; sg:displayedLabel ?label . ?paper a sg:Paper . OPTIONAL { ?r sg:awardYear ?year }"
            + " FILTER NOT EXISTS { ?r sg:nominee true } }" + SOURCES_ONLY + "}");
    private static final Query ABSTRACTS = query("SELECT ?g ?a ?text WHERE { GRAPH ?g { ?a a sg:PaperAbstract ;"
            + " dcterms:abstract ?text }" + SOURCES_ONLY + "}");

    private MentionReader() {
    }

    private static Query papers(boolean withAbstracts) {
        return query("SELECT ?g ?paper ?title ?year ?doi ?arxiv ?impossible ?abstract ?venue WHERE {"
                + " GRAPH ?g { ?paper a sg:Paper ; dcterms:title ?title ."
                + " OPTIONAL { ?paper sg:year ?year } OPTIONAL { ?paper sg:doi ?doi } OPTIONAL { ?paper sg:arxivId ?arxiv }"
                + " OPTIONAL { ?paper sg:impossibleYear ?impossible }"
                + (withAbstracts ? " OPTIONAL { ?paper dcterms:abstract ?abstract }" : "")
                + " OPTIONAL { ?paper sg:publishedIn|sg:venue ?v . ?v rdfs:label ?venue } }" + SOURCES_ONLY + "}");
    }

    public static Mentions read(DatasetGraph dsg) {
        Map<String, List<String[]>> authorships = new LinkedHashMap<>();
        Map<String, Set<String>> printed = new LinkedHashMap<>();
        Set<String> owners = new java.util.HashSet<>();
        SparqlRows.forEach(dsg, AUTHORSHIPS, r -> {
            String key = text(r, "g") + " " + text(r, "paper");
            authorships.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {text(r, "ord"), text(r, "p")});
            if ("true".equals(text(r, "owner"))) {
                owners.add(text(r, "p"));
            }
            String p = text(r, "printed");
            if (p != null) {
                printed.computeIfAbsent(text(r, "p"), k -> new LinkedHashSet<>()).add(p);
            }
        });
        Map<String, PersonMention> people = new LinkedHashMap<>();
        SparqlRows.forEach(dsg, PEOPLE, r -> people.putIfAbsent(text(r, "p"), new PersonMention(text(r, "p"), text(r, "g"), text(r, "name"),
                List.copyOf(printed.getOrDefault(text(r, "p"), Set.of())), text(r, "home"), owners.contains(text(r, "p")))));
        List<AbstractMention> abstracts = new ArrayList<>();
        SparqlRows.forEach(dsg, ABSTRACTS, r -> abstracts.add(new AbstractMention(text(r, "a"), text(r, "g"), text(r, "text"))));
        Map<String, PaperStatement> papers = new LinkedHashMap<>();
        SparqlRows.forEach(dsg, abstracts.isEmpty() ? PAPERS : PAPERS_WITH_ABSTRACTS, r -> {
            String key = text(r, "g") + " " + text(r, "paper");
            papers.putIfAbsent(key, new PaperStatement(text(r, "paper"), text(r, "g"), text(r, "title"), integer(r, "year"),
                    text(r, "venue"), text(r, "doi"), text(r, "arxiv"), text(r, "impossible"), text(r, "abstract"),
                    ordered(authorships.getOrDefault(key, List.of()))));
        });
        List<AwardClaim> awards = new ArrayList<>();
        SparqlRows.forEach(dsg, AWARDS, r -> awards.add(new AwardClaim(text(r, "paper"), text(r, "g"), text(r, "label"), integer(r, "year"))));
        return new Mentions(List.copyOf(people.values()), List.copyOf(papers.values()), awards, abstracts);
    }

    /** Author nodes by ordinal; one node per ordinal (a graph may hold a paper's list once). */
    private static List<String> ordered(List<String[]> rows) {
        TreeMap<Integer, String> byOrdinal = new TreeMap<>();
        for (String[] r : rows) {
            byOrdinal.putIfAbsent(Integer.parseInt(r[0]), r[1]);
        }
        return List.copyOf(new LinkedHashSet<>(byOrdinal.values()));
    }

    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static Integer integer(QuerySolution r, String var) {
        String t = text(r, var);
        try {
            return t == null ? null : Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Query query(String body) {
        return QueryFactory.create(SparqlRows.PREFIXES + body);
    }
}
