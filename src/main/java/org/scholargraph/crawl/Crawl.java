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
import org.scholargraph.extract.Extractor;
import org.scholargraph.extract.Extractors;
import org.scholargraph.ingest.Followups;
import org.scholargraph.ingest.IngestListener;
import org.scholargraph.ingest.IngestOptions;
import org.scholargraph.ingest.IngestReport;
import org.scholargraph.ingest.IngestOptions;
import org.scholargraph.ingest.Ingestor;
import org.scholargraph.resolve.ResolutionStep;
import org.scholargraph.ingest.Outcome;
import org.scholargraph.ingest.SourceResult;
import org.scholargraph.model.Record;
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
 * are fetched once: the Ingestor is given them back from memory. With link following on, an HTML
 * page without papers leads on to its publications page ({@link PublicationFollower}), also when
 * the page itself is unchanged; pages reached that way are fetched and ingested on every crawl.
 */
public final class Crawl {
    static final String UNCHANGED = "unchanged since the last ingest";

    private final Store store;
    private final Extractors extractors;
    private final Fetcher fetcher;
    private final IngestOptions options;
    private final long maxFileBytes;
    private final IngestListener listener;
    private final boolean followLinks;

    public Crawl(Store store, Extractors extractors, Fetcher fetcher, IngestOptions options, long maxFileBytes,
            IngestListener listener, boolean followLinks) {
        this.store = store;
        this.extractors = extractors;
        this.fetcher = fetcher;
        this.options = options;
        this.maxFileBytes = maxFileBytes;
        this.listener = listener;
        this.followLinks = followLinks;
    }

    public IngestReport run(List<SourceSpec> specs) {
        List<SourceResult> results = new ArrayList<>();
        Map<String, Document> fetched = new HashMap<>();
        Map<String, List<SourceRef>> byKind = new LinkedHashMap<>();
        DocumentReader reader = new DocumentReader(fetcher, maxFileBytes);
        List<SourceRef> refs = specs.stream().map(Crawl::ref).toList();
        Followups followups = followLinks ? PublicationFollower.standard(refs) : Followups.NONE;
        List<SourceRef> linkedFromUnchanged = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            SourceSpec spec = specs.get(i);
            SourceRef ref = refs.get(i);
            Instant start = Instant.now();
            try {
                Document doc = reader.read(ref);
                if (unchanged(doc)) {
                    List<SourceRef> next = followFromUnchanged(followups, ref, doc, spec.kind());
                    linkedFromUnchanged.addAll(next);
                    results.add(report(new SourceResult(ref.displayName(), Outcome.SKIPPED, "-", 0, 0, 0, since(start),
                            UNCHANGED, List.of(), next.stream().map(SourceRef::location).toList())));
                    continue;
                }
                fetched.put(ref.location(), doc);
                byKind.computeIfAbsent(spec.kind(), k -> new ArrayList<>()).add(ref);
            } catch (SourceException e) {
                results.add(report(new SourceResult(ref.displayName(), Outcome.FAILED, "-", 0, 0, since(start),
                        e.getMessage(), List.of())));
            }
        }
        if (!linkedFromUnchanged.isEmpty()) {
            byKind.computeIfAbsent(SourceSpec.AUTO, k -> new ArrayList<>());
        }
        DocumentReader replay = new DocumentReader(new Replay(fetched, fetcher), maxFileBytes);
        IngestOptions once = options.withoutResolution();
        byKind.forEach((kind, group) -> results.addAll(new Ingestor(store, extractors, replay,
                kind.equals(SourceSpec.AUTO) ? once : once.withKind(kind), listener, followups)
                .ingest(group, kind.equals(SourceSpec.AUTO) ? linkedFromUnchanged : List.of()).results()));
        IngestReport report = new IngestReport(results);
        // One resolution for the whole crawl, after the last kind's run (it does nothing when no source changed).
        return report.withResolution(new ResolutionStep(options.base()).run(store));
    }

    /**
     * Whether a page needs no ingest: the same content as last time, whose graph the current
     * version of its extractor wrote. After an upgrade that changes what a page yields, an
     * unchanged page would otherwise keep the old graph for as long as it stays unchanged.
     */
    private boolean unchanged(Document doc) {
        Optional<SourceEntry> last = store.source(doc.location());
        return last.isPresent() && last.get().contentHash().equals(doc.contentHash())
                && extractors.byKind(last.get().extractor()).map(Extractor::version).orElse("").equals(last.get().extractorVersion());
    }

    /**
     * An unchanged page is not ingested again, but the pages it leads to may have changed: its
     * records (extracted here, HTML pages only) decide whether it leads on.
     */
    private List<SourceRef> followFromUnchanged(Followups followups, SourceRef ref, Document doc, String kind) {
        if (!followLinks || !ref.isUrl() || !HtmlBody.is(doc.bytes(), doc.mediaType())) {
            return List.of();
        }
        Optional<Extractor> extractor = kind.equals(SourceSpec.AUTO) ? extractors.detect(doc) : extractors.byKind(kind);
        List<Record> records = extractor.map(e -> e.extract(doc).records()).orElse(List.of());
        return followups.of(ref, doc, records);
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

    /**
     * Gives back the documents already fetched, so no URL is requested twice in one crawl; pages
     * reached by following links were not fetched beforehand and go to the network fetcher.
     */
    private record Replay(Map<String, Document> documents, Fetcher network) implements Fetcher {
        @Override
        public Document fetch(SourceRef ref) throws SourceException {
            Document doc = documents.get(ref.location());
            return doc != null ? doc : network.fetch(ref);
        }
    }
}
