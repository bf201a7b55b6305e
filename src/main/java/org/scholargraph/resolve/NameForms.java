package org.scholargraph.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * Each person node's name form, found through the node's mention: one form per distinct name
 * and no entry per node (a map from each of 624,341 nodes to its form held 24 MB at 10,000
 * documents, beside the map of mentions that already leads from node to name).
 */
final class NameForms {
    private final Map<String, PersonMention> mentions;
    private final Map<String, NameForm> byName = new HashMap<>();

    /** @param mentions every person node to know, with the mention that names it; only read from here on */
    NameForms(Map<String, PersonMention> mentions) {
        this.mentions = mentions;
        mentions.values().forEach(m -> byName.computeIfAbsent(m.name(), NameForm::of));
    }

    /** The form of a node's name, or null for a node no mention names. */
    NameForm of(String node) {
        PersonMention m = mentions.get(node);
        return m == null ? null : byName.get(m.name());
    }
}
