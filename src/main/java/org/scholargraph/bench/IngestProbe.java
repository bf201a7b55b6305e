package org.scholargraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scholargraph.extract.Extractors;
import org.scholargraph.ingest.IngestListener;
import org.scholargraph.ingest.IngestOptions;
import org.scholargraph.ingest.IngestReport;
import org.scholargraph.ingest.Ingestor;
import org.scholargraph.ingest.Outcome;
import org.scholargraph.ingest.SourceResult;
import org.scholargraph.rdf.SG;
import org.scholargraph.resolve.ResolutionStep;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceLocator;
import org.scholargraph.source.SourceRef;
import org.scholargraph.store.Store;

/**
 * The ingest the runner times, in a process of its own so its heap and RSS are its own: the same
 * steps as {@code scholargraph ingest} (sources streamed into large commits, then compaction if it pays), with the
 * stage clock and a heap watch. Arguments: STORE and either a folder or a file listing paths.
 */
public final class IngestProbe {
    private IngestProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path input = Path.of(args[1]);
        IngestFigures figures;
        try (HeapWatch heap = new HeapWatch()) {
            figures = run(store, input, heap);
        }
        System.out.println(new ObjectMapper().writeValueAsString(figures));
    }

    private static IngestFigures run(Path storeDir, Path input, HeapWatch heap) throws Exception {
        long start = System.nanoTime();
        List<SourceRef> sources = locate(input);
        try (Store store = Store.open(storeDir)) {
            // The ingest's two halves apart, so the heap of streaming the sources is seen apart from
            // resolution's: what `ingest` does in one call (Ingestor.ingest resolves at its end, the same way).
            IngestOptions options = IngestOptions.defaults(SG.DEFAULT_BASE);
            IngestReport report = new Ingestor(store, Extractors.standard(false), DocumentReader.filesOnly(1 << 24),
                    options.withoutResolution(), IngestListener.NONE).ingest(sources);
            double streamingUsed = heap.peakUsedMb();
            double streamingAfterGc = heap.peakAfterGcMb();
            long resolveStart = System.nanoTime();
            new ResolutionStep(options.base()).run(store);
            long compactStart = System.nanoTime();
            store.compactIfWasteful();
            Map<String, Double> stages = new LinkedHashMap<>();
            report.stages().forEach((stage, d) -> stages.put(stage, d.toNanos() / 1e9));
            stages.put("resolve", (compactStart - resolveStart) / 1e9);
            stages.put("compact", (System.nanoTime() - compactStart) / 1e9);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> byKind = new TreeMap<>();
            Map<String, Long> documents = new TreeMap<>();
            for (SourceResult r : report.results()) {
                byKind.merge(r.kind(), r.elapsed().toNanos() / 1e9, Double::sum);
                documents.merge(r.kind(), 1L, Long::sum);
            }
            return new IngestFigures(report.count(Outcome.LOADED), report.count(Outcome.FAILED),
                    report.count(Outcome.SKIPPED), report.triples(), store.quadCount(), seconds, stages, byKind,
                    documents, streamingUsed, streamingAfterGc, heap.peakUsedMb(), heap.peakAfterGcMb(), HeapWatch.peakRssMb());
        }
    }

    private static List<SourceRef> locate(Path input) throws Exception {
        SourceLocator locator = new SourceLocator();
        if (Files.isDirectory(input)) {
            return locator.locate(input.toString());
        }
        List<SourceRef> refs = new ArrayList<>();
        for (String line : Files.readAllLines(input)) {
            if (!line.isBlank()) {
                refs.addAll(locator.locate(line));
            }
        }
        return refs;
    }
}
