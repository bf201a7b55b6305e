package org.scholargraph.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment block a query file starts with, one fact per line:
 * <pre>
 * # name: coauthors
 * # description: Everyone who wrote a paper with the given author …
 * # param: author — the author's name (string)
 * # param: year (optional) — the award year (integer)
 * </pre>
 * Other comment lines are free text. The block ends at the first line that is neither a comment
 * nor blank. Missing entries are empty strings; {@link NamedQuery} decides what is required.
 */
record QueryHeader(String name, String description, List<QueryParam> params) {
    private static final Pattern ENTRY = Pattern.compile("#\\s*(name|description|param)\\s*:\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s*(\\(optional\\))?\\s*(?:(?:—|–|--?|:)\\s*(.*))?");

    QueryHeader {
        params = List.copyOf(params);
    }

    static QueryHeader read(String text, String origin) {
        String name = "";
        String description = "";
        List<QueryParam> params = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length && isHeaderLine(lines[i]); i++) {
            Matcher entry = ENTRY.matcher(lines[i].strip());
            if (!entry.matches()) {
                continue;
            }
            String value = entry.group(2).strip();
            String where = origin + ":" + (i + 1);
            switch (entry.group(1)) {
                case "name" -> name = once(name, value, where, "name");
                case "description" -> description = once(description, value, where, "description");
                default -> params.add(param(value, where));
            }
        }
        checkDistinct(params, origin);
        return new QueryHeader(name, description, params);
    }

    private static boolean isHeaderLine(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static String once(String current, String value, String where, String key) {
        if (!current.isEmpty()) {
            throw new InvalidQueryException(where + ": second '# " + key + ":' line");
        }
        return value;
    }

    private static QueryParam param(String value, String where) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new InvalidQueryException(where + ": cannot read parameter '" + value
                    + "'; write '# param: name — description' or '# param: name (optional) — description'");
        }
        String description = m.group(3) == null ? "" : m.group(3).strip();
        return new QueryParam(m.group(1), description, m.group(2) != null);
    }

    private static void checkDistinct(List<QueryParam> params, String origin) {
        Set<String> seen = new HashSet<>();
        for (QueryParam p : params) {
            if (!seen.add(p.name())) {
                throw new InvalidQueryException(origin + ": parameter '" + p.name() + "' declared twice");
            }
        }
    }
}
