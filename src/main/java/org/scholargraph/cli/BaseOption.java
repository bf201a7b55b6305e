package org.scholargraph.cli;

import org.scholargraph.rdf.SG;
import picocli.CommandLine.Option;

/** {@code --base IRI}: where instance IRIs live; every command that mints or resolves them takes it. */
final class BaseOption {
    @Option(names = "--base", paramLabel = "IRI", description = "Base of instance IRIs (default: ${DEFAULT-VALUE}).")
    String iri = SG.DEFAULT_BASE;
}
