package org.scholargraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a whole process and times it from start to exit, as a user would wait for it. Its output
 * goes to a file (stdout) and a log (stderr); a non-zero exit fails the benchmark with the log's
 * tail, since a figure from a failed run would mean nothing.
 */
final class ProcessRun {
    private final Path logs;

    ProcessRun(Path logs) {
        this.logs = logs;
    }

    /** What a run left: its wall time and where its stdout went. */
    record Result(double seconds, Path stdout) {
        String text() {
            try {
                return Files.readString(stdout, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Result run(String name, List<String> command) {
        return run(name, command, logs.resolve(name + ".out"));
    }

    Result run(String name, List<String> command, Path stdout) {
        try {
            Files.createDirectories(logs);
            Path stderr = logs.resolve(name + ".log");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            long start = System.nanoTime();
            int exit = pb.start().waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                List<String> lines = Files.readAllLines(stderr);
                String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
                throw new IllegalStateException(name + " exited with " + exit + ": " + String.join(" ", command) + "\n" + tail);
            }
            return new Result(seconds, stdout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
    }
}
