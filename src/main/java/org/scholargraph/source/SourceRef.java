package org.scholargraph.source;

import java.net.URI;
import java.nio.file.Path;

/**
 * One source to read, before reading it: a local file or an http(s) URL.
 *
 * @param location the normalised location, used as the source's identity (file URI or URL)
 * @param displayName how messages name it (the path as the user gave it, or the URL)
 * @param path the file, or null for a URL
 * @param inFolder found by walking a folder rather than named by the user
 */
public record SourceRef(String location, String displayName, Path path, boolean inFolder) {

    public static SourceRef file(Path file, String displayName, boolean inFolder) {
        return new SourceRef(file.toAbsolutePath().normalize().toUri().toString(), displayName, file, inFolder);
    }

    public static SourceRef url(URI url) {
        return new SourceRef(url.toString(), url.toString(), null, false);
    }

    public boolean isUrl() {
        return path == null;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
