package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scholargraph.rdf.Keys;

/**
 * Names canonical people: the name shown is the spelling most sources use, preferring one not
 * printed in capitals, with its diacritics and its middle initials ("Jörn-Henrik Jacobsen" over
 * "JORN-HENRIK JACOBSEN" and "Joern-Henrik Jacobsen"); the IRI is id:person/&lt;key of that name&gt;,
 * and homonyms kept apart get a suffix from their first source node so each keeps its own IRI.
 */
final class CanonicalNames {
    private final String base;

    CanonicalNames(String base) {
        this.base = base;
    }

    List<CanonicalPerson> name(Map<String, List<String>> groups, Map<String, PersonMention> mentions) {
        Map<String, List<List<String>>> byKey = new HashMap<>();
        Map<List<String>, String> preferred = new HashMap<>();
        for (List<String> group : groups.values()) {
            List<String> sorted = group.stream().sorted().toList();
            String name = preferredName(sorted, mentions);
            preferred.put(sorted, name);
            byKey.computeIfAbsent(Keys.ofName(name), k -> new ArrayList<>()).add(sorted);
        }
        List<CanonicalPerson> out = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> e : byKey.entrySet()) {
            List<List<String>> homonyms = e.getValue();
            homonyms.sort(Comparator.comparing(g -> g.get(0)));
            for (int i = 0; i < homonyms.size(); i++) {
                List<String> group = homonyms.get(i);
                String key = i == 0 ? e.getKey() : e.getKey() + "-" + Keys.hash(group.get(0));
                out.add(new CanonicalPerson(base + "person/" + key, preferred.get(group), variants(group, mentions), group));
            }
        }
        out.sort(Comparator.comparing(CanonicalPerson::iri));
        return out;
    }

    private static String preferredName(List<String> group, Map<String, PersonMention> mentions) {
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Boolean> shouted = new HashMap<>();
        for (String node : group) {
            PersonMention m = mentions.get(node);
            uses.merge(m.name(), 1, Integer::sum);
            boolean caps = !m.printed().isEmpty() && m.printed().stream().allMatch(CanonicalNames::allCaps);
            shouted.merge(m.name(), caps || allCaps(m.name()), Boolean::logicalAnd);
        }
        return uses.keySet().stream().min(Comparator
                .comparing((String n) -> shouted.get(n))
                .thenComparing(n -> -uses.get(n))
                .thenComparing(n -> !hasDiacritics(n))
                .thenComparing(n -> -n.length())
                .thenComparing(n -> n)).orElseThrow();
    }

    private static List<String> variants(List<String> group, Map<String, PersonMention> mentions) {
        Set<String> all = new LinkedHashSet<>();
        for (String node : group) {
            PersonMention m = mentions.get(node);
            all.add(m.name());
            all.addAll(m.printed());
        }
        return all.stream().sorted().toList();
    }

    private static boolean allCaps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static boolean hasDiacritics(String s) {
        return s.chars().anyMatch(c -> c > 127 && Character.isLetter(c));
    }
}
