package org.scholargraph.crawl;

import java.util.Map;

/**
 * One {@code [[source]]} entry of a sources manifest, validated.
 *
 * @param id the entry's unique name
 * @param kind an extractor kind, or "auto" to detect it from the document
 * @param location an http(s) URL, or a local path (relative to the working directory)
 * @param url true for a URL, false for a path
 * @param hints free-form string hints for extractors (e.g. a person's name for a homepage)
 * @param line the line of the manifest the entry starts on
 */
public record SourceSpec(String id, String kind, String location, boolean url, Map<String, String> hints, int line) {
    public static final String AUTO = "auto";

    public SourceSpec {
        hints = Map.copyOf(hints);
    }

    public boolean autoKind() {
        return AUTO.equals(kind);
    }
}
