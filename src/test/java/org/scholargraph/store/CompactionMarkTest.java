package org.scholargraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When compaction pays: the store's files against their size after the last compaction. */
class CompactionMarkTest {
    @TempDir
    Path store;

    @Test
    void aStoreIsDueOnceItsFilesGrowPastTheFactor() throws IOException {
        Files.createDirectories(store.resolve("Data-0001"));
        Path index = store.resolve("Data-0001/SPOG.dat");
        Files.write(index, new byte[1000]);
        CompactionMark mark = new CompactionMark(store);
        assertTrue(mark.grownPast(1.4), "never compacted: due");

        mark.record();
        assertFalse(mark.grownPast(1.4), "just compacted");
        Files.write(index, new byte[300], StandardOpenOption.APPEND);
        assertFalse(mark.grownPast(1.4), "1.3 times: not yet");
        Files.write(index, new byte[200], StandardOpenOption.APPEND);
        assertTrue(mark.grownPast(1.4), "1.5 times: due");
    }

    @Test
    void anUnreadableMarkMakesTheStoreDueRatherThanNever() throws IOException {
        Files.write(store.resolve("data"), new byte[10]);
        Files.writeString(store.resolve(CompactionMark.FILE), "not a number");
        assertTrue(new CompactionMark(store).grownPast(1.4));
    }
}
