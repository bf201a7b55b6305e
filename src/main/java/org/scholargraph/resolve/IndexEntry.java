package org.scholargraph.resolve;

import java.util.List;
import java.util.Set;

/** What the resolution graph keeps about one source node for the next run: the sources holding it and its blocks. */
record IndexEntry(String node, Set<String> sources, List<String> keys) {
    IndexEntry {
        sources = Set.copyOf(sources);
        keys = List.copyOf(keys);
    }
}
