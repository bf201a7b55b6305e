package org.scholargraph.resolve;

import java.util.List;

/** What the resolution graph keeps about one source node for the next run: its blocks (stored on its canonical entity). */
record IndexEntry(String node, List<String> keys) {
    IndexEntry {
        keys = List.copyOf(keys);
    }
}
