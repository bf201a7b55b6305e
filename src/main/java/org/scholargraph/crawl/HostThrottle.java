package org.scholargraph.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Spaces requests to each host: waits until the host's previous request is at least an interval old. */
final class HostThrottle {
    private final Map<String, Long> lastRequest = new HashMap<>();

    /** Blocks until a request to the URL's host may go, then records it as sent now. */
    synchronized void await(URI url, Duration interval) throws InterruptedException {
        String host = Origin.of(url);
        Long last = lastRequest.get(host);
        if (last != null) {
            long waitNanos = last + interval.toNanos() - System.nanoTime();
            if (waitNanos > 0) {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
        lastRequest.put(host, System.nanoTime());
    }
}
