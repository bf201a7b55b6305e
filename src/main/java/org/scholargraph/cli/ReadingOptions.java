package org.scholargraph.cli;

import org.scholargraph.extract.Extractors;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.Fetcher;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How documents are read: {@code --kind}, {@code --include-drafts} and {@code --venues}, shared by ingest and extract. */
final class ReadingOptions {
    private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    @Option(names = "--kind", paramLabel = "KIND", description = "Read every document as this kind instead of detecting it.")
    String kind;

    @Option(names = "--include-drafts", description = "Keep Hugo pages marked draft = true.")
    boolean includeDrafts;

    @Mixin
    VenueOption venues;

    /** The extractors, after checking that a forced kind is one of them (a usage error otherwise). */
    Extractors extractors() {
        Extractors extractors = Extractors.standard(includeDrafts, venues.catalog());
        if (kind != null && extractors.byKind(kind).isEmpty()) {
            throw CommandFailure.usage("unknown kind '" + kind + "' (known: " + String.join(", ", extractors.kinds()) + ")");
        }
        return extractors;
    }

    /** Files from disk, URLs through the given fetcher. */
    DocumentReader reader(Fetcher fetcher) {
        return new DocumentReader(fetcher, MAX_FILE_BYTES);
    }
}
