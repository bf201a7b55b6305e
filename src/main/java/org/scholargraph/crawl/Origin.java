package org.scholargraph.crawl;

import java.net.URI;
import java.util.Locale;

/** The scheme, host and port of a URL: what robots.txt and the rate limit apply to. */
final class Origin {
    private Origin() {
    }

    static String of(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(scheme) ? 443 : 80;
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
