package org.scholargraph.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;

/**
 * A parsed query with what a user needs to call it: a name, a one-line description and the
 * parameters it takes.
 *
 * @param name what the user types to run it ("coauthors")
 * @param description one line for listings and help
 * @param params the variables the user may bind, in header order
 * @param query the parsed query; parameters are bound at run time by substitution, never by
 *     editing its text
 */
public record NamedQuery(String name, String description, List<QueryParam> params, Query query) {
    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(query, "query");
        params = List.copyOf(params);
    }

    /**
     * Reads a catalog query: the header must give a name and a description, the body must be
     * standard SPARQL 1.1, and every declared parameter must be a variable of the query.
     */
    public static NamedQuery parse(String text, String origin) {
        QueryHeader header = QueryHeader.read(text, origin);
        if (header.name().isEmpty()) {
            throw new InvalidQueryException(origin + ": the header has no '# name:' line");
        }
        if (header.description().isEmpty()) {
            throw new InvalidQueryException(origin + ": the header has no '# description:' line");
        }
        Query query = QueryText.parseStandard(text, origin);
        Set<String> variables = variables(query);
        for (QueryParam p : header.params()) {
            if (!variables.contains(p.name())) {
                throw new InvalidQueryException(origin + ": parameter '" + p.name()
                        + "' is not a variable of the query");
            }
        }
        return new NamedQuery(header.name(), header.description(), header.params(), query);
    }

    /**
     * Reads a user's own query (a file or command-line text), Jena's SPARQL extensions allowed.
     * A header is used when present; without declared parameters every variable of the query may
     * be bound, and none has to be.
     */
    public static NamedQuery adHoc(String text, String origin) {
        QueryHeader header = QueryHeader.read(text, origin);
        Query query = QueryText.parseExtended(text, origin);
        String name = header.name().isEmpty() ? origin : header.name();
        List<QueryParam> params = header.params().isEmpty()
                ? variables(query).stream().map(v -> new QueryParam(v, "", true)).toList()
                : header.params();
        return new NamedQuery(name, header.description(), params, query);
    }

    public Optional<QueryParam> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** Every named variable the query mentions anywhere, filters and subqueries included. */
    private static Set<String> variables(Query query) {
        Set<String> names = new TreeSet<>();
        if (query.getQueryPattern() != null) {
            for (Var v : OpVars.mentionedVars(Algebra.compile(query))) {
                if (v.isNamedVar()) {
                    names.add(v.getVarName());
                }
            }
        }
        if (query.isSelectType()) {
            query.getProjectVars().forEach(v -> names.add(v.getVarName()));
        }
        return names;
    }
}
