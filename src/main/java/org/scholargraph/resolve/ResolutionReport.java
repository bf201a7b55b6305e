package org.scholargraph.resolve;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Reads the resolution graph back as text a person reads: why the people and papers a name or
 * title matches were merged or kept apart, and the conflicts between sources. Everything shown
 * comes from the graph, so what a user reads is what SPARQL over the store would find.
 */
public final class ResolutionReport {
    private static final String RESOLUTION = "<https://w3id.org/scholargraph/graph/resolution>";

    private final DatasetGraph dsg;

    /** @param dsg the store's dataset, read inside the caller's transaction */
    public ResolutionReport(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * The explanation for a name (any spelling a source used, any letter case) or a paper title:
     * each matching canonical entity, the source nodes it stands for, and every decision about them.
     */
    public List<String> explain(String name) {
        List<String> out = new ArrayList<>();
        Map<String, String> entities = new LinkedHashMap<>();
        rows("""
                SELECT DISTINCT ?e ?label WHERE { GRAPH %s {
                  { ?e foaf:name ?label . ?e sg:nameVariant ?n } UNION { ?e foaf:name ?label . BIND(?label AS ?n) }
                  UNION { ?e a sg:Paper ; dcterms:title ?label . BIND(?label AS ?n) }
                  FILTER(LCASE(STR(?n)) = LCASE(?name)) } } ORDER BY ?e""".formatted(RESOLUTION), name,
                r -> entities.putIfAbsent(r.getResource("e").getURI(), r.getLiteral("label").getLexicalForm()));
        if (entities.isEmpty()) {
            out.add("no person or paper in the resolution graph is named '" + name + "'");
            return out;
        }
        for (Map.Entry<String, String> e : entities.entrySet()) {
            out.add(e.getValue() + "  <" + e.getKey() + ">");
            List<String> mentions = new ArrayList<>();
            rowsAbout("""
                    SELECT ?m ?g ?shown WHERE { GRAPH %s { ?m sg:resolvesTo ?e }
                      GRAPH ?g { { ?m foaf:name ?shown } UNION { ?m dcterms:title ?shown } }
                      FILTER(?g != %s) } ORDER BY ?g ?m""".formatted(RESOLUTION, RESOLUTION), e.getKey(), r -> {
                        mentions.add(r.getResource("m").getURI());
                        out.add("  as '" + r.getLiteral("shown").getLexicalForm() + "' in " + source(r.getResource("g").getURI()));
                    });
            int before = out.size();
            int stored = decisions(e.getKey(), out);
            int implicit = mentions.size() - 1 - stored;
            if (implicit > 0 && e.getKey().contains("/person/")) {
                out.add("  merged       " + ResolutionWriter.SAME_NAME_SHARED_PAPER + " (score 1.000): " + implicit
                        + (implicit == 1 ? " merge" : " merges") + " of spellings that fold alike and share a paper"
                        + " (read off the graph, not stored one by one)");
            }
            if (e.getKey().contains("/person/")) {
                Set<String> homonyms = homonyms(e.getKey(), out);
                variantsApart(e.getKey(), homonyms, out);
            }
            if (out.size() == before) {
                out.add(mentions.size() > 1 ? "  one node in every source: the same key, nothing to decide"
                        : "  no other node is named alike: nothing to merge or keep apart");
            }
        }
        return out;
    }

    /** Prints the stored decisions about the entity's nodes; returns how many were merges. */
    private int decisions(String entity, List<String> out) {
        int[] merges = {0};
        rowsAbout("""
                SELECT ?d ?type ?rule ?score ?evidence WHERE { GRAPH %s {
                  ?m sg:resolvesTo ?e . ?d sg:decides ?m ; a ?type ; sg:rule ?rule ; sg:score ?score ; sg:evidence ?evidence } }
                GROUP BY ?d ?type ?rule ?score ?evidence ORDER BY ?type ?rule ?evidence""".formatted(RESOLUTION), entity, r -> {
                    boolean merged = r.getResource("type").getLocalName().equals("Merge");
                    if (merged) {
                        merges[0]++;
                    }
                    out.add(String.format(Locale.ROOT, "  %s  %s (score %.3f): %s", merged ? "merged     " : "kept apart ",
                            r.getLiteral("rule").getLexicalForm(), r.getLiteral("score").getDouble(),
                            r.getLiteral("evidence").getLexicalForm()));
                });
        return merges[0];
    }

    /**
     * The people kept apart from this one although they share a spelling: two canonical people
     * with one lookup key are apart by construction, so these decisions are read off the graph.
     * (When one source lists both on one paper, a stored decision says so as well.)
     */
    private Set<String> homonyms(String entity, List<String> out) {
        Set<String> others = new TreeSet<>();
        rowsAbout("""
                SELECT ?other ?label WHERE { GRAPH %s {
                  ?e sg:lookupKey ?key . ?other sg:lookupKey ?key ; a sg:Person ; foaf:name ?label . FILTER(?other != ?e) } }
                GROUP BY ?other ?label ORDER BY ?other""".formatted(RESOLUTION), entity, r -> {
                    others.add(r.getResource("other").getURI());
                    out.add(String.format(Locale.ROOT, "  kept apart   %s (score 1.000): '%s' <%s> is spelled alike and is another"
                            + " person: no second signal joined them (read off the graph)", ResolutionWriter.SAME_NAME_NO_SECOND_SIGNAL,
                            r.getLiteral("label").getLexicalForm(), r.getResource("other").getURI()));
                });
        return others;
    }

    /**
     * The people kept apart from this one although a spelling of theirs is a variant of one of its
     * own (an initial, a missing middle name, a surname one letter off) in a block both hold: the
     * resolver proposed them and no second signal joined them, which the graph shows without a
     * stored decision. Those with a stored decision (listed together on one paper) or a shared
     * spelling (above) are not repeated.
     */
    private void variantsApart(String entity, Set<String> homonyms, List<String> out) {
        Map<String, Set<String>> spellings = new TreeMap<>();
        rowsAbout("""
                SELECT ?who ?n WHERE { GRAPH %s {
                  ?e sg:blockKey ?k . FILTER(STRSTARTS(?k, "n:") || STRSTARTS(?k, "g:"))
                  ?who sg:blockKey ?k ; a sg:Person . { ?who foaf:name ?n } UNION { ?who sg:nameVariant ?n } } }
                GROUP BY ?who ?n""".formatted(RESOLUTION), entity,
                r -> spellings.computeIfAbsent(r.getResource("who").getURI(), k -> new TreeSet<>()).add(r.getLiteral("n").getLexicalForm()));
        Set<String> mine = spellings.remove(entity);
        if (mine == null) {
            return;
        }
        rowsAbout("""
                SELECT DISTINCT ?other WHERE { GRAPH %s {
                  ?d sg:decides ?m . ?m sg:resolvesTo ?e . ?d sg:decides ?n . ?n sg:resolvesTo ?other } }""".formatted(RESOLUTION),
                entity, r -> spellings.remove(r.getResource("other").getURI()));
        homonyms.forEach(spellings::remove);
        spellings.forEach((other, theirs) -> variantPair(mine, theirs).ifPresent(pair -> out.add(String.format(Locale.ROOT,
                "  kept apart   %s (score %.3f): '%s' / '%s' <%s>: no shared paper, co-author or homepage (read off the graph)",
                ResolutionWriter.NAME_VARIANT_NO_SECOND_SIGNAL, pair.score(), pair.mine(), pair.theirs(), other))));
    }

    private record VariantPair(String mine, String theirs, double score) {
    }

    /** The most alike pair of spellings, one from each side, that the resolver proposes as one person's (a block in common). */
    private static java.util.Optional<VariantPair> variantPair(Set<String> mine, Set<String> theirs) {
        VariantPair best = null;
        for (String a : mine) {
            NameForm fa = NameForm.of(a);
            for (String b : theirs) {
                NameForm fb = NameForm.of(b);
                if (NameMatch.compare(fa, fb) != NameMatch.Kind.VARIANT
                        || java.util.Collections.disjoint(BlockKeys.proposal(fa), BlockKeys.proposal(fb))) {
                    continue;
                }
                double score = NameMatch.score(fa, fb);
                if (best == null || score > best.score()) {
                    best = new VariantPair(a, b, score);
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Every conflict, one block each: kind, what it is about, and each source's value. */
    public List<String> conflicts(String kind) {
        List<String> out = new ArrayList<>();
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        rows("""
                SELECT ?c ?kind ?label ?value ?g WHERE { GRAPH %s {
                  ?c a sg:Conflict ; sg:conflictKind ?kind ; rdfs:label ?label ; sg:claim ?claim .
                  ?claim sg:value ?value ; sg:source ?g .
                  FILTER(?name = "" || LCASE(?kind) = LCASE(?name)) } }
                ORDER BY ?kind ?label ?c ?claim""".formatted(RESOLUTION), kind == null ? "" : kind, r -> {
                    String key = r.getResource("c").getURI();
                    List<String> block = blocks.computeIfAbsent(key, k -> new ArrayList<>(List.of(
                            r.getLiteral("kind").getLexicalForm() + ": " + r.getLiteral("label").getLexicalForm())));
                    block.add("    " + r.getLiteral("value").getLexicalForm() + "  (" + source(r.getResource("g").getURI()) + ")");
                });
        blocks.values().forEach(out::addAll);
        return out;
    }

    /** A file source as a path relative to the working directory when it is under it; a URL as is. */
    static String source(String graph) {
        if (!graph.startsWith("file:")) {
            return graph;
        }
        Path p = Path.of(URI.create(graph));
        Path here = Path.of("").toAbsolutePath();
        return p.startsWith(here) ? here.relativize(p).toString() : p.toString();
    }

    private void rows(String query, String name, Consumer<QuerySolution> row) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(SparqlRows.PREFIXES + query);
        q.setLiteral("name", name);
        run(q, row);
    }

    private void rowsAbout(String query, String entity, Consumer<QuerySolution> row) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(SparqlRows.PREFIXES + query);
        q.setIri("e", entity);
        run(q, row);
    }

    private void run(ParameterizedSparqlString q, Consumer<QuerySolution> row) {
        SparqlRows.forEach(dsg, q.asQuery(), row);
    }
}
