package org.scholargraph.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scholargraph.source.Document;
import org.scholargraph.source.Fetcher;
import org.scholargraph.source.SourceException;
import org.scholargraph.source.SourceRef;

/**
 * Fetches URLs as a well-mannered bot: robots.txt at every hop, a per-host rate limit, retries of
 * 429/5xx with backoff honouring Retry-After, redirects followed one by one up to a limit, and
 * conditional requests against the on-disk cache. Every failure is a SourceException whose
 * one-line message starts with the URL; a blocked page (401, 403, CAPTCHA, login) is a failure.
 */
public final class PoliteFetcher implements Fetcher {
    private final CrawlSettings settings;
    private final Exchange exchange;
    private final HostThrottle throttle = new HostThrottle();
    private final RobotsPolicy robots;
    private final ResponseCache cache;

    public PoliteFetcher(CrawlSettings settings) {
        this.settings = settings;
        this.exchange = new Exchange(settings);
        this.cache = new ResponseCache(settings.cacheDir());
        this.robots = new RobotsPolicy(url -> {
            throttle.await(url, settings.interval());
            return exchange.get(url, Map.of());
        });
    }

    @Override
    public Document fetch(SourceRef ref) throws SourceException {
        try {
            return settings.offline() ? fromCache(ref) : fetchOnline(ref);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(ref + ": interrupted", e);
        }
    }

    private Document fromCache(SourceRef ref) throws SourceException {
        ResponseCache.Hit hit = cache.get(ref.location()).orElseThrow(() -> new SourceException(
                ref + ": not in the cache (offline mode fetches nothing; run once online first)"));
        return document(ref, hit.body(), hit.meta().mediaType());
    }

    private Document fetchOnline(SourceRef ref) throws SourceException, InterruptedException {
        URI current = URI.create(ref.location());
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; ; hop++) {
            checkScheme(ref, current);
            if (!seen.add(current)) {
                throw new SourceException(ref + ": redirect loop back to " + current);
            }
            if (!robots.allows(current)) {
                throw new SourceException(ref + ": disallowed by robots.txt" + (hop > 0 ? " at " + current : ""));
            }
            Optional<ResponseCache.Hit> cached = cache.get(current.toString());
            Response r = getWithRetries(ref, current, cached);
            if (!r.isRedirect()) {
                return finish(ref, current, r, cached);
            }
            if (hop == settings.maxRedirects()) {
                throw new SourceException(ref + ": more than " + settings.maxRedirects() + " redirects");
            }
            String location = r.header("Location");
            if (location == null) {
                throw new SourceException(ref + ": HTTP " + r.status() + " redirect without a Location");
            }
            current = current.resolve(location.strip());
        }
    }

    private Document finish(SourceRef ref, URI url, Response r, Optional<ResponseCache.Hit> cached)
            throws SourceException {
        if (r.status() == 304 && cached.isPresent()) {
            return document(ref, cached.get().body(), cached.get().meta().mediaType());
        }
        if (r.status() == 401 || r.status() == 403) {
            throw new SourceException(ref + ": HTTP " + r.status() + ": blocked (the site refuses the crawler)");
        }
        if (r.status() / 100 != 2) {
            throw new SourceException(ref + ": HTTP " + r.status());
        }
        String type = r.header("Content-Type");
        Optional<String> blocked = BlockedPage.reason(r.body(), type);
        if (blocked.isPresent()) {
            throw new SourceException(ref + ": blocked: the server sent " + blocked.get() + " instead of the page");
        }
        cache.put(url.toString(), r.header("ETag"), r.header("Last-Modified"), type, r.body());
        if (!url.toString().equals(ref.location())) {
            cache.put(ref.location(), null, null, type, r.body());
        }
        return document(ref, r.body(), type);
    }

    private Response getWithRetries(SourceRef ref, URI url, Optional<ResponseCache.Hit> cached)
            throws SourceException, InterruptedException {
        Map<String, String> conditions = conditions(cached);
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt == settings.maxRetries();
            Duration wait = backoff(attempt);
            try {
                throttle.await(url, interval(url));
                Response r = exchange.get(url, conditions);
                if (!r.isTransient()) {
                    return r;
                }
                if (last) {
                    throw new SourceException(ref + ": HTTP " + r.status() + " after " + (attempt + 1) + " attempts");
                }
                wait = retryWait(ref, r, wait);
            } catch (Exchange.TooLarge e) {
                throw new SourceException(ref + ": " + e.getMessage(), e);
            } catch (HttpTimeoutException e) {
                if (last) {
                    throw new SourceException(ref + ": timed out after " + seconds(settings.readTimeout()) + " s ("
                            + (attempt + 1) + " attempts)", e);
                }
            } catch (IOException e) {
                if (last) {
                    throw new SourceException(ref + ": cannot fetch: " + e.getMessage(), e);
                }
            }
            Thread.sleep(wait.toMillis());
        }
    }

    private Duration retryWait(SourceRef ref, Response r, Duration backoff) throws SourceException {
        Optional<Duration> asked = RetryAfter.parse(r.header("Retry-After"), Instant.now());
        if (asked.isPresent() && asked.get().compareTo(settings.maxRetryWait()) > 0) {
            throw new SourceException(ref + ": HTTP " + r.status() + " with Retry-After of " + asked.get().toSeconds()
                    + " s, over the " + settings.maxRetryWait().toSeconds() + " s the crawler waits");
        }
        return asked.orElse(backoff);
    }

    private Duration backoff(int attempt) {
        return settings.backoff().multipliedBy(1L << Math.min(attempt, 10));
    }

    private Duration interval(URI url) throws InterruptedException {
        Duration delay = robots.crawlDelay(url);
        return delay.compareTo(settings.interval()) > 0 ? delay : settings.interval();
    }

    private static Map<String, String> conditions(Optional<ResponseCache.Hit> cached) {
        Map<String, String> headers = new LinkedHashMap<>();
        cached.ifPresent(hit -> {
            if (hit.meta().etag() != null) {
                headers.put("If-None-Match", hit.meta().etag());
            }
            if (hit.meta().lastModified() != null) {
                headers.put("If-Modified-Since", hit.meta().lastModified());
            }
        });
        return headers;
    }

    private static void checkScheme(SourceRef ref, URI url) throws SourceException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new SourceException(ref + ": only http(s) URLs are fetched, not " + url);
        }
    }

    private static Document document(SourceRef ref, byte[] body, String mediaType) {
        return new Document(ref.location(), ref.displayName(), body, mediaType, Instant.now());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0);
    }
}
