package org.scholargraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The size of a store's files right after its last compaction, kept in a small file beside
 * TDB2's data directories, so the next ingest can tell whether compacting again would pay.
 * Not part of the data: a lost or stale mark only makes one compaction come early or late.
 * Sizes are the files' lengths, which bound the blocks on disk from above: TDB2 grows its files in
 * 8 MB segments (sparse on Linux), so a small store is compacted only once it has grown by whole segments.
 */
final class CompactionMark {
    static final String FILE = "compacted-bytes";

    private final Path store;

    CompactionMark(Path store) {
        this.store = store;
    }

    /**
     * Notes the store's current size as its compacted size. A mark that cannot be written is no
     * failure of the ingest that compacted: the next one compacts again.
     */
    void record() {
        try {
            Path tmp = store.resolve(FILE + ".tmp");
            Files.writeString(tmp, Long.toString(bytes()));
            Files.move(tmp, store.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            try {
                Files.deleteIfExists(store.resolve(FILE));
            } catch (IOException ignored) {
                // Without the mark the store counts as never compacted: the next ingest compacts.
            }
        }
    }

    /** Whether the store's files have grown past {@code factor} times their size after the last compaction. */
    boolean grownPast(double factor) {
        long compacted = compacted();
        return compacted <= 0 || bytes() > compacted * factor;
    }

    private long compacted() {
        try {
            Path f = store.resolve(FILE);
            return Files.exists(f) ? Long.parseLong(Files.readString(f).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** The bytes of every file of the store, the mark itself aside. */
    long bytes() {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(FILE))
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the store " + store, e);
        }
    }
}
