package org.scholargraph.cli;

import java.nio.file.Path;
import org.scholargraph.store.Store;
import org.scholargraph.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --store DIR} (or SCHOLARGRAPH_STORE), shared by every command that opens the store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store directory (default: $SCHOLARGRAPH_STORE or data/store).")
    Path store;

    Path directory() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("SCHOLARGRAPH_STORE");
        return Path.of(env != null && !env.isBlank() ? env : "data/store");
    }

    Store open() {
        try {
            return Store.open(directory());
        } catch (StoreException e) {
            throw CommandFailure.failed(e.getMessage(), e);
        }
    }
}
