package org.scholargraph.resolve;

import java.util.List;

/**
 * A person as one source names them: the source's node for them, its graph, the name, the
 * spellings the source printed it in, their homepage when the source gives one, and whether the
 * source marks them as its site's owner (the person whose page or CV it is).
 */
public record PersonMention(String node, String source, String name, List<String> printed, String homepage,
        boolean siteOwner) {
    public PersonMention {
        printed = List.copyOf(printed);
    }
}
