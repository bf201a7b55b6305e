package org.scholargraph.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * One bounded GET, no redirects followed (the fetcher follows them so that each hop passes
 * robots.txt and loops are caught). Bodies over the size limit are cut off, not buffered.
 */
final class Exchange {
    /** The body went past the size limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("response is over the " + limit + "-byte limit");
        }
    }

    private final CrawlSettings settings;
    private final HttpClient client;

    Exchange(CrawlSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Response get(URI url, Map<String, String> extraHeaders) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.5")
                .GET();
        extraHeaders.forEach(request::header);
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = response.statusCode() / 100 == 2 ? readBounded(in) : new byte[0];
            return new Response(response.statusCode(), response.headers(), body);
        }
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > settings.maxBytes()) {
                throw new TooLarge(settings.maxBytes());
            }
        }
        return out.toByteArray();
    }
}
