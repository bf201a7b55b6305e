package org.scholargraph.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whose CV or site a document is, from its author lists: the name the document sets in bold, or
 * else the name found in at least half of the entries (and in two at least). Its mixed-case
 * spelling wins over an upper-case one.
 */
final class SiteOwner {
    private SiteOwner() {
    }

    static Optional<String> of(List<Entry> entries) {
        Map<String, Integer> bold = new LinkedHashMap<>();
        Map<String, Integer> all = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        Set<String> mixed = new HashSet<>();
        for (Entry e : entries) {
            e.authors.authors().names().stream().map(n -> Names.key(n.name())).distinct()
                    .forEach(k -> all.merge(k, 1, Integer::sum));
            for (PrintedName n : e.authors.authors().names()) {
                String key = Names.key(n.name());
                if (n.bold()) {
                    bold.merge(key, 1, Integer::sum);
                }
                boolean mixedCase = !Names.isUpperCase(n.printed());
                if (mixedCase && !mixed.contains(key)) {
                    spelling.put(key, n.name());
                    mixed.add(key);
                } else {
                    spelling.putIfAbsent(key, n.name());
                }
            }
        }
        Optional<String> key = mostFrequent(bold, 1).or(() -> mostFrequent(all, Math.max(2, (entries.size() + 1) / 2)));
        return key.map(spelling::get);
    }

    private static Optional<String> mostFrequent(Map<String, Integer> counts, int floor) {
        return counts.entrySet().stream().filter(e -> e.getValue() >= floor)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
