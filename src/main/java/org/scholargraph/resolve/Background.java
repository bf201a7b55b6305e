package org.scholargraph.resolve;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One computation on a thread of its own while the caller goes on with another: resolution's
 * parts that need nothing from each other (reading people beside papers, block keys beside the
 * decisions) use the machine's second core. A failure is rethrown to the caller by {@link #get}.
 */
final class Background<T> {
    private final FutureTask<T> task;
    private final Thread thread;

    private Background(String name, Callable<T> work) {
        task = new FutureTask<>(work);
        thread = new Thread(task, name);
        // Never keeps the JVM alive: a command that fails elsewhere still exits.
        thread.setDaemon(true);
    }

    static <T> Background<T> start(String name, Callable<T> work) {
        Background<T> b = new Background<>(name, work);
        b.thread.start();
        return b;
    }

    /** Waits for the result; the computation's own exception or error if it failed. */
    T get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                // Out of heap on this thread is out of heap for the command, and must read as such.
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Stops waiting for a result no one will read, and lets the thread finish first (it may hold a transaction). */
    void abandon() {
        task.cancel(true);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
