package org.scholargraph.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import org.scholargraph.source.Document;
import org.scholargraph.source.SourceException;

/**
 * Raw responses on disk, one pair of files per URL (named by the URL's SHA-256): the body, and a
 * JSON sidecar with its validators and content hash. Writes go through a temporary file and a move
 * so an interrupted crawl never leaves half a body behind.
 */
public final class ResponseCache {
    /** A cached body with what was recorded about it. */
    public record Hit(CachedResponse meta, byte[] body) {
    }

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();

    public ResponseCache(Path dir) {
        this.dir = dir;
    }

    public Optional<Hit> get(String url) throws SourceException {
        Path meta = metaFile(url);
        Path body = bodyFile(url);
        if (!Files.exists(meta) || !Files.exists(body)) {
            return Optional.empty();
        }
        try {
            CachedResponse m = json.readValue(meta.toFile(), CachedResponse.class);
            byte[] bytes = Files.readAllBytes(body);
            if (!Document.of(url, url, bytes).contentHash().equals(m.contentHash())) {
                return Optional.empty();
            }
            return Optional.of(new Hit(m, bytes));
        } catch (IOException e) {
            throw new SourceException(url + ": cannot read the cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    public void put(String url, String etag, String lastModified, String mediaType, byte[] body) throws SourceException {
        CachedResponse m = new CachedResponse(url, etag, lastModified, mediaType,
                Document.of(url, url, body).contentHash(), Instant.now().toString());
        try {
            Files.createDirectories(dir);
            write(bodyFile(url), body);
            write(metaFile(url), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
        } catch (IOException e) {
            throw new SourceException(url + ": cannot write the cache in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".part-", "");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path bodyFile(String url) {
        return dir.resolve(key(url) + ".body");
    }

    private Path metaFile(String url) {
        return dir.resolve(key(url) + ".json");
    }

    private static String key(String url) {
        return Document.of(url, url, url.getBytes(StandardCharsets.UTF_8)).contentHash();
    }
}
