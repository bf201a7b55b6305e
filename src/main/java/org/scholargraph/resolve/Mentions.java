package org.scholargraph.resolve;

import java.util.Comparator;
import java.util.List;

/** Everything resolution reads from the sources' graphs. */
public record Mentions(List<PersonMention> people, List<PaperStatement> papers, List<AwardClaim> awards,
        List<AbstractMention> abstracts) {
    /**
     * The orders resolution decides in. The store returns mentions in the order of its indexes,
     * which a re-ingest can change: sorted, the same mentions always give the same decisions.
     */
    static final Comparator<PersonMention> PEOPLE = Comparator.comparing(PersonMention::node);
    static final Comparator<PaperStatement> STATEMENTS = Comparator.comparing(PaperStatement::node).thenComparing(PaperStatement::source);
    static final Comparator<AwardClaim> AWARDS = Comparator.comparing(AwardClaim::paper).thenComparing(AwardClaim::source)
            .thenComparing(AwardClaim::label).thenComparing(AwardClaim::receipt);
    static final Comparator<AbstractMention> ABSTRACTS = Comparator.comparing(AbstractMention::node);

    public Mentions {
        people = List.copyOf(people);
        papers = List.copyOf(papers);
        awards = List.copyOf(awards);
        abstracts = List.copyOf(abstracts);
    }

    /** The same mentions in the orders resolution decides in. */
    Mentions sorted() {
        return new Mentions(people.stream().sorted(PEOPLE).toList(), papers.stream().sorted(STATEMENTS).toList(),
                awards.stream().sorted(AWARDS).toList(), abstracts.stream().sorted(ABSTRACTS).toList());
    }
}
