package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {
    /** Stands for a resolution too large for the heap it was given. */
    @Command(name = "greedy")
    static final class Greedy implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfHeapEndsWithOneLineSayingHowToGiveItMoreAndExit1() {
        CommandLine cl = new CommandLine(new Greedy());
        cl.setExecutionExceptionHandler(new FailureHandler());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));

        int exit = Main.run(cl);

        assertEquals(ExitCode.FAILED, exit);
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("scholargraph: out of memory (Java heap space, maximum heap "), lines.get(0));
        assertTrue(lines.get(0).contains("rolled back") && lines.get(0).contains("JDK_JAVA_OPTIONS=-Xmx"), lines.get(0));
    }
}
