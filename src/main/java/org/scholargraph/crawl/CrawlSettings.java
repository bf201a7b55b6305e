package org.scholargraph.crawl;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How politely and how far the crawler fetches.
 *
 * @param requestsPerSecond the most requests sent to one host per second (robots.txt crawl-delay may slow it further)
 * @param contact an address site operators can write to, put in the User-Agent; may be empty
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a response's headers
 * @param maxBytes the largest body accepted
 * @param maxRedirects how many redirects one fetch follows
 * @param maxRetries how many times a 429, 5xx or network failure is retried
 * @param backoff the first wait before a retry, doubled at each further retry
 * @param maxRetryWait the longest Retry-After the crawler accepts; longer ones fail the fetch
 * @param cacheDir where raw responses are kept
 * @param offline serve from the cache only, never touch the network
 */
public record CrawlSettings(double requestsPerSecond, String contact, Duration connectTimeout, Duration readTimeout,
        long maxBytes, int maxRedirects, int maxRetries, Duration backoff, Duration maxRetryWait, Path cacheDir,
        boolean offline) {

    /** The product token robots.txt groups are matched against. */
    public static final String AGENT = "scholargraph";

    public CrawlSettings {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("the rate must be above 0 requests per second, not " + requestsPerSecond);
        }
        contact = contact == null ? "" : contact.strip();
    }

    public static CrawlSettings defaults(Path cacheDir) {
        return new CrawlSettings(1.0, "", Duration.ofSeconds(10), Duration.ofSeconds(30), 20L * 1024 * 1024, 5, 3,
                Duration.ofSeconds(1), Duration.ofMinutes(2), cacheDir, false);
    }

    public CrawlSettings withRate(double rate) {
        return new CrawlSettings(rate, contact, connectTimeout, readTimeout, maxBytes, maxRedirects, maxRetries, backoff,
                maxRetryWait, cacheDir, offline);
    }

    public CrawlSettings withContact(String address) {
        return new CrawlSettings(requestsPerSecond, address, connectTimeout, readTimeout, maxBytes, maxRedirects,
                maxRetries, backoff, maxRetryWait, cacheDir, offline);
    }

    public CrawlSettings withOffline(boolean on) {
        return new CrawlSettings(requestsPerSecond, contact, connectTimeout, readTimeout, maxBytes, maxRedirects,
                maxRetries, backoff, maxRetryWait, cacheDir, on);
    }

    /** The smallest gap between two requests to one host under the rate alone. */
    public Duration interval() {
        return Duration.ofNanos((long) (1_000_000_000L / requestsPerSecond));
    }

    /** "scholargraph/0.1 (+https://w3id.org/scholargraph; mailto:someone@example.org)". */
    public String userAgent() {
        String site = "+https://w3id.org/scholargraph";
        return AGENT + "/0.1 (" + (contact.isEmpty() ? site : site + "; " + contact) + ")";
    }
}
