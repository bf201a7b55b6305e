package org.scholargraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholargraph.extract.Extractors;
import org.scholargraph.ingest.IngestOptions;
import org.scholargraph.ingest.IngestReport;
import org.scholargraph.ingest.Ingestor;
import org.scholargraph.ingest.Outcome;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceException;
import org.scholargraph.source.SourceLocator;
import org.scholargraph.source.SourceRef;
import org.scholargraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scholargraph ingest PATH_OR_URL...}: documents into the store, one named graph each. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads files, folders (recursively) and http(s) URLs, detects each document's kind, "
                + "and replaces each source's named graph in the store. URLs are fetched politely (robots.txt, "
                + "rate limit, cache); a fetched page without papers leads on to its publications page.",
                "Exit 0 when every source loaded, 1 when any failed."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;
    @Mixin
    ReadingOptions reading;
    @Mixin
    WebOptions web;
    @Mixin
    FollowOption following;

    @Parameters(arity = "1..*", paramLabel = "PATH_OR_URL", description = "Files, folders or http(s) URLs.")
    List<String> inputs;


    @Mixin
    BaseOption base;

    @Option(names = "--commit-every", paramLabel = "TRIPLES", defaultValue = "" + IngestOptions.DEFAULT_BATCH_TRIPLES,
            description = {"Commit once this many triples are written since the last commit (default: ${DEFAULT-VALUE}). "
                    + "Smaller commits lose less to a kill, and leave more dead index blocks for compaction."})
    int commitEvery;


    @Override
    public Integer call() {
        if (commitEvery < 1) {
            throw CommandFailure.usage("--commit-every: expected a number of triples of at least 1, got " + commitEvery);
        }
        Extractors extractors = reading.extractors();
        DocumentReader reader = reading.reader(web.fetcher());
        PrintWriter out = spec.commandLine().getOut();
        List<SourceRef> sources = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        SourceLocator locator = new SourceLocator();
        for (String input : inputs) {
            try {
                sources.addAll(locator.locate(input));
            } catch (SourceException e) {
                unreadable.add(e.getMessage());
                out.println(Report.failed(e.getMessage()));
            }
        }
        Instant start = Instant.now();
        IngestReport report;
        try (Store store = storeOptions.open();
                Progress progress = Progress.start(out, verbose.verbose, "ingest", sources.size())) {
            IngestOptions options = IngestOptions.defaults(base.iri).withKind(reading.kind).withBatchTriples(commitEvery);
            report = new Ingestor(store, extractors, reader, options, progress, following.followups(sources))
                    .ingest(sources);
            if (report.count(Outcome.LOADED) > 0) {
                store.compactIfWasteful();
            }
            progress.end(report, unreadable.size(), Duration.between(start, Instant.now()));
            out.println(Report.summary(report, unreadable.size(), Duration.between(start, Instant.now()),
                    storeOptions.directory().toString(), store.quadCount()));
        }
        out.flush();
        return report.anyFailed() || !unreadable.isEmpty() ? ExitCode.FAILED : ExitCode.OK;
    }
}
