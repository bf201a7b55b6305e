package org.scholargraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the {@code .rq} files directly inside a classpath folder, whether the folder is a
 * directory (running from target/classes) or a jar entry (running the packaged tool). A
 * ClassLoader can fetch a resource but not list a folder, so each root is listed by its own means.
 */
final class QueryResources {
    private static final String SUFFIX = ".rq";

    private QueryResources() {
    }

    /** Files in the folder across the classpath, by file name; an earlier root wins, as with getResource. */
    static List<QueryFile> list(ClassLoader loader, String folder) {
        Map<String, QueryFile> byName = new TreeMap<>();
        try {
            for (URL root : Collections.list(loader.getResources(folder))) {
                filesUnder(root, folder).forEach(byName::putIfAbsent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath folder " + folder, e);
        }
        return List.copyOf(byName.values());
    }

    /** The .rq files in a directory, by file name. */
    static Map<String, QueryFile> inDirectory(Path dir) {
        Map<String, QueryFile> byName = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(QueryResources::isQueryFile).toList()) {
                byName.put(file.getFileName().toString(),
                        new QueryFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries in " + dir, e);
        }
        return byName;
    }

    private static Map<String, QueryFile> filesUnder(URL root, String folder) throws IOException {
        return switch (root.getProtocol()) {
            case "file" -> inDirectory(toPath(root));
            case "jar" -> inJar((JarURLConnection) root.openConnection(), folder);
            default -> throw new IOException("cannot list queries at " + root + " (neither a directory nor a jar)");
        };
    }

    private static Map<String, QueryFile> inJar(JarURLConnection connection, String folder) throws IOException {
        // Uncached: a cached JarFile is shared JVM-wide and must not be closed here.
        connection.setUseCaches(false);
        Map<String, QueryFile> byName = new TreeMap<>();
        String prefix = folder + "/";
        String jarUrl = connection.getJarFileURL().toString();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : jarEntries(jar)) {
                String name = entry.getName();
                String fileName = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
                if (fileName.endsWith(SUFFIX) && !fileName.contains("/")) {
                    byName.put(fileName, new QueryFile("jar:" + jarUrl + "!/" + name, read(jar, entry)));
                }
            }
        }
        return byName;
    }

    private static List<JarEntry> jarEntries(JarFile jar) {
        return new ArrayList<>(Collections.list(jar.entries()));
    }

    private static String read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean isQueryFile(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(SUFFIX);
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("not a file location: " + url, e);
        }
    }
}
