package org.scholargraph.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The named queries a user can run by name: the ones shipped in the jar under {@code queries/},
 * plus those in an optional directory of the user's own, which replace shipped ones of the same
 * name. A user's files are parsed when the catalog loads, so a broken query fails at once, naming
 * its file, rather than when someone first runs it. A shipped query is parsed when first asked
 * for: a {@code query} process runs one, parsing the other six cost it 23 ms of start-up, and the
 * build's tests parse every shipped file. Names are read from every file's header at load, so two
 * files claiming one name fail at once either way.
 */
public final class QueryCatalog {
    /** The classpath folder the build copies the top-level queries/ directory into. */
    public static final String FOLDER = "queries";

    private final Map<String, Entry> byName;

    private QueryCatalog(Map<String, Entry> byName) {
        this.byName = byName;
    }

    /** The queries shipped with scholargraph. */
    public static QueryCatalog bundled() {
        return load(QueryCatalog.class.getClassLoader(), null);
    }

    /** The shipped queries plus (replacing same-named ones) those in {@code extraDirectory}. */
    public static QueryCatalog withDirectory(Path extraDirectory) {
        return load(QueryCatalog.class.getClassLoader(), extraDirectory);
    }

    /**
     * The queries under {@link #FOLDER} on the loader's classpath plus those in
     * {@code extraDirectory} when it is not null.
     */
    public static QueryCatalog load(ClassLoader loader, Path extraDirectory) {
        Map<String, Entry> byName = new TreeMap<>(entries(QueryResources.list(loader, FOLDER), false));
        if (extraDirectory != null) {
            if (!Files.isDirectory(extraDirectory)) {
                throw new InvalidQueryException("query directory not found: " + extraDirectory);
            }
            byName.putAll(entries(QueryResources.inDirectory(extraDirectory).values(), true));
        }
        return new QueryCatalog(byName);
    }

    /** All queries, by name (each parsed). */
    public List<NamedQuery> queries() {
        return byName.values().stream().map(Entry::query).toList();
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(byName.get(name)).map(Entry::query);
    }

    /** The query of that name, or an error listing the names there are. */
    public NamedQuery get(String name) {
        return find(name).orElseThrow(() -> new InvalidQueryException(
                "no query named '" + name + "' (known: " + String.join(", ", byName.keySet()) + ")"));
    }

    /** @param parseNow parse every file now (a user's own) rather than when first asked for */
    private static Map<String, Entry> entries(Collection<QueryFile> files, boolean parseNow) {
        Map<String, Entry> byName = new TreeMap<>();
        for (QueryFile file : files) {
            Entry entry = new Entry(file);
            String name = QueryHeader.read(file.text(), file.origin()).name();
            if (parseNow || name.isEmpty()) {
                // A header without a name is reported as parsing reports it.
                name = entry.query().name();
            }
            Entry earlier = byName.putIfAbsent(name, entry);
            if (earlier != null) {
                throw new InvalidQueryException("two queries named '" + name + "': "
                        + earlier.file.origin() + " and " + file.origin());
            }
        }
        return byName;
    }

    /** One query file, parsed once, when first needed. */
    private static final class Entry {
        private final QueryFile file;
        private NamedQuery parsed;

        Entry(QueryFile file) {
            this.file = file;
        }

        synchronized NamedQuery query() {
            if (parsed == null) {
                parsed = NamedQuery.parse(file.text(), file.origin());
            }
            return parsed;
        }
    }
}
