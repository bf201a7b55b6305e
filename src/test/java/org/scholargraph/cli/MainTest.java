package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Running out of memory ends a command with one line a user can act on, and exit 1. */
class MainTest {
    /** Stands for a command that runs out of memory, on its own thread or on a helper thread (which wraps the error). */
    @Command(name = "greedy")
    static final class Greedy implements Callable<Integer> {
        private final Supplier<RuntimeException> wrapped;
        private final String message;

        Greedy(String message, boolean onAHelperThread) {
            this.message = message;
            this.wrapped = onAHelperThread ? () -> new IllegalStateException(new OutOfMemoryError(message)) : null;
        }

        @Override
        public Integer call() {
            if (wrapped != null) {
                throw wrapped.get();
            }
            throw new OutOfMemoryError(message);
        }
    }

    private static List<String> run(Greedy command, int expectedExit) {
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setExitCodeExceptionMapper(FailureHandler::exitCode);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(expectedExit, Main.run(cl));
        return err.toString().lines().toList();
    }

    @Test
    void runningOutOfHeapEndsWithOneLineSayingHowToGiveItMoreAndExit1() {
        for (boolean helper : new boolean[] {false, true}) {
            List<String> lines = run(new Greedy("Java heap space", helper), ExitCode.FAILED);
            assertEquals(1, lines.size(), String.join("\n", lines));
            String line = lines.get(0);
            assertTrue(line.startsWith("scholargraph: out of memory (Java heap space); what was committed before is kept. "
                    + "The maximum heap was "), line);
            assertTrue(line.matches(".* MB: run again with more, e\\.g\\. JDK_JAVA_OPTIONS=-Xmx[0-9]+g"), line);
        }
    }

    @Test
    void runningOutOfSomethingOtherThanHeapDoesNotAdviseALargerHeap() {
        List<String> lines = run(new Greedy("unable to create native thread: possibly out of memory or process/resource limits reached",
                false), ExitCode.FAILED);
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("scholargraph: out of memory (unable to create native thread"), lines.get(0));
        assertFalse(lines.get(0).contains("Xmx"), lines.get(0));
    }
}
