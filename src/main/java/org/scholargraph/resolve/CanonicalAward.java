package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.scholargraph.rdf.Keys;

/**
 * One award (or nomination) of a canonical paper however many sources state it and under
 * whichever of the paper's spellings: the receipts of one paper, award kind, year and nomination
 * are one. Its IRI is the least of those receipts', so that in the union graph it mostly
 * restates what a source already says; the label is the least the sources display, the venue the
 * least conferring venue's short name (or conferrer's name) they give.
 */
record CanonicalAward(String iri, String paper, String kind, Integer year, boolean nominee, String label, String venueName) {

    /** @param claims every award claim on the papers' nodes, in {@link Mentions#AWARDS} order */
    static List<CanonicalAward> of(List<AwardClaim> claims, Map<String, String> paperOf) {
        Map<String, List<AwardClaim>> groups = new TreeMap<>();
        for (AwardClaim c : claims) {
            String paper = paperOf.get(c.paper());
            if (paper != null) {
                groups.computeIfAbsent(paper + '\u0000' + Objects.toString(c.kind(), "") + '\u0000' + c.year() + '\u0000'
                        + c.nominee(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CanonicalAward> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (List<AwardClaim> group : groups.values()) {
            AwardClaim first = group.get(0);
            String paper = paperOf.get(first.paper());
            String iri = least(group.stream().map(AwardClaim::receipt).toList());
            if (!taken.add(iri)) {
                // A malformed receipt in two groups (two years): the second group gets an IRI of its own.
                iri = iri + "/" + Keys.hash(paper + " " + first.kind() + " " + first.year() + " " + first.nominee());
                taken.add(iri);
            }
            out.add(new CanonicalAward(iri, paper, first.kind(), first.year(), first.nominee(),
                    least(group.stream().map(AwardClaim::label).toList()),
                    least(group.stream().map(AwardClaim::venueName).filter(Objects::nonNull).toList())));
        }
        return out;
    }

    private static String least(List<String> values) {
        return values.stream().min(String::compareTo).orElse(null);
    }
}
