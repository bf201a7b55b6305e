package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.scholargraph.extract.Extractors;
import org.scholargraph.ingest.IngestListener;
import org.scholargraph.ingest.IngestOptions;
import org.scholargraph.ingest.Ingestor;
import org.scholargraph.rdf.SG;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceException;
import org.scholargraph.source.SourceLocator;
import org.scholargraph.source.SourceRef;
import org.scholargraph.store.Store;

/** Ingests local files and folders into a store, as `scholargraph ingest` does, for resolution tests. */
final class SampleStore {
    private SampleStore() {
    }

    static void ingest(Store store, String... paths) {
        ingest(store, true, paths);
    }

    /** Loads the sources as a run killed before its resolution would have. */
    static void ingestWithoutResolving(Store store, String... paths) {
        ingest(store, false, paths);
    }

    private static void ingest(Store store, boolean resolve, String... paths) {
        List<SourceRef> refs = new ArrayList<>();
        SourceLocator locator = new SourceLocator();
        try {
            for (String p : paths) {
                refs.addAll(locator.locate(p));
            }
        } catch (SourceException e) {
            throw new IllegalStateException(e);
        }
        DocumentReader files = DocumentReader.filesOnly(1 << 24);
        new Ingestor(store, Extractors.standard(false), files, resolve ? IngestOptions.defaults(SG.DEFAULT_BASE)
                : IngestOptions.defaults(SG.DEFAULT_BASE).withoutResolution(), IngestListener.NONE)
                .ingest(refs);
    }

    static ResolutionStep.Summary resolve(Store store) {
        return new ResolutionStep(SG.DEFAULT_BASE).run(store);
    }
}
