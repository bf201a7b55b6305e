package org.scholargraph.crawl;

import java.net.http.HttpHeaders;

/** One HTTP response as the crawler sees it; the body is read only for 2xx answers. */
record Response(int status, HttpHeaders headers, byte[] body) {

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** 429 and 5xx say "not now", so the request may succeed later. */
    boolean isTransient() {
        return status == 429 || status / 100 == 5;
    }
}
