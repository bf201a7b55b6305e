package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the resolution graph states of a canonical paper so that a query can list it without
 * visiting every source that states it: the earliest year a source gives, the least venue short
 * name, and the canonical authors in the order most sources print them (the longer list, then
 * the first in statement order, where as many sources print two orders).
 *
 * @param authors canonical people, in order
 */
record PaperSummary(Integer year, String venueName, List<String> authors) {
    PaperSummary {
        authors = List.copyOf(authors);
    }

    /** @param statements every statement about the paper's nodes, in {@link Mentions#STATEMENTS} order */
    static PaperSummary of(List<PaperStatement> statements, Map<String, String> personOf) {
        Integer year = null;
        String venue = null;
        Map<List<String>, Integer> orders = new LinkedHashMap<>();
        for (PaperStatement s : statements) {
            if (s.year() != null && (year == null || s.year() < year)) {
                year = s.year();
            }
            if (s.venueName() != null && (venue == null || s.venueName().compareTo(venue) < 0)) {
                venue = s.venueName();
            }
            LinkedHashSet<String> people = new LinkedHashSet<>();
            s.authors().stream().map(personOf::get).filter(p -> p != null).forEach(people::add);
            if (!people.isEmpty()) {
                orders.merge(new ArrayList<>(people), 1, Integer::sum);
            }
        }
        List<String> best = List.of();
        int votes = 0;
        for (Map.Entry<List<String>, Integer> e : orders.entrySet()) {
            if (e.getValue() > votes || e.getValue() == votes && e.getKey().size() > best.size()) {
                best = e.getKey();
                votes = e.getValue();
            }
        }
        return new PaperSummary(year, venue, best);
    }
}
