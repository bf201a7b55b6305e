/**
 * The command line (picocli): one class per subcommand, shared options as mixins, output through
 * the command line's writers so tests capture it. Wires arguments to the domain packages and maps
 * failures to exit codes (0 ok, 1 some sources or checks failed, 2 usage); holds no domain logic.
 */
package org.scholargraph.cli;
