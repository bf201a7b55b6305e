package org.scholargraph.extract.hugo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scholargraph.extract.hugo.FrontMatter.Syntax;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Splits a page into front matter and body and parses the front matter with tomlj (TOML 1.0) or
 * snakeyaml-engine (YAML 1.2). Parser errors come back located in the page's own lines, so a
 * user can open the file at the place the parser stopped.
 */
public final class FrontMatterParser {
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

    /**
     * The raw front-matter block of a page, before parsing.
     *
     * @param closed false when the closing delimiter is missing (the block then runs to the end)
     */
    public record Block(Syntax syntax, String text, int openingLine, int firstLine, boolean closed, String body) {
    }

    /** The block between the page's opening and closing delimiters, if the page opens with one. */
    public static Optional<Block> split(String page) {
        String[] lines = LINE_BREAK.split(page, -1);
        int open = 0;
        while (open < lines.length && lines[open].isBlank()) {
            open++;
        }
        Optional<Syntax> syntax = open < lines.length ? delimiterOf(lines[open]) : Optional.empty();
        if (syntax.isEmpty()) {
            return Optional.empty();
        }
        int close = open + 1;
        while (close < lines.length && !lines[close].stripTrailing().equals(syntax.get().delimiter())) {
            close++;
        }
        boolean closed = close < lines.length;
        String text = String.join("\n", List.of(lines).subList(open + 1, close));
        String body = closed ? String.join("\n", List.of(lines).subList(close + 1, lines.length)) : "";
        return Optional.of(new Block(syntax.get(), text, open + 1, open + 2, closed, body));
    }

    /** Parses a whole page's front matter. */
    public FrontMatter parse(String page) throws FrontMatterException {
        Block block = split(page).orElseThrow(() -> new FrontMatterException(1, 1,
                "no front matter: the page does not open with a '+++' (TOML) or '---' (YAML) line"));
        if (!block.closed()) {
            throw new FrontMatterException(block.openingLine(), 1, "front matter opened with '"
                    + block.syntax().delimiter() + "' is never closed");
        }
        return new FrontMatter(block.syntax(), parse(block.syntax(), block.text(), block.firstLine()),
                block.firstLine(), block.body());
    }

    /**
     * Parses TOML or YAML text whose first line is line {@code firstLine} of its file (1 for a
     * whole configuration file).
     */
    public Map<String, Object> parse(Syntax syntax, String text, int firstLine) throws FrontMatterException {
        return syntax == Syntax.TOML ? toml(text, firstLine) : yaml(text, firstLine);
    }

    private static Optional<Syntax> delimiterOf(String line) {
        String s = line.strip();
        for (Syntax syntax : Syntax.values()) {
            if (s.equals(syntax.delimiter())) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> toml(String text, int firstLine) throws FrontMatterException {
        TomlParseResult result = Toml.parse(text);
        if (result.hasErrors()) {
            TomlParseError e = result.errors().get(0);
            throw new FrontMatterException(firstLine + e.position().line() - 1, e.position().column(),
                    "TOML front matter: " + e.getMessage());
        }
        return tomlTable(result);
    }

    private static Map<String, Object> tomlTable(TomlTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            out.put(key, tomlValue(table.get(List.of(key))));
        }
        return out;
    }

    private static Object tomlValue(Object v) {
        if (v instanceof TomlTable t) {
            return tomlTable(t);
        }
        if (v instanceof TomlArray a) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                out.add(tomlValue(a.get(i)));
            }
            return out;
        }
        return v;
    }

    private static Map<String, Object> yaml(String text, int firstLine) throws FrontMatterException {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel("front matter").build()).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 1 : mark.getColumn() + 1;
            throw new FrontMatterException(line, column, "YAML front matter: " + yamlMessage(e, firstLine));
        } catch (YamlEngineException e) {
            throw new FrontMatterException(firstLine, 1, "YAML front matter: " + e.getMessage());
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new FrontMatterException(firstLine, 1, "YAML front matter is not a mapping of keys to values");
        }
        return yamlMap(map);
    }

    /** The problem, with the construct it interrupted located in page lines too. */
    private static String yamlMessage(MarkedYamlEngineException e, int firstLine) {
        String problem = e.getProblem() == null ? "malformed" : e.getProblem();
        Optional<Mark> context = e.getContextMark();
        if (e.getContext() == null || context.isEmpty()) {
            return problem;
        }
        Mark c = context.get();
        return problem + " (" + e.getContext() + " started at " + (firstLine + c.getLine()) + ":"
                + (c.getColumn() + 1) + ")";
    }

    private static Map<String, Object> yamlMap(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), yamlValue(v)));
        return out;
    }

    private static Object yamlValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return yamlMap(m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(yamlValue(x)));
            return out;
        }
        return v;
    }
}
