package org.scholargraph.resolve;

import java.util.List;

/** Everything resolution reads from the sources' graphs. */
public record Mentions(List<PersonMention> people, List<PaperStatement> papers, List<AwardClaim> awards,
        List<AbstractMention> abstracts) {
    public Mentions {
        people = List.copyOf(people);
        papers = List.copyOf(papers);
        awards = List.copyOf(awards);
        abstracts = List.copyOf(abstracts);
    }
}
