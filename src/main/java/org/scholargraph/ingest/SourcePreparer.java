package org.scholargraph.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
import org.scholargraph.source.Document;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceException;
import org.scholargraph.source.SourceRef;
import org.scholargraph.store.PendingSource;
import org.scholargraph.store.SourceEntry;

/**
 * Takes sources through read → detect → extract → map, one at a time in queue order, and hands
 * on what each gives (see {@link Prepared}); it never touches the store. Sources a document leads
 * to (see {@link Followups}) join the end of the queue. Such linked pages were not named by the
 * user: their kind is always detected (a forced kind is for what the user named), and one that
 * turns out to hold nothing scholargraph reads is skipped, not failed.
 */
final class SourcePreparer {
    private final Extractors extractors;
    private final DocumentReader reader;
    private final IngestOptions options;
    private final Followups followups;
    private final VenueCatalog catalog;
    private final StageClock clock;
    private final Deque<SourceRef> queue = new ArrayDeque<>();
    private final Set<String> linked = new HashSet<>();
    private Consumer<Prepared> out;

    SourcePreparer(Extractors extractors, DocumentReader reader, IngestOptions options, Followups followups,
            StageClock clock) {
        this.extractors = extractors;
        this.catalog = extractors.catalog();
        this.reader = reader;
        this.options = options;
        this.followups = followups;
        this.clock = clock;
    }

    /** The sources, then pages already known to be linked from elsewhere (read as if followed here). */
    SourcePreparer enqueue(List<SourceRef> sources, List<SourceRef> linkedPages) {
        queue.addAll(sources);
        enqueueLinked(linkedPages);
        return this;
    }

    /** Prepares every queued source, and every source they lead to, handing each on in turn. */
    void run(Consumer<Prepared> out) {
        this.out = out;
        while (!queue.isEmpty()) {
            prepare(queue.poll());
        }
    }

    private void emit(SourceResult result) {
        out.accept(new Prepared.Done(result));
    }

    private void prepare(SourceRef ref) {
        Instant start = Instant.now();
        Document doc;
        long readStart = System.nanoTime();
        try {
            doc = reader.read(ref);
        } catch (SourceException e) {
            emit(SourceResult.failed(ref.displayName(), "-", since(start), e.getMessage(), List.of()));
            return;
        } finally {
            clock.add("read", System.nanoTime() - readStart);
        }
        if (doc.looksBinary()) {
            String why = "binary content, not a document scholargraph can read";
            emit(found(ref) ? SourceResult.skipped(ref.displayName(), since(start), why)
                    : SourceResult.failed(ref.displayName(), "-", since(start), ref.displayName() + ": " + why, List.of()));
            return;
        }
        Optional<Extractor> extractor = clock.time("detect", () -> chooseExtractor(ref, doc));
        if (extractor.isEmpty()) {
            List<String> followed = follow(ref, doc, List.of());
            if (!followed.isEmpty()) {
                emit(SourceResult.skipped(ref.displayName(), since(start), leadsOn(followed)).withFollowed(followed));
                return;
            }
            String why = "not a document of any known kind (" + String.join(", ", extractors.kinds()) + ")";
            emit(found(ref) ? SourceResult.skipped(ref.displayName(), since(start), why)
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
            emit(SourceResult.failed(ref.displayName(), kind, since(start), locate(ref, error.get()), warnings));
            return;
        }
        List<Record> records = extraction.records();
        List<String> followed = follow(ref, doc, records);
        if (records.isEmpty()) {
            emit(nothingToLoad(ref, kind, warnings, followed, start));
            return;
        }
        List<Triple> triples;
        try {
            triples = clock.time("map", () -> map(records, doc.location()));
        } catch (RuntimeException e) {
            emit(SourceResult.failed(ref.displayName(), kind, since(start),
                    ref.displayName() + ": cannot map records to RDF: " + e.getMessage(), warnings));
            return;
        }
        SourceEntry entry = new SourceEntry(doc.location(), doc.location(), kind, doc.contentHash(), Instant.now(),
                triples.size(), extractor.kind(), extractor.version());
        int papers = (int) records.stream().filter(Paper.class::isInstance).count();
        SourceResult loaded = new SourceResult(ref.displayName(), Outcome.LOADED, kind, records.size(), papers,
                triples.size(), since(start), "", warnings, followed);
        out.accept(new Prepared.Mapped(new PendingSource(entry, sink -> triples.forEach(sink::triple)), loaded));
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
        CollectorStreamTriples triples = new CollectorStreamTriples();
        RecordMapper mapper = new RecordMapper(new MappingContext(options.base(), sourceGraph, catalog));
        triples.start();
        records.forEach(r -> mapper.map(r, triples));
        triples.finish();
        return triples.getCollected();
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
