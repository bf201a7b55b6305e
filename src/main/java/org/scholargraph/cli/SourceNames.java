package org.scholargraph.cli;

import java.nio.file.Path;
import java.util.Locale;

/** A source as a user names it (a path, a URL, or the graph IRI) → its graph IRI. */
final class SourceNames {
    private SourceNames() {
    }

    static String graphOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
            return name;
        }
        return Path.of(name).toAbsolutePath().normalize().toUri().toString();
    }
}
