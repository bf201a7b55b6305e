package org.scholargraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in the top-level queries/ directory is a complete, standard, documented query. */
class NamedQueryFilesTest {
    private static final Path QUERIES = Path.of("queries");

    static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void parsesAsSparql11WithNameMatchingItsFileAndADescription(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        NamedQuery query = NamedQuery.parse(text, file.toString());

        assertTrue(text.startsWith("# name: " + query.name() + "\n"), "header must open the file");
        assertEquals(file.getFileName().toString(), query.name() + ".rq");
        assertTrue(query.description().length() > 20, "a real description: " + query.description());
        for (QueryParam p : query.params()) {
            assertFalse(p.description().isBlank(), "parameter '" + p.name() + "' needs a description");
        }
    }

    @Test
    void theQueriesUsersAskForAreThere() throws IOException {
        Set<String> names = queryFiles().stream()
                .map(f -> f.getFileName().toString().replace(".rq", ""))
                .collect(Collectors.toSet());

        assertTrue(names.containsAll(Set.of("outstanding-awards", "coauthors", "papers-by-author",
                "awards-by-venue-year", "authorship-order")), names.toString());
    }

    @Test
    void theBuildBundlesEveryQueryFileOnTheClasspath() throws IOException {
        Set<String> onDisk = queryFiles().stream()
                .map(f -> f.getFileName().toString().replace(".rq", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> bundled = QueryCatalog.bundled().queries().stream()
                .map(NamedQuery::name)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(onDisk, bundled);
    }

    @Test
    void declaredParametersAreTheOnesUsersPass() {
        QueryCatalog catalog = QueryCatalog.bundled();

        assertEquals(List.of(new QueryParam("author",
                        "the author's name (foaf:name, any letter case), e.g. Will Grathwohl (string)", false)),
                catalog.get("coauthors").params());
        assertEquals(List.of("venue", "year"),
                catalog.get("awards-by-venue-year").params().stream().map(QueryParam::name).toList());
        assertTrue(catalog.get("awards-by-venue-year").params().stream().allMatch(QueryParam::optional));
        assertEquals(List.of(), catalog.get("outstanding-awards").params());
    }
}
