package org.scholargraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any exception escaping a command into one line on stderr ("scholargraph: …") and an exit
 * code; the stack trace only with --verbose.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("scholargraph: " + OutOfMemory.in(e).map(OutOfMemory::message).orElseGet(() -> message(e)));
        if (parsed.hasMatchedOption("--verbose") || verboseIn(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException) {
            return ExitCode.USAGE;
        }
        return e instanceof CommandFailure f ? f.exitCode() : ExitCode.FAILED;
    }

    private static boolean verboseIn(ParseResult parsed) {
        ParseResult sub = parsed.subcommand();
        return sub != null && (sub.hasMatchedOption("--verbose") || verboseIn(sub));
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m);
    }
}
