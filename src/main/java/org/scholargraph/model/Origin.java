package org.scholargraph.model;

/**
 * Where a record or a problem was found: the source location and, inside it, the most precise
 * place known — "line 12:3", a CSS selector, or a front-matter key. {@code where} may be empty.
 */
public record Origin(String source, String where) {
    public Origin {
        source = source == null ? "" : source;
        where = where == null ? "" : where;
    }

    public static Origin of(String source) {
        return new Origin(source, "");
    }

    public Origin at(String place) {
        return new Origin(source, place);
    }

    /** "file.html (selector td > div)" or just "file.html": the form every message uses. */
    @Override
    public String toString() {
        return where.isEmpty() ? source : source + ":" + where;
    }
}
