package org.scholargraph.query;

import java.util.Objects;

/**
 * A parameter a named query takes: the SPARQL variable of the same name is bound to the value
 * the user gives.
 *
 * @param name the variable name, without '?'
 * @param description what to give, for help texts
 * @param optional when left out, the variable stays free and matches anything
 */
public record QueryParam(String name, String description, boolean optional) {
    public QueryParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
