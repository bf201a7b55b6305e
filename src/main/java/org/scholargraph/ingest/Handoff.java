package org.scholargraph.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link SourcePreparer} on a thread of its own and hands what it prepares to the caller's
 * thread, in order, through a bounded queue: the machine's second core reads, extracts and maps
 * the next sources while the caller writes the last ones into TDB2, whose write transaction
 * belongs to the thread that began it. The bound keeps memory to a few mapped sources. The
 * preparer's exception reaches the caller from {@link #next}.
 */
final class Handoff implements AutoCloseable {
    /** Mapped sources waiting for the writer: enough to ride out a slow commit, a few MB. */
    private static final int CAPACITY = 32;
    private static final Object END = new Object();

    private final BlockingQueue<Object> items = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean closed;

    private Handoff(SourcePreparer preparer) {
        thread = new Thread(() -> run(preparer), "ingest-prepare");
        // Never keeps the JVM alive: a command that fails elsewhere still exits.
        thread.setDaemon(true);
    }

    static Handoff start(SourcePreparer preparer) {
        Handoff h = new Handoff(preparer);
        h.thread.start();
        return h;
    }

    /** The next prepared source, or null once every source is prepared. */
    Prepared next() {
        Object item;
        try {
            item = items.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next source", e);
        }
        if (item == END) {
            return null;
        }
        if (item instanceof Failure f) {
            if (f.cause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) f.cause();
        }
        return (Prepared) item;
    }

    /** Stops the preparer if it is still going (the writer failed) and waits a little for it. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(SourcePreparer preparer) {
        try {
            preparer.run(this::put);
            put(END);
        } catch (Stopped stopped) {
            // The caller is gone: nothing is waiting for the rest.
        } catch (RuntimeException | Error e) {
            try {
                put(new Failure(e));
            } catch (Stopped stopped) {
                // As above.
            }
        }
    }

    private void put(Object item) {
        try {
            while (!items.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private record Failure(Throwable cause) {
    }

    /** Unwinds the preparer once the caller has closed the handoff. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
