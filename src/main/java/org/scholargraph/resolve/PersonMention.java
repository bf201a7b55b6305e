package org.scholargraph.resolve;

import java.util.List;

/**
 * A person as one source names them: the source's node for them, its graph, the name, the
 * spellings the source printed it in, and their homepage when the source gives one.
 */
public record PersonMention(String node, String source, String name, List<String> printed, String homepage) {
    public PersonMention {
        printed = List.copyOf(printed);
    }
}
