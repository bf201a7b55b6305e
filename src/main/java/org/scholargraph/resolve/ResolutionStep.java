package org.scholargraph.resolve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.scholargraph.store.Store;

/**
 * Rebuilds the store's resolution graph from its sources in one write transaction: a reader
 * never sees half a resolution, and a crash leaves the previous one.
 */
public final class ResolutionStep {
    private final String base;

    /** @param base the instance IRI base the store's nodes were minted under */
    public ResolutionStep(String base) {
        this.base = base;
    }

    public Summary run(Store store) {
        return store.update(this::resolveIn);
    }

    /** Rebuilds the resolution graph of a dataset inside the caller's write transaction. */
    public Summary resolveIn(DatasetGraph dsg) {
        Mentions mentions = MentionReader.read(dsg);
        Resolution r = new Resolver(base).resolve(mentions);
        boolean written = new ResolutionWriter(dsg, base).replace(r);
        return Summary.of(mentions, r, written);
    }

    /** Counts a person reads after a run: how many names became how many people, and so on. */
    public record Summary(int personMentions, int people, int paperNodes, int papers, int merges, int keptApart,
            int conflicts, int abstractsLinked, int abstracts, boolean changed) {
        static Summary of(Mentions m, Resolution r, boolean changed) {
            long merges = r.decisions().stream().filter(d -> d.verdict() == Decision.Verdict.MERGED).count();
            return new Summary(m.people().size(), r.people().size(), r.paperOf().size(),
                    (int) r.paperOf().values().stream().distinct().count(), (int) merges,
                    r.decisions().size() - (int) merges, r.conflicts().size(), r.abstracts().size(), m.abstracts().size(),
                    changed);
        }

        @Override
        public String toString() {
            return String.format("resolved %d person names to %d people, %d paper nodes to %d papers"
                    + " (%d merges, %d kept apart), %d conflicts, %d of %d title-less abstracts linked%s",
                    personMentions, people, paperNodes, papers, merges, keptApart, conflicts, abstractsLinked, abstracts,
                    changed ? "" : "; resolution unchanged");
        }
    }
}
