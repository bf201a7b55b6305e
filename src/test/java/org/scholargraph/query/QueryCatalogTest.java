package org.scholargraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCatalogTest {
    private static final String MINE = """
            # name: titles
            # description: Every paper title, alphabetically.
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?title WHERE { ?paper dcterms:title ?title } ORDER BY ?title
            """;

    @TempDir
    Path dir;

    @Test
    void bundledQueriesComeFromTheClasspathDirectory() {
        QueryCatalog catalog = QueryCatalog.bundled();

        assertTrue(catalog.find("outstanding-awards").isPresent());
        assertEquals("coauthors", catalog.get("coauthors").name());
        assertTrue(catalog.get("coauthors").query().isSelectType());
    }

    @Test
    void bundledQueriesComeFromAJar() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("queries/coauthors.rq", Files.readString(Path.of("queries/coauthors.rq")));
        entries.put("queries/titles.rq", MINE);
        entries.put("queries/README.txt", "not a query");
        entries.put("queries/old/titles-v0.rq", "not listed: only the folder itself counts");
        entries.put("other/ignored.rq", "not under queries/");

        try (URLClassLoader loader = jar("queries.jar", entries)) {
            QueryCatalog catalog = QueryCatalog.load(loader, null);

            assertEquals(List.of("coauthors", "titles"), catalog.queries().stream().map(NamedQuery::name).toList());
        }
    }

    @Test
    void aShippedQueryIsParsedWhenAskedForAndABrokenOneNamesItsFile() throws IOException {
        String coauthors = Files.readString(Path.of("queries/coauthors.rq"));
        String broken = "# name: broken\n# description: Not SPARQL.\nSELECT WHERE {\n";
        try (URLClassLoader loader = jar("twins.jar", Map.of("queries/coauthors.rq", coauthors,
                "queries/broken.rq", broken, "queries/twin.rq", coauthors))) {
            // Two files claiming one name fail at load, as before, without parsing either query.
            InvalidQueryException twins = assertThrows(InvalidQueryException.class, () -> QueryCatalog.load(loader, null));
            assertTrue(twins.getMessage().startsWith("two queries named 'coauthors': "), twins.getMessage());
        }
        try (URLClassLoader loader = jar("broken.jar", Map.of("queries/coauthors.rq", coauthors, "queries/broken.rq", broken))) {
            QueryCatalog catalog = QueryCatalog.load(loader, null);
            assertEquals("coauthors", catalog.get("coauthors").name());
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> catalog.get("broken"));
            assertTrue(e.getMessage().contains("broken.rq"), e.getMessage());
            assertThrows(InvalidQueryException.class, catalog::queries);
        }
    }

    /** A class loader over a jar holding a queries/ folder and these entries. */
    private URLClassLoader jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("queries/"));
            for (Map.Entry<String, String> e : entries.entrySet()) {
                entry(out, e.getKey(), e.getValue());
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }

    @Test
    void anExtraDirectoryAddsQueriesAndReplacesSameNamedOnes() throws IOException {
        Files.writeString(dir.resolve("titles.rq"), MINE);
        Files.writeString(dir.resolve("coauthors.rq"), """
                # name: coauthors
                # description: My own co-author query.
                # param: who — a name
                SELECT ?x WHERE { ?x ?p ?who }
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a query");

        QueryCatalog catalog = QueryCatalog.withDirectory(dir);

        assertEquals("Every paper title, alphabetically.", catalog.get("titles").description());
        assertEquals("My own co-author query.", catalog.get("coauthors").description());
        assertTrue(catalog.find("outstanding-awards").isPresent());
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> QueryCatalog.bundled().get("co-authors"));

        assertTrue(e.getMessage().startsWith("no query named 'co-authors' (known: "), e.getMessage());
        assertTrue(e.getMessage().contains("coauthors"), e.getMessage());
    }

    @Test
    void aMissingDirectoryIsAnError() {
        Path missing = dir.resolve("nope");
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> QueryCatalog.withDirectory(missing));

        assertEquals("query directory not found: " + missing, e.getMessage());
    }

    @Test
    void aBrokenFileFailsTheLoadNamingFileLineAndColumn() throws IOException {
        Path broken = dir.resolve("broken.rq");
        Files.writeString(broken, "# name: broken\n# description: Does not parse.\nSELECT ?x WHERE { ?x ?p }\n");

        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> QueryCatalog.withDirectory(dir));

        assertEquals(broken + ":3:25: unexpected \"}\"", e.getMessage());
    }

    @Test
    void aFileWithoutNameOrDescriptionIsRejected() throws IOException {
        Path nameless = dir.resolve("nameless.rq");
        Files.writeString(nameless, "# description: No name.\nSELECT * WHERE { ?s ?p ?o }\n");

        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> QueryCatalog.withDirectory(dir));

        assertEquals(nameless + ": the header has no '# name:' line", e.getMessage());
    }

    @Test
    void twoFilesWithOneNameAreRejected() throws IOException {
        Files.writeString(dir.resolve("a.rq"), MINE);
        Files.writeString(dir.resolve("b.rq"), MINE);

        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> QueryCatalog.withDirectory(dir));

        assertEquals("two queries named 'titles': " + dir.resolve("a.rq") + " and " + dir.resolve("b.rq"),
                e.getMessage());
    }

    private static void entry(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
