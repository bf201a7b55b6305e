package org.scholargraph.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The bytes of one source document and where they came from.
 *
 * @param location the source as the user named it, normalised: an absolute file URI or an http(s) URL
 * @param displayName the short form used in messages (the path as given, or the URL)
 * @param bytes the raw content
 * @param mediaType the media type when known (from HTTP), otherwise null
 * @param fetchedAt when the bytes were read
 */
public record Document(String location, String displayName, byte[] bytes, String mediaType, Instant fetchedAt) {

    public static Document of(String location, String displayName, byte[] bytes) {
        return new Document(location, displayName, bytes, null, Instant.now());
    }

    /** For tests and in-memory sources. */
    public static Document ofText(String location, String text) {
        return of(location, location, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The content as text. Sources here are UTF-8 (HTML pages declare it, Hugo requires it). */
    public String text() {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** SHA-256 of the bytes, hex: tells whether a source changed since it was last ingested. */
    public String contentHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** True when the bytes look binary (NUL bytes or invalid UTF-8 early on): no extractor reads those. */
    public boolean looksBinary() {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return text().chars().limit(n).filter(c -> c == '\uFFFD').count() > 8;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
