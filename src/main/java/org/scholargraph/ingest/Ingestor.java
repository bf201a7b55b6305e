package org.scholargraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scholargraph.extract.Extractors;
import org.scholargraph.resolve.ResolutionStep;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceRef;
import org.scholargraph.store.SourceEntry;
import org.scholargraph.store.SourceWriter;
import org.scholargraph.store.Store;

/**
 * Runs sources through read → extract → map → store. A source that fails at any step gets a
 * FAILED result and nothing in the store; the others carry on. Sources are prepared (read,
 * extracted, mapped: {@link SourcePreparer}) on a second thread while this one writes: each
 * mapped source replaces its graph in a write transaction left open across sources and committed
 * every so many sources or triples (TDB2 commits cost disk), so memory holds a few sources,
 * however many a commit takes. When any source loaded, the resolution graph is rebuilt at the
 * end of the run.
 */
public final class Ingestor {
    private final Store store;
    private final Extractors extractors;
    private final DocumentReader reader;
    private final IngestOptions options;
    private final IngestListener listener;
    private final Followups followups;
    private final StageClock clock = new StageClock();

    private final List<SourceResult> pendingResults = new ArrayList<>();
    private final List<SourceResult> results = new ArrayList<>();
    private SourceWriter writer;

    public Ingestor(Store store, Extractors extractors, DocumentReader reader, IngestOptions options,
            IngestListener listener) {
        this(store, extractors, reader, options, listener, Followups.NONE);
    }

    public Ingestor(Store store, Extractors extractors, DocumentReader reader, IngestOptions options,
            IngestListener listener, Followups followups) {
        this.store = store;
        this.extractors = extractors;
        this.reader = reader;
        this.options = options;
        this.listener = listener;
        this.followups = followups;
    }

    public IngestReport ingest(List<SourceRef> sources) {
        return ingest(sources, List.of());
    }

    /** The sources, then pages already known to be linked from elsewhere (read as if followed here). */
    public IngestReport ingest(List<SourceRef> sources, List<SourceRef> linkedPages) {
        SourcePreparer preparer = new SourcePreparer(extractors, reader, options, followups, clock)
                .enqueue(sources, linkedPages);
        try (SourceWriter w = store.writer(); Handoff handoff = Handoff.start(preparer)) {
            writer = w;
            for (Prepared p = handoff.next(); p != null; p = handoff.next()) {
                if (p instanceof Prepared.Mapped mapped) {
                    write(mapped);
                } else if (p instanceof Prepared.Done done) {
                    finish(done.result());
                }
                if (writer.sources() >= options.batchSources() || writer.quads() >= options.batchTriples()) {
                    commit();
                }
            }
            commit();
        } finally {
            writer = null;
        }
        if (!options.resolve()) {
            return new IngestReport(results, clock.totals());
        }
        // Once per run, after the last batch is committed; even when nothing loaded, as a run killed
        // between its commits and its resolution left sources the ledger has not seen.
        ResolutionStep.Summary resolved = clock.time("resolve", () -> new ResolutionStep(options.base()).run(store));
        return new IngestReport(results, clock.totals(), Optional.of(resolved));
    }

    private void write(Prepared.Mapped mapped) {
        try {
            clock.time("commit", () -> writer.write(mapped.source()));
        } catch (RuntimeException e) {
            // The writer aborted: the sources written since the last commit are gone with this one.
            pendingResults.add(mapped.result());
            failPending(e);
            return;
        }
        pendingResults.add(mapped.result());
        listener.written(mapped.result());
    }

    /** Commits the sources written since the last commit and reports them. */
    private void commit() {
        if (pendingResults.isEmpty()) {
            return;
        }
        try {
            List<SourceEntry> written = clock.time("commit", writer::commit);
            for (int i = 0; i < written.size(); i++) {
                finish(pendingResults.get(i).withTriples(written.get(i).triples()));
            }
            pendingResults.clear();
        } catch (RuntimeException e) {
            failPending(e);
        }
    }

    private void failPending(RuntimeException e) {
        String why = "store write failed, nothing written for this source: " + e.getMessage();
        pendingResults.forEach(r -> finish(r.asFailed(r.source() + ": " + why)));
        pendingResults.clear();
    }

    private void finish(SourceResult result) {
        results.add(result);
        listener.finished(result);
    }
}
