package org.scholargraph.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns what a user typed into sources: a file, a folder (walked recursively in path order,
 * hidden entries skipped), or an http(s) URL. Checks everything before any heavy work.
 */
public final class SourceLocator {

    /** The sources an argument denotes; a SourceException for a path that does not exist or a bad URL. */
    public List<SourceRef> locate(String argument) throws SourceException {
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return List.of(SourceRef.url(parseUrl(argument)));
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new SourceException(argument + ": only files, folders and http(s) URLs can be ingested");
        }
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            throw new SourceException(argument + ": no such file or folder");
        }
        if (!Files.isReadable(path)) {
            throw new SourceException(argument + ": not readable");
        }
        return Files.isDirectory(path) ? walk(path) : List.of(SourceRef.file(path, argument, false));
    }

    private static List<SourceRef> walk(Path folder) throws SourceException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted()
                    .map(p -> SourceRef.file(p, p.toString(), true))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SourceException(folder + ": cannot list folder: " + e.getMessage(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static URI parseUrl(String text) throws SourceException {
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null) {
                throw new SourceException(text + ": URL has no host");
            }
            return uri.normalize();
        } catch (URISyntaxException e) {
            throw new SourceException(text + ": not a valid URL: " + e.getReason());
        }
    }
}
