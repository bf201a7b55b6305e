package org.scholargraph.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Reads a sources manifest ({@code data/sources.toml}): {@code [[source]]} tables with {@code id},
 * {@code kind} ("auto" when absent), exactly one of {@code url} or {@code path}, and an optional
 * {@code hints} table of strings. Every entry is checked before anything is fetched, and every
 * problem is reported at once, located as file:line.
 */
public final class SourcesFile {
    private static final Set<String> KEYS = Set.of("id", "kind", "url", "path", "hints");

    private final Path file;
    private final Collection<String> kinds;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private SourcesFile(Path file, Collection<String> kinds) {
        this.file = file;
        this.kinds = kinds;
    }

    /** The entries of the manifest, in order; the kinds are those the extractors know. */
    public static List<SourceSpec> read(Path file, Collection<String> kinds) throws SourcesFileException {
        return new SourcesFile(file, kinds).read();
    }

    private List<SourceSpec> read() throws SourcesFileException {
        TomlParseResult toml;
        try {
            toml = Toml.parse(file);
        } catch (IOException e) {
            throw new SourcesFileException(List.of(file + ": cannot read: " + e.getMessage()));
        }
        toml.errors().forEach(e -> problem(e.position().line(), e.getMessage()));
        if (!problems.isEmpty()) {
            throw new SourcesFileException(problems);
        }
        List<SourceSpec> specs = entries(toml);
        if (!problems.isEmpty()) {
            throw new SourcesFileException(problems);
        }
        return specs;
    }

    private List<SourceSpec> entries(TomlParseResult toml) {
        for (String key : toml.keySet()) {
            if (!key.equals("source")) {
                problem(toml.inputPositionOf(List.of(key)).line(), "unknown key '" + key + "' (entries are [[source]] tables)");
            }
        }
        Object sources = toml.get(List.of("source"));
        if (!(sources instanceof TomlArray array) || array.isEmpty() || !(array.get(0) instanceof TomlTable)) {
            problem(1, "no [[source]] entries");
            return List.of();
        }
        List<SourceSpec> specs = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            entry(array.getTable(i), array.inputPositionOf(i).line()).ifPresent(specs::add);
        }
        return specs;
    }

    private Optional<SourceSpec> entry(TomlTable t, int line) {
        int before = problems.size();
        for (String key : t.keySet()) {
            if (!KEYS.contains(key)) {
                problem(lineOf(t, key, line), "unknown key '" + key + "' (known: id, kind, url, path, hints)");
            }
        }
        String id = string(t, "id", line);
        if (id == null) {
            problem(line, "source has no id");
        } else if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            problem(lineOf(t, "id", line), "id '" + id + "' must be letters, digits, '.', '_' or '-'");
        } else if (!ids.add(id)) {
            problem(lineOf(t, "id", line), "id '" + id + "' is used twice");
        }
        String kind = kind(t, line);
        String url = string(t, "url", line);
        String path = string(t, "path", line);
        String where = id == null ? "source" : "source '" + id + "'";
        if ((url == null) == (path == null)) {
            problem(line, where + " needs exactly one of url or path");
        } else if (url != null) {
            checkUrl(url, lineOf(t, "url", line));
        } else if (!Files.isRegularFile(Path.of(path))) {
            problem(lineOf(t, "path", line), "no such file: " + path);
        }
        Map<String, String> hints = hints(t, line);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SourceSpec(id, kind, url != null ? url : path, url != null, hints, line));
    }

    private String kind(TomlTable t, int line) {
        String kind = string(t, "kind", line);
        if (kind == null || kind.equals(SourceSpec.AUTO)) {
            return SourceSpec.AUTO;
        }
        if (!kinds.contains(kind)) {
            problem(lineOf(t, "kind", line), "unknown kind '" + kind + "' (known: auto, " + String.join(", ", kinds) + ")");
        }
        return kind;
    }

    private void checkUrl(String url, int line) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problem(line, "url '" + url + "' is not http(s)");
            } else if (uri.getHost() == null) {
                problem(line, "url '" + url + "' has no host");
            }
        } catch (URISyntaxException e) {
            problem(line, "url '" + url + "' is not a valid URL: " + e.getReason());
        }
    }

    private Map<String, String> hints(TomlTable t, int line) {
        Object value = t.get(List.of("hints"));
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof TomlTable table)) {
            problem(lineOf(t, "hints", line), "hints must be a table of strings");
            return Map.of();
        }
        Map<String, String> hints = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            Object v = table.get(List.of(key));
            if (v instanceof String s) {
                hints.put(key, s);
            } else {
                problem(lineOf(table, key, line), "hint '" + key + "' must be a string");
            }
        }
        return hints;
    }

    private String string(TomlTable t, String key, int line) {
        Object value = t.get(List.of(key));
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            problem(lineOf(t, key, line), key + " must be a non-empty string");
            return null;
        }
        return s.strip();
    }

    private static int lineOf(TomlTable t, String key, int fallback) {
        var position = t.inputPositionOf(List.of(key));
        return position == null ? fallback : position.line();
    }

    private void problem(int line, String message) {
        problems.add(file + ":" + line + ": " + message);
    }
}
