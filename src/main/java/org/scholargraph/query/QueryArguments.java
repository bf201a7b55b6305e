package org.scholargraph.query;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * Turns the user's {@code name=value} arguments into RDF terms bound to a query's variables.
 * Values become terms, never query text, so a name with a quote or a brace is just a name.
 */
public final class QueryArguments {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private QueryArguments() {
    }

    /**
     * The term a value stands for: {@code <…>} is an IRI, all digits an xsd:integer (years,
     * ordinals), anything else a plain string literal.
     */
    public static Node term(String value) {
        if (value.length() >= 2 && value.startsWith("<") && value.endsWith(">")) {
            return iri(value.substring(1, value.length() - 1));
        }
        if (DIGITS.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
        return NodeFactory.createLiteralString(value);
    }

    /**
     * Checks the arguments against the query's parameters and binds them.
     *
     * @throws InvalidQueryException naming the parameter that is unknown, missing or malformed
     */
    public static Binding bind(NamedQuery query, Map<String, String> values) {
        Map<String, String> sorted = new TreeMap<>(values);
        sorted.keySet().forEach(name -> checkKnown(query, name));
        query.params().stream()
                .filter(p -> !p.optional() && !sorted.containsKey(p.name()))
                .findFirst()
                .ifPresent(p -> {
                    throw new InvalidQueryException("query '" + query.name() + "' needs parameter '"
                            + p.name() + "'" + (p.description().isEmpty() ? "" : ": " + p.description()));
                });
        BindingBuilder binding = Binding.builder();
        sorted.forEach((name, value) -> binding.add(Var.alloc(name), term(name, value)));
        return binding.build();
    }

    private static void checkKnown(NamedQuery query, String name) {
        if (query.param(name).isEmpty()) {
            String known = query.params().isEmpty() ? "none"
                    : query.params().stream().map(QueryParam::name).collect(Collectors.joining(", "));
            throw new InvalidQueryException("unknown parameter '" + name + "' for query '"
                    + query.name() + "' (it takes: " + known + ")");
        }
    }

    private static Node term(String name, String value) {
        try {
            return term(value);
        } catch (InvalidQueryException e) {
            throw new InvalidQueryException("parameter '" + name + "': " + e.getMessage(), e);
        }
    }

    private static Node iri(String text) {
        try {
            IRIx iri = IRIx.create(text);
            if (!iri.isAbsolute()) {
                throw new InvalidQueryException("<" + text + "> is not an absolute IRI");
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw new InvalidQueryException("<" + text + "> is not an IRI: " + e.getMessage(), e);
        }
    }
}
