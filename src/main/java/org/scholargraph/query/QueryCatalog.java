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
 * name. Every file is parsed when the catalog loads, so a broken query fails at once, naming its
 * file, rather than when someone first runs it.
 */
public final class QueryCatalog {
    /** The classpath folder the build copies the top-level queries/ directory into. */
    public static final String FOLDER = "queries";

    private final Map<String, NamedQuery> byName;

    private QueryCatalog(Map<String, NamedQuery> byName) {
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
        Map<String, NamedQuery> byName = new TreeMap<>(parseAll(QueryResources.list(loader, FOLDER)));
        if (extraDirectory != null) {
            if (!Files.isDirectory(extraDirectory)) {
                throw new InvalidQueryException("query directory not found: " + extraDirectory);
            }
            byName.putAll(parseAll(QueryResources.inDirectory(extraDirectory).values()));
        }
        return new QueryCatalog(byName);
    }

    /** All queries, by name. */
    public List<NamedQuery> queries() {
        return List.copyOf(byName.values());
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The query of that name, or an error listing the names there are. */
    public NamedQuery get(String name) {
        return find(name).orElseThrow(() -> new InvalidQueryException(
                "no query named '" + name + "' (known: " + String.join(", ", byName.keySet()) + ")"));
    }

    private static Map<String, NamedQuery> parseAll(Collection<QueryFile> files) {
        Map<String, NamedQuery> byName = new TreeMap<>();
        Map<String, String> originByName = new TreeMap<>();
        for (QueryFile file : files) {
            NamedQuery query = NamedQuery.parse(file.text(), file.origin());
            String earlier = originByName.putIfAbsent(query.name(), file.origin());
            if (earlier != null) {
                throw new InvalidQueryException("two queries named '" + query.name() + "': "
                        + earlier + " and " + file.origin());
            }
            byName.put(query.name(), query);
        }
        return byName;
    }
}
