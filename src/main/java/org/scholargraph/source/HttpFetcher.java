package org.scholargraph.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

/**
 * A plain, bounded HTTP GET: connect and read timeouts, a redirect policy, a size limit and a
 * User-Agent naming the tool. (Politeness — robots.txt, rate limits, caching — belongs to the crawler.)
 */
public final class HttpFetcher implements Fetcher {
    /** Limits for one fetch. */
    public record Limits(Duration connectTimeout, Duration readTimeout, long maxBytes, String userAgent) {
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 20L * 1024 * 1024,
                    "scholargraph/0.1 (+https://w3id.org/scholargraph)");
        }
    }

    private final Limits limits;
    private final HttpClient client;

    public HttpFetcher(Limits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Document fetch(SourceRef ref) throws SourceException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ref.location()))
                .timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.5")
                .GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new SourceException(ref + ": HTTP " + response.statusCode());
                }
                byte[] bytes = readBounded(body, ref);
                String type = response.headers().firstValue("Content-Type").orElse(null);
                return new Document(ref.location(), ref.displayName(), bytes, type, Instant.now());
            }
        } catch (HttpTimeoutException e) {
            throw new SourceException(ref + ": timed out after " + limits.readTimeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new SourceException(ref + ": cannot fetch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(ref + ": interrupted", e);
        }
    }

    private byte[] readBounded(InputStream in, SourceRef ref) throws IOException, SourceException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > limits.maxBytes()) {
                throw new SourceException(ref + ": response is over the " + limits.maxBytes() + "-byte limit");
            }
        }
        return out.toByteArray();
    }
}
