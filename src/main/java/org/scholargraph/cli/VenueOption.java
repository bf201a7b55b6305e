package org.scholargraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.scholargraph.model.VenueCatalog;
import picocli.CommandLine.Option;

/** {@code --venues FILE}: a user's venue series and aliases, on top of the shipped venues.tsv. */
final class VenueOption {
    @Option(names = "--venues", paramLabel = "FILE",
            description = "Your own venue series and aliases (short<TAB>full<TAB>alias|alias…, as the shipped venues.tsv); "
                    + "your rows win over the shipped ones.")
    Path file;

    /** The shipped catalog, with the user's table when one is given (a usage error when it cannot be read). */
    VenueCatalog catalog() {
        if (file == null) {
            return VenueCatalog.bundled();
        }
        try {
            return VenueCatalog.bundled().with(file);
        } catch (IOException | RuntimeException e) {
            throw CommandFailure.usage("cannot read the venue table " + file + ": " + e.getMessage());
        }
    }
}
