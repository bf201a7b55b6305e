package org.scholargraph.cli;

import java.util.Optional;

/**
 * What a command that ran out of memory tells its user, in one line: what ran out and, when it
 * was the heap, its size and how to give it more. A stack trace says nothing they can act on.
 */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /** The out-of-memory error a failure is or was caused by (a background thread's arrives wrapped). */
    static Optional<OutOfMemoryError> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String message(OutOfMemoryError e) {
        String what = e.getMessage() == null || e.getMessage().isBlank() ? "out of memory" : "out of memory (" + e.getMessage() + ")";
        String kept = "; what was committed before is kept";
        if (e.getMessage() != null && !e.getMessage().contains("heap") && !e.getMessage().contains("GC overhead")) {
            // Threads, metaspace, direct buffers: a larger heap is not the answer.
            return what + kept;
        }
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        return what + kept + ". The maximum heap was " + maxMb + " MB: run again with more, e.g. JDK_JAVA_OPTIONS=-Xmx"
                + Math.max(1, (2 * maxMb + 1023) / 1024) + "g";
    }
}
