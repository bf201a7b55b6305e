package org.scholargraph.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * Parses SPARQL text, turning Jena's multi-line parse errors into one line
 * {@code origin:line:col: what went wrong}.
 */
final class QueryText {
    private static final Pattern POSITION = Pattern.compile("[Ll]ine (\\d+), column (\\d+)");
    private static final Pattern POSITION_PHRASE =
            Pattern.compile("\\s*at line \\d+, column \\d+\\.?|^Line \\d+, column \\d+:\\s*");
    private static final Pattern TOKEN = Pattern.compile("^Encountered \" \\S+ \"(.*?) \"\"");

    private QueryText() {
    }

    /** Parses strict SPARQL 1.1, as the shipped queries must be portable. */
    static Query parseStandard(String text, String origin) {
        return parse(text, origin, Syntax.syntaxSPARQL_11);
    }

    /** Parses SPARQL with Jena's extensions, for the user's own queries. */
    static Query parseExtended(String text, String origin) {
        return parse(text, origin, Syntax.syntaxARQ);
    }

    private static Query parse(String text, String origin, Syntax syntax) {
        try {
            return QueryFactory.create(text, syntax);
        } catch (QueryParseException e) {
            throw new InvalidQueryException(origin + position(e) + ": " + oneLine(e.getMessage()), e);
        }
    }

    /** The message's own position points at the offending token; the exception's at the one before. */
    private static String position(QueryParseException e) {
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            return ":" + m.group(1) + ":" + m.group(2);
        }
        return e.getLine() > 0 ? ":" + e.getLine() + ":" + Math.max(e.getColumn(), 1) : "";
    }

    private static String oneLine(String message) {
        String first = message == null ? "syntax error" : message.strip().lines().findFirst().orElse("syntax error");
        String bare = POSITION_PHRASE.matcher(first).replaceAll("").strip();
        if (bare.startsWith("Encountered \"<EOF>\"")) {
            return "unexpected end of query";
        }
        Matcher token = TOKEN.matcher(bare);
        return token.find() ? "unexpected \"" + token.group(1) + "\"" : bare;
    }
}
