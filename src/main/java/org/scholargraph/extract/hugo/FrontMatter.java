package org.scholargraph.extract.hugo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page's parsed front matter as plain Java values (String, Long, Double, Boolean, java.time
 * values, List, Map with String keys), whichever syntax it was written in, plus where it sat in
 * the page. The accessors forgive what Hugo forgives: a scalar where a list was expected, a
 * number where text was expected, a blank value for a missing one.
 *
 * @param syntax TOML ({@code +++}) or YAML ({@code ---})
 * @param values the top-level keys, in page order
 * @param firstLine the page line (1-based) of the first line inside the delimiters
 * @param body the Markdown after the closing delimiter
 */
public record FrontMatter(Syntax syntax, Map<String, Object> values, int firstLine, String body) {

    /** The two front-matter syntaxes of Hugo publication pages, with their delimiters. */
    public enum Syntax {
        TOML("+++"), YAML("---");

        private final String delimiter;

        Syntax(String delimiter) {
            this.delimiter = delimiter;
        }

        public String delimiter() {
            return delimiter;
        }
    }

    public FrontMatter {
        values = Collections.unmodifiableMap(values);
        body = body == null ? "" : body;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Object value(String key) {
        return values.get(key);
    }

    /** A scalar as trimmed text; null when absent, blank or not a scalar. */
    public String text(String key) {
        return scalarText(values.get(key));
    }

    /** The value as a list: a list as is, a single value as a one-element list, nothing as empty. */
    public List<Object> list(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return Collections.unmodifiableList(new ArrayList<Object>(l));
        }
        return List.of(v);
    }

    /** The non-blank scalar texts of a list (or single value), in order. */
    public List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (Object o : list(key)) {
            String s = scalarText(o);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** True for {@code true} and for the text "true" (YAML pages sometimes quote booleans). */
    public boolean flag(String key) {
        Object v = values.get(key);
        return Boolean.TRUE.equals(v) || (v instanceof String s && s.strip().toLowerCase(Locale.ROOT).equals("true"));
    }

    /** A scalar (text, number, boolean, date) as trimmed text; null for blanks, lists and tables. */
    public static String scalarText(Object v) {
        if (v == null || v instanceof List || v instanceof Map) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
