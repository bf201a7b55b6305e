package org.scholargraph.cli;

/** What scholargraph's exit codes mean. */
final class ExitCode {
    static final int OK = 0;
    /** Some sources failed to load, a check found violations, or the command could not finish. */
    static final int FAILED = 1;
    /** The command line itself was wrong. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
