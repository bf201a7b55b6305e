package org.scholargraph.cli;

import java.nio.file.Path;
import org.scholargraph.crawl.CrawlSettings;
import org.scholargraph.crawl.PoliteFetcher;
import picocli.CommandLine.Option;

/**
 * How URLs are fetched, shared by every command that reads them: one polite fetcher (robots.txt,
 * per-host rate, retries, on-disk cache, blocked-page detection) so that {@code ingest URL} and
 * {@code crawl} behave as the same well-mannered bot.
 */
final class WebOptions {
    @Option(names = "--offline", description = "Fetch nothing: read URLs from the cache only.")
    boolean offline;

    @Option(names = "--rate", paramLabel = "R", description = "Requests per second to one host (default: ${DEFAULT-VALUE}).")
    double rate = 1.0;

    @Option(names = "--contact", paramLabel = "EMAIL", description = "A contact address put in the User-Agent.")
    String contact;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where raw responses are kept (default: ${DEFAULT-VALUE}).")
    Path cache = Path.of("data/cache");

    /** The fetcher for one run, after checking the options (a usage error otherwise). */
    PoliteFetcher fetcher() {
        if (!(rate > 0)) {
            throw CommandFailure.usage("--rate must be above 0 requests per second, not " + rate);
        }
        return new PoliteFetcher(CrawlSettings.defaults(cache).withRate(rate).withOffline(offline)
                .withContact(contact == null ? "" : "mailto:" + contact));
    }
}
