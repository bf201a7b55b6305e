package org.scholargraph.crawl;

/**
 * What the cache keeps about one URL besides its body.
 *
 * @param url the URL fetched
 * @param etag the ETag validator, or null
 * @param lastModified the Last-Modified validator, or null
 * @param mediaType the Content-Type, or null
 * @param contentHash SHA-256 of the body, hex: checked on every read so a damaged entry is never served
 * @param fetchedAt when the body was last confirmed fresh (ISO-8601)
 */
public record CachedResponse(String url, String etag, String lastModified, String mediaType, String contentHash,
        String fetchedAt) {
}
