package org.scholargraph.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * robots.txt per origin, fetched once per crawl and parsed by crawler-commons (RFC 9309): a 4xx
 * robots.txt allows everything, a 5xx or unreachable one disallows everything, and up to five
 * redirects are followed.
 */
final class RobotsPolicy {
    /** Sends one GET to a URL, after the host's rate limit. */
    @FunctionalInterface
    interface Getter {
        Response get(URI url) throws IOException, InterruptedException;
    }

    private static final int MAX_REDIRECTS = 5;

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> rules = new HashMap<>();
    private final Getter getter;

    RobotsPolicy(Getter getter) {
        this.getter = getter;
    }

    boolean allows(URI url) throws InterruptedException {
        return rulesFor(url).isAllowed(url.toString());
    }

    /** The crawl-delay robots.txt asks of us, or zero. */
    Duration crawlDelay(URI url) throws InterruptedException {
        long millis = rulesFor(url).getCrawlDelay();
        return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
    }

    private BaseRobotRules rulesFor(URI url) throws InterruptedException {
        String origin = Origin.of(url);
        BaseRobotRules known = rules.get(origin);
        if (known == null) {
            known = fetch(URI.create(origin + "/robots.txt"));
            rules.put(origin, known);
        }
        return known;
    }

    private BaseRobotRules fetch(URI robots) throws InterruptedException {
        URI current = robots;
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                Response r = getter.get(current);
                if (r.isRedirect() && r.header("Location") != null) {
                    current = current.resolve(r.header("Location"));
                    continue;
                }
                if (r.status() / 100 == 2) {
                    return parser.parseContent(current.toString(), r.body(), r.header("Content-Type"),
                            List.of(CrawlSettings.AGENT));
                }
                return parser.failedFetch(r.status());
            }
            return parser.failedFetch(404);
        } catch (IOException e) {
            // RFC 9309 §2.3.1.4: an unreachable robots.txt means the whole site is disallowed.
            return parser.failedFetch(503);
        }
    }
}
