package org.scholargraph.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * How SELECT and ASK results are written. CONSTRUCT and DESCRIBE results are graphs and always
 * come out as Turtle.
 */
public enum ResultFormat {
    /** Aligned text columns for a terminal. */
    TABLE(ResultSetLang.RS_Text, true),
    CSV(ResultSetLang.RS_CSV, true),
    TSV(ResultSetLang.RS_TSV, true),
    /** SPARQL 1.1 Query Results JSON. */
    JSON(ResultSetLang.RS_JSON, false),
    /** SPARQL Query Results XML. */
    XML(ResultSetLang.RS_XML, false);

    private final Lang lang;
    private final boolean writesToCharacters;

    ResultFormat(Lang lang, boolean writesToCharacters) {
        this.lang = lang;
        this.writesToCharacters = writesToCharacters;
    }

    /** Jena's result-set language for this format. */
    public Lang lang() {
        return lang;
    }

    /** Whether Jena can write this format straight to a {@link java.io.Writer}. */
    boolean writesToCharacters() {
        return writesToCharacters;
    }

    /** The format a user names ("csv", "JSON"), or a clear error listing the choices. */
    public static ResultFormat named(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException("unknown result format '" + name + "' (choose one of: "
                        + Arrays.stream(values()).map(ResultFormat::toString).collect(Collectors.joining(", "))
                        + ")"));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
