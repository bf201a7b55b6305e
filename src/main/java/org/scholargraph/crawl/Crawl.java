package org.scholargraph.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholargraph.extract.Extractors;
import org.scholargraph.ingest.IngestListener;
import org.scholargraph.ingest.IngestOptions;
import org.scholargraph.ingest.IngestReport;
import org.scholargraph.ingest.Ingestor;
import org.scholargraph.ingest.Outcome;
import org.scholargraph.ingest.SourceResult;
import org.scholargraph.source.Document;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.Fetcher;
import org.scholargraph.source.SourceException;
import org.scholargraph.source.SourceRef;
import org.scholargraph.store.SourceEntry;
import org.scholargraph.store.Store;

/**
 * Runs the entries of a sources manifest: reads each (URLs through the polite fetcher), skips
 * those whose content hash matches what the store last ingested for them, and hands the rest to
 * the {@link Ingestor}, one run per kind so a manifest's forced kinds are honoured. URL documents
 * are fetched once: the Ingestor is given them back from memory.
 */
public final class Crawl {
    static final String UNCHANGED = "unchanged since the last ingest";

    private final Store store;
    private final Extractors extractors;
    private final Fetcher fetcher;
    private final IngestOptions options;
    private final long maxFileBytes;
    private final IngestListener listener;

    public Crawl(Store store, Extractors extractors, Fetcher fetcher, IngestOptions options, long maxFileBytes,
            IngestListener listener) {
        this.store = store;
        this.extractors = extractors;
        this.fetcher = fetcher;
        this.options = options;
        this.maxFileBytes = maxFileBytes;
        this.listener = listener;
    }

    public IngestReport run(List<SourceSpec> specs) {
        List<SourceResult> results = new ArrayList<>();
        Map<String, Document> fetched = new HashMap<>();
        Map<String, List<SourceRef>> byKind = new LinkedHashMap<>();
        DocumentReader reader = new DocumentReader(fetcher, maxFileBytes);
        for (SourceSpec spec : specs) {
            Instant start = Instant.now();
            SourceRef ref = ref(spec);
            try {
                Document doc = reader.read(ref);
                if (unchanged(doc)) {
                    results.add(report(new SourceResult(ref.displayName(), Outcome.SKIPPED, "-", 0, 0, since(start),
                            UNCHANGED, List.of())));
                    continue;
                }
                fetched.put(ref.location(), doc);
                byKind.computeIfAbsent(spec.kind(), k -> new ArrayList<>()).add(ref);
            } catch (SourceException e) {
                results.add(report(new SourceResult(ref.displayName(), Outcome.FAILED, "-", 0, 0, since(start),
                        e.getMessage(), List.of())));
            }
        }
        DocumentReader replay = new DocumentReader(new Replay(fetched), maxFileBytes);
        byKind.forEach((kind, refs) -> results.addAll(new Ingestor(store, extractors, replay,
                kind.equals(SourceSpec.AUTO) ? options : options.withKind(kind), listener).ingest(refs).results()));
        return new IngestReport(results);
    }

    private boolean unchanged(Document doc) {
        Optional<SourceEntry> last = store.source(doc.location());
        return last.isPresent() && last.get().contentHash().equals(doc.contentHash());
    }

    private SourceResult report(SourceResult result) {
        listener.finished(result);
        return result;
    }

    private static SourceRef ref(SourceSpec spec) {
        return spec.url() ? SourceRef.url(URI.create(spec.location()).normalize())
                : SourceRef.file(Path.of(spec.location()), spec.location(), false);
    }

    private static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }

    /** Gives back the documents already fetched, so no URL is requested twice in one crawl. */
    private record Replay(Map<String, Document> documents) implements Fetcher {
        @Override
        public Document fetch(SourceRef ref) throws SourceException {
            Document doc = documents.get(ref.location());
            if (doc == null) {
                throw new SourceException(ref + ": was not fetched");
            }
            return doc;
        }
    }
}
