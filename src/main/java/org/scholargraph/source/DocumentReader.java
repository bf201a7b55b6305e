package org.scholargraph.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/** Reads a source into a Document: files from disk, URLs through the fetcher. */
public final class DocumentReader {
    private final Fetcher fetcher;
    private final long maxBytes;

    public DocumentReader(Fetcher fetcher, long maxBytes) {
        this.fetcher = fetcher;
        this.maxBytes = maxBytes;
    }

    /** A reader of local files only (benchmarks, tests): a URL fails with a one-line error. */
    public static DocumentReader filesOnly(long maxBytes) {
        return new DocumentReader(ref -> {
            throw new SourceException(ref.displayName() + ": a URL, and this reader reads local files only");
        }, maxBytes);
    }

    public Document read(SourceRef ref) throws SourceException {
        return ref.isUrl() ? fetcher.fetch(ref) : readFile(ref);
    }

    private Document readFile(SourceRef ref) throws SourceException {
        try {
            long size = Files.size(ref.path());
            if (size > maxBytes) {
                throw new SourceException(ref + ": file is " + size + " bytes, over the " + maxBytes + "-byte limit");
            }
            return Document.of(ref.location(), ref.displayName(), Files.readAllBytes(ref.path()));
        } catch (NoSuchFileException e) {
            throw new SourceException(ref + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new SourceException(ref + ": permission denied", e);
        } catch (IOException e) {
            throw new SourceException(ref + ": cannot read: " + e.getMessage(), e);
        }
    }
}
