package org.scholargraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholargraph.crawl.Crawl;
import org.scholargraph.crawl.PoliteFetcher;
import org.scholargraph.crawl.SourceSpec;
import org.scholargraph.crawl.SourcesFile;
import org.scholargraph.crawl.SourcesFileException;
import org.scholargraph.extract.Extractors;
import org.scholargraph.ingest.IngestOptions;
import org.scholargraph.ingest.IngestReport;
import org.scholargraph.ingest.Outcome;
import org.scholargraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scholargraph crawl}: fetches the sources of a manifest politely and ingests what changed. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Reads a sources manifest (TOML, [[source]] entries), checks every entry, then fetches "
                + "each source (robots.txt obeyed, rate-limited per host, cached on disk) and ingests those "
                + "whose content changed since the last ingest; a page without papers leads on to its "
                + "publications page.",
                "Exit 0 when every source loaded or was unchanged, 1 when any failed or the manifest is invalid."})
final class CrawlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;
    @Mixin
    WebOptions web;
    @Mixin
    FollowOption following;

    @Option(names = "--sources", paramLabel = "FILE", description = "The sources manifest (default: ${DEFAULT-VALUE}).")
    Path sources = Path.of("data/sources.toml");

    @Mixin
    BaseOption base;
    @Mixin
    VenueOption venues;

    @Override
    public Integer call() {
        PoliteFetcher fetcher = web.fetcher();
        Extractors extractors = Extractors.standard(false, venues.catalog());
        List<SourceSpec> specs;
        try {
            specs = SourcesFile.read(sources, extractors.kinds());
        } catch (SourcesFileException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(p -> err.println("scholargraph: " + p));
            err.flush();
            return ExitCode.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        Instant start = Instant.now();
        IngestReport report;
        try (Store store = storeOptions.open();
                Progress progress = Progress.start(out, verbose.verbose, "crawl", specs.size())) {
            report = new Crawl(store, extractors, fetcher, IngestOptions.defaults(base.iri),
                    50L * 1024 * 1024, progress, following.follow()).run(specs);
            if (report.count(Outcome.LOADED) > 0) {
                store.compactIfWasteful();
            }
            progress.end(report, 0, Duration.between(start, Instant.now()));
            out.println(Report.summary(report, 0, Duration.between(start, Instant.now()),
                    storeOptions.directory().toString(), store.quadCount()));
        }
        out.flush();
        return report.anyFailed() ? ExitCode.FAILED : ExitCode.OK;
    }
}
