package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Severity;
import org.scholargraph.source.Document;

/** Every fixture page either yields its paper or fails with an error located at line:col. */
class HugoFixtureSweepTest {
    private static final List<String> FOLDERS = List.of("hugo-toml", "hugo-yaml");
    private final HugoPublicationExtractor extractor = new HugoPublicationExtractor();

    private static List<Path> pages() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(HugoPages.FIXTURES.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** The pages the provenance manifests describe as malformed. */
    private static Set<String> malformedByManifest() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String folder : FOLDERS) {
            for (String line : Files.readAllLines(HugoPages.FIXTURES.resolve(folder).resolve("MANIFEST.tsv"))) {
                String[] cols = line.split("\t");
                if (cols.length > 5 && cols[5].contains("MALFORMED")) {
                    out.add(Path.of(cols[0]).getFileName().toString());
                }
            }
        }
        return out;
    }

    @Test
    void everyPageYieldsItsPaperOrALocatedError() throws IOException {
        Set<String> failed = new TreeSet<>();
        int papers = 0;
        for (Path page : pages()) {
            Document doc = HugoPages.document(page);
            String name = page.getFileName().toString();
            assertTrue(extractor.recognises(doc), name + " is a publication page");
            Extraction e = extractor.extract(doc);
            if (e.failed()) {
                failed.add(name);
                assertFailedCleanly(name, e);
            } else {
                assertEquals(1, e.papers().size(), name);
                assertPlausible(name, e.papers().get(0));
                papers++;
            }
        }
        assertEquals(malformedByManifest(), failed);
        assertEquals(pages().size() - failed.size(), papers);
        assertTrue(papers >= 50, "the fixture folders hold 57 pages");
    }

    private static void assertFailedCleanly(String name, Extraction e) {
        assertEquals(List.of(), e.records(), name + ": no records from a broken page");
        List<Problem> errors = e.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), name);
        assertTrue(errors.get(0).origin().where().matches("[0-9]+:[0-9]+"), name + ": " + errors.get(0));
        assertTrue(errors.get(0).toString().startsWith(name + ":"), errors.get(0).toString());
    }

    private static void assertPlausible(String name, Paper p) {
        assertFalse(p.title().isBlank(), name);
        assertFalse(p.authors().isEmpty(), name + " has authors");
        for (Author a : p.authors()) {
            assertTrue(a.name().matches("[\\p{L}][\\p{L}\\p{M} .,'\\-]*"), name + ": clean author name '" + a.name() + "'");
        }
        assertTrue(p.year() != null && p.year() > 1990 && p.year() < 2030, name + ": year " + p.year());
    }
}
