package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small recursive-descent reader for BibTeX as pages embed it (al-folio's hidden blocks, "cite"
 * boxes). Grammar: {@code entry := '@' type ('{' | '(') key ',' field (',' field)* ','? ('}' | ')')};
 * {@code field := name '=' value ('#' value)*}; {@code value := '{' balanced '}' | '"' text '"' |
 * number | macro}. {@code @string} macros and the month names resolve; {@code @comment} and
 * {@code @preamble} are skipped. A broken entry is reported and skipped, the rest still read.
 */
final class BibtexParser {
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "1"), Map.entry("feb", "2"),
            Map.entry("mar", "3"), Map.entry("apr", "4"), Map.entry("may", "5"), Map.entry("jun", "6"),
            Map.entry("jul", "7"), Map.entry("aug", "8"), Map.entry("sep", "9"), Map.entry("oct", "10"),
            Map.entry("nov", "11"), Map.entry("dec", "12"));

    /** What a BibTeX text held: its entries, and a message per entry that could not be read. */
    record Result(List<BibEntry> entries, List<String> errors) {
    }

    private final String in;
    private final Map<String, String> macros = new HashMap<>(MONTHS);
    private int pos;

    private BibtexParser(String in) {
        this.in = in;
    }

    static Result parse(String text) {
        return new BibtexParser(text).all();
    }

    private Result all() {
        List<BibEntry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        while (true) {
            int at = in.indexOf('@', pos);
            if (at < 0) {
                break;
            }
            pos = at + 1;
            try {
                BibEntry e = entry();
                if (e != null) {
                    entries.add(e);
                }
            } catch (IllegalStateException ex) {
                errors.add(ex.getMessage());
                pos = at + 1;
            }
        }
        return new Result(entries, errors);
    }

    private BibEntry entry() {
        String type = identifier().toLowerCase(Locale.ROOT);
        skipSpace();
        char open = next();
        if (open != '{' && open != '(') {
            throw error("expected '{' after @" + type);
        }
        char close = open == '{' ? '}' : ')';
        if (type.equals("comment") || type.equals("preamble")) {
            pos--;
            balanced(open, close);
            return null;
        }
        if (type.equals("string")) {
            Map<String, String> f = fields(close);
            macros.putAll(f);
            return null;
        }
        skipSpace();
        int keyStart = pos;
        while (pos < in.length() && in.charAt(pos) != ',' && in.charAt(pos) != close) {
            pos++;
        }
        String key = in.substring(keyStart, pos).strip();
        if (peek() == ',') {
            pos++;
        }
        return new BibEntry(type, key, fields(close));
    }

    private Map<String, String> fields(char close) {
        Map<String, String> out = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (pos >= in.length()) {
                throw error("entry not closed");
            }
            if (peek() == close) {
                pos++;
                return out;
            }
            String name = identifier().toLowerCase(Locale.ROOT);
            skipSpace();
            if (next() != '=') {
                throw error("expected '=' after field " + name);
            }
            out.put(name, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            }
        }
    }

    private String value() {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpace();
            char c = peek();
            if (c == '{') {
                String b = balanced('{', '}');
                out.append(b, 1, b.length() - 1);
            } else if (c == '"') {
                out.append(quoted());
            } else if (Character.isDigit(c)) {
                out.append(identifier());
            } else {
                String macro = identifier().toLowerCase(Locale.ROOT);
                out.append(macros.getOrDefault(macro, macro));
            }
            skipSpace();
            if (peek() != '#') {
                return out.toString();
            }
            pos++;
        }
    }

    private String quoted() {
        int start = ++pos;
        int depth = 0;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"' && depth == 0) {
                return in.substring(start, pos++);
            }
            pos++;
        }
        throw error("string not closed");
    }

    /** The text from the opening delimiter at {@code pos} to its matching close, both included. */
    private String balanced(char open, char close) {
        int start = pos;
        int depth = 0;
        while (pos < in.length()) {
            char c = in.charAt(pos++);
            if (c == '\\' && pos < in.length()) {
                pos++;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return in.substring(start, pos);
            }
        }
        throw error("unbalanced braces");
    }

    private String identifier() {
        int start = pos;
        while (pos < in.length() && !Character.isWhitespace(in.charAt(pos)) && "{}(),=#\"".indexOf(in.charAt(pos)) < 0) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a name");
        }
        return in.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < in.length() ? in.charAt(pos) : '\0';
    }

    private char next() {
        return pos < in.length() ? in.charAt(pos++) : '\0';
    }

    private IllegalStateException error(String message) {
        int line = 1 + (int) in.substring(0, Math.min(pos, in.length())).chars().filter(c -> c == '\n').count();
        return new IllegalStateException("BibTeX line " + line + ": " + message);
    }
}
