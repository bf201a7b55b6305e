package org.scholargraph.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.lang.CollectorStreamTriples;
import org.scholargraph.extract.Extraction;
import org.scholargraph.extract.Extractor;
import org.scholargraph.extract.Extractors;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Record;
import org.scholargraph.model.Severity;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.rdf.MappingContext;
import org.scholargraph.rdf.RecordMapper;
import org.scholargraph.resolve.ResolutionStep;
import org.scholargraph.source.Document;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceException;
import org.scholargraph.source.SourceRef;
import org.scholargraph.store.PendingSource;
import org.scholargraph.store.SourceEntry;
import org.scholargraph.store.SourceWriter;
import org.scholargraph.store.Store;

/**
 * Runs sources through read → extract → map → store. A source that fails at any step gets a
 * FAILED result and nothing in the store; the others carry on. Each mapped source replaces its
 * graph in a write transaction left open across sources and committed every so many sources or
 * quads (TDB2 commits cost disk): memory holds one source, however many a commit takes.
 * Sources a document leads to (see {@link Followups}) join the end of the queue. Such linked
 * pages were not named by the user: their kind is always detected (a forced kind is for what the
 * user named), and one that turns out to hold nothing scholargraph reads is skipped, not failed.
 * When any source loaded, the resolution graph is rebuilt at the end of the run.
 */
public final class Ingestor {
    private final Store store;
    private final Extractors extractors;
    private final DocumentReader reader;
    private final IngestOptions options;
    private final IngestListener listener;
    private final Followups followups;
    private final VenueCatalog catalog;
    private final StageClock clock = new StageClock();

    private final List<SourceResult> pendingResults = new ArrayList<>();
    private final List<SourceResult> results = new ArrayList<>();
    private final Deque<SourceRef> queue = new ArrayDeque<>();
    private final Set<String> linked = new HashSet<>();
    private SourceWriter writer;

    public Ingestor(Store store, Extractors extractors, DocumentReader reader, IngestOptions options,
            IngestListener listener) {
        this(store, extractors, reader, options, listener, Followups.NONE);
    }

    public Ingestor(Store store, Extractors extractors, DocumentReader reader, IngestOptions options,
            IngestListener listener, Followups followups) {
        this.store = store;
        this.extractors = extractors;
        this.catalog = extractors.catalog();
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
        queue.addAll(sources);
        enqueueLinked(linkedPages);
        try (SourceWriter w = store.writer()) {
            writer = w;
            while (!queue.isEmpty()) {
                prepare(queue.poll());
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

    private void prepare(SourceRef ref) {
        Instant start = Instant.now();
        Document doc;
        long readStart = System.nanoTime();
        try {
            doc = reader.read(ref);
        } catch (SourceException e) {
            finish(SourceResult.failed(ref.displayName(), "-", since(start), e.getMessage(), List.of()));
            return;
        } finally {
            clock.add("read", System.nanoTime() - readStart);
        }
        if (doc.looksBinary()) {
            String why = "binary content, not a document scholargraph can read";
            finish(found(ref) ? SourceResult.skipped(ref.displayName(), since(start), why)
                    : SourceResult.failed(ref.displayName(), "-", since(start), ref.displayName() + ": " + why, List.of()));
            return;
        }
        Optional<Extractor> extractor = clock.time("detect", () -> chooseExtractor(ref, doc));
        if (extractor.isEmpty()) {
            List<String> followed = follow(ref, doc, List.of());
            if (!followed.isEmpty()) {
                finish(SourceResult.skipped(ref.displayName(), since(start), leadsOn(followed)).withFollowed(followed));
                return;
            }
            String why = "not a document of any known kind (" + String.join(", ", extractors.kinds()) + ")";
            finish(found(ref) ? SourceResult.skipped(ref.displayName(), since(start), why)
                    : SourceResult.failed(ref.displayName(), "-", since(start), ref.displayName() + ": " + why, List.of()));
            return;
        }
        extractAndMap(ref, doc, extractor.get(), start);
    }

    private Optional<Extractor> chooseExtractor(SourceRef ref, Document doc) {
        boolean forced = options.kind() != null && !linked.contains(ref.location());
        return forced ? extractors.byKind(options.kind()) : extractors.detect(doc);
    }

    private void extractAndMap(SourceRef ref, Document doc, Extractor extractor, Instant start) {
        String kind = extractor.kind();
        Extraction extraction = clock.time("extract", () -> extractor.extract(doc));
        List<Problem> warnings = extraction.warnings();
        Optional<Problem> error = extraction.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst();
        if (error.isPresent()) {
            finish(SourceResult.failed(ref.displayName(), kind, since(start), locate(ref, error.get()), warnings));
            return;
        }
        List<Record> records = extraction.records();
        List<String> followed = follow(ref, doc, records);
        if (records.isEmpty()) {
            finish(nothingToLoad(ref, kind, warnings, followed, start));
            return;
        }
        List<Triple> triples;
        try {
            triples = clock.time("map", () -> map(records, doc.location()));
        } catch (RuntimeException e) {
            finish(SourceResult.failed(ref.displayName(), kind, since(start),
                    ref.displayName() + ": cannot map records to RDF: " + e.getMessage(), warnings));
            return;
        }
        SourceEntry entry = new SourceEntry(doc.location(), doc.location(), kind, doc.contentHash(), Instant.now(),
                triples.size(), extractor.kind(), extractor.version());
        int papers = (int) records.stream().filter(Paper.class::isInstance).count();
        SourceResult loaded = new SourceResult(ref.displayName(), Outcome.LOADED, kind, records.size(), papers,
                triples.size(), since(start), "", warnings, followed);
        try {
            clock.time("commit", () -> writer.write(new PendingSource(entry, sink -> triples.forEach(sink::triple))));
        } catch (RuntimeException e) {
            // The writer aborted: the sources written since the last commit are gone with this one.
            pendingResults.add(loaded);
            failPending(e);
            return;
        }
        pendingResults.add(loaded);
        listener.written(loaded);
    }

    /** The outcome of a document read without error that yields no records. */
    private SourceResult nothingToLoad(SourceRef ref, String kind, List<Problem> warnings, List<String> followed,
            Instant start) {
        if (!followed.isEmpty()) {
            return SourceResult.skipped(ref.displayName(), since(start), leadsOn(followed)).withFollowed(followed);
        }
        if (!warnings.isEmpty()) {
            // The extractor read the page and chose to keep nothing (a draft, a stub): say why, it is no failure.
            return SourceResult.skipped(ref.displayName(), since(start), warnings.get(0).message());
        }
        String why = "no records found by the " + kind + " extractor";
        return linked.contains(ref.location()) ? SourceResult.skipped(ref.displayName(), since(start), why)
                : SourceResult.failed(ref.displayName(), kind, since(start), ref.displayName() + ": " + why, warnings);
    }

    /** Queues what the document leads to; their locations, for the report. */
    private List<String> follow(SourceRef ref, Document doc, List<Record> records) {
        List<SourceRef> next = followups.of(ref, doc, records);
        enqueueLinked(next);
        return next.stream().map(SourceRef::location).toList();
    }

    private void enqueueLinked(List<SourceRef> pages) {
        pages.forEach(p -> linked.add(p.location()));
        queue.addAll(pages);
    }

    /** Found by walking a folder or following a link, rather than named by the user. */
    private boolean found(SourceRef ref) {
        return ref.inFolder() || linked.contains(ref.location());
    }

    private static String leadsOn(List<String> followed) {
        int n = followed.size();
        return "no records of its own; following " + n + (n == 1 ? " linked page" : " linked pages");
    }

    private List<Triple> map(List<Record> records, String sourceGraph) {
        CollectorStreamTriples out = new CollectorStreamTriples();
        RecordMapper mapper = new RecordMapper(new MappingContext(options.base(), sourceGraph, catalog));
        out.start();
        records.forEach(r -> mapper.map(r, out));
        out.finish();
        return out.getCollected();
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

    /** "file.html:12:3: message", whatever the extractor put in its origin's source. */
    static String locate(SourceRef ref, Problem p) {
        String where = p.origin().where();
        return ref.displayName() + (where.isEmpty() ? "" : ":" + where) + ": " + p.message();
    }

    private static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }
}
