package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A background computation's failure reaches the caller as itself: an error stays an error. */
class BackgroundTest {
    @Test
    void aResultAnExceptionAndAnErrorEachReachTheCallerAsThemselves() {
        assertEquals(42, Background.start("answer", () -> 42).get());

        IllegalArgumentException bad = new IllegalArgumentException("bad input");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Background.start("fails", () -> {
            throw bad;
        }).get()));

        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        assertSame(full, assertThrows(OutOfMemoryError.class, () -> Background.start("runs out", () -> {
            throw full;
        }).get()));
    }
}
