package org.scholargraph.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces and per-source warnings in full. */
final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Show stack traces and every warning.")
    boolean verbose;
}
