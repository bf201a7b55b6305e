package org.scholargraph.resolve;

import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scholargraph.store.Store;

/**
 * Brings the store's resolution graph up to date with its sources in one write transaction: a
 * reader never sees half a resolution, and a crash leaves the previous one. After an ingest or
 * a removal only the region around the changed sources is decided again; the whole store is
 * resolved when no earlier resolution left its ledger, when more than a quarter of the sources
 * changed, when the region passes a tenth of the store, when asked ({@link #rebuild}), or when
 * title-less abstracts must be linked (that compares every paper).
 */
public final class ResolutionStep {
    /** An incremental run pays off while the changed sources are fewer than one in this many. */
    private static final int INCREMENTAL_SHARE = 4;

    private final String base;

    /** @param base the instance IRI base the store's nodes were minted under */
    public ResolutionStep(String base) {
        this.base = base;
    }

    /** Resolves what changed since the last resolution. */
    public Summary run(Store store) {
        return store.update(dsg -> resolveIn(dsg, true));
    }

    /** Resolves the whole store again, whatever changed. */
    public Summary rebuild(Store store) {
        return store.update(dsg -> whole(dsg, Ledger.read(dsg), true));
    }

    /**
     * Brings the resolution graph of a dataset up to date inside the caller's write transaction,
     * which may already hold writes of its own (so everything is read in that transaction).
     */
    public Summary resolveIn(DatasetGraph dsg) {
        return resolveIn(dsg, false);
    }

    /** @param fresh whether the transaction has written nothing yet: a whole-store read may then use a second thread */
    private Summary resolveIn(DatasetGraph dsg, boolean fresh) {
        Ledger ledger = Ledger.read(dsg);
        Set<String> changed = ledger.changed();
        if (ledger.kept() && changed.isEmpty()) {
            return Summary.unchanged();
        }
        SourceReader reader = new SourceReader(dsg, false);
        if (!ledger.kept() || changed.size() * INCREMENTAL_SHARE > ledger.current().size() || reader.hasAbstracts()) {
            return whole(dsg, ledger, fresh);
        }
        long start = System.nanoTime();
        Region region;
        try {
            region = new RegionFinder(reader, new ResolutionIndex(dsg), ledger.resolvedNodes()).around(changed);
        } catch (RegionFinder.WholeStore e) {
            return whole(dsg, ledger, fresh);
        }
        long read = System.nanoTime();
        Resolution r = new Resolver(base).resolve(region.scope());
        long decided = System.nanoTime();
        boolean written = new ResolutionWriter(dsg, base).replaceRegion(r, region, ledger);
        return Summary.of(region.scope(), r, written, changed.size(), new Phases(start, read, decided, System.nanoTime()));
    }

    private Summary whole(DatasetGraph dsg, Ledger ledger, boolean fresh) {
        long start = System.nanoTime();
        Decided d = decideWhole(dsg, fresh);
        long decided = System.nanoTime();
        boolean written = new ResolutionWriter(dsg, base).replace(d.resolution, ledger);
        return Summary.of(d.personMentions, d.abstracts, d.resolution, written, -1,
                new Phases(start, d.readNanos, decided, System.nanoTime()));
    }

    /**
     * Reads and decides the whole store. The mentions are dropped on return, before the writing:
     * the resolution keeps what it needs of them, and the rest (a person mention's printed names,
     * a paper statement's author list…) was a sixth of a 10,000-document resolution's live heap.
     */
    private Decided decideWhole(DatasetGraph dsg, boolean fresh) {
        Scope scope = Scope.whole(MentionReader.readAll(dsg, fresh));
        long read = System.nanoTime();
        return new Decided(new Resolver(base).resolve(scope), scope.people().size(), scope.abstracts().size(), read);
    }

    private record Decided(Resolution resolution, int personMentions, int abstracts, long readNanos) {
    }

    /**
     * Where a run spent its time, in seconds: reading what it compares (the region's finding
     * included), deciding, and writing the resolution graph.
     */
    public record Phases(double readSeconds, double resolveSeconds, double writeSeconds) {
        Phases(long start, long read, long decided, long written) {
            this((read - start) / 1e9, (decided - read) / 1e9, (written - decided) / 1e9);
        }

        static final Phases NONE = new Phases(0, 0, 0);
    }

    /**
     * Counts a person reads after a run: how many names became how many people, and so on; over
     * the whole store, or over the region an incremental run decided again.
     *
     * @param changedSources the sources an incremental run worked around, -1 for a whole-store run
     */
    public record Summary(int personMentions, int people, int paperNodes, int papers, int merges, int keptApart,
            int conflicts, int abstractsLinked, int abstracts, boolean changed, int changedSources, Phases phases) {
        static Summary of(Scope scope, Resolution r, boolean changed, int changedSources, Phases phases) {
            return of(scope.people().size(), scope.abstracts().size(), r, changed, changedSources, phases);
        }

        static Summary of(int personMentions, int abstracts, Resolution r, boolean changed, int changedSources, Phases phases) {
            long merges = r.decisions().stream().filter(d -> d.verdict() == Decision.Verdict.MERGED).count()
                    + r.sameNameSharedPaper();
            return new Summary(personMentions, r.people().size(), r.paperOf().size(),
                    (int) r.paperOf().values().stream().distinct().count(), (int) merges,
                    r.decisions().size() + r.sameNameSharedPaper() - (int) merges, r.conflicts().size(),
                    r.abstracts().size(), abstracts, changed, changedSources, phases);
        }

        static Summary unchanged() {
            return new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, Phases.NONE);
        }

        @Override
        public String toString() {
            if (changedSources == 0) {
                return "resolution unchanged: no source changed since the last resolution";
            }
            String counts = String.format("%d person names to %d people, %d paper nodes to %d papers"
                    + " (%d merges, %d kept apart), %d conflicts", personMentions, people, paperNodes, papers, merges,
                    keptApart, conflicts);
            if (changedSources > 0) {
                return String.format("re-resolved around %d changed source%s: %s%s", changedSources,
                        changedSources == 1 ? "" : "s", counts, changed ? "" : "; resolution unchanged");
            }
            return String.format("resolved %s, %d of %d title-less abstracts linked%s", counts, abstractsLinked, abstracts,
                    changed ? "" : "; resolution unchanged");
        }
    }
}
