package org.scholargraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.extract.Extraction;
import org.scholargraph.extract.Extractor;
import org.scholargraph.extract.Extractors;
import org.scholargraph.model.Author;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Severity;
import org.scholargraph.source.Document;

/** The synthetic corpus: deterministic for a seed, and read back by the extractors as written. */
class CorpusGeneratorTest {
    private static final int DOCUMENTS = 60;

    @TempDir
    static Path dir;
    static List<GeneratedDocument> generated = new ArrayList<>();
    static CorpusGenerator.Summary summary;

    @BeforeAll
    static void generate() {
        summary = new CorpusGenerator(7).generate(DOCUMENTS, dir.resolve("a"), generated::add);
    }

    @Test
    void sameSeedWritesIdenticalFilesAnotherSeedDoesNot() {
        new CorpusGenerator(7).generate(DOCUMENTS, dir.resolve("b"), d -> { });
        new CorpusGenerator(8).generate(DOCUMENTS, dir.resolve("c"), d -> { });
        Map<String, String> a = hashes(dir.resolve("a"));
        assertEquals(DOCUMENTS, a.size());
        assertEquals(a, hashes(dir.resolve("b")));
        assertNotEquals(a, hashes(dir.resolve("c")));
    }

    @Test
    void everyFormatIsPresentAndPapersRepeatAcrossSources() {
        Map<String, Long> byKind = generated.stream().collect(Collectors.groupingBy(GeneratedDocument::kind,
                TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("award-page", 3L, "cv-text", 12L, "homepage", 15L, "hugo-publication", 30L), byKind);
        assertEquals(DOCUMENTS, summary.documents());
        assertTrue(summary.paperMentions() > 2L * summary.papers(),
                "each paper printed by more than two sources on average: " + summary);
    }

    @Test
    void theSamplePeopleAndFfjordAreThere() {
        ExpectedPaper ffjord = generated.stream().filter(d -> d.kind().equals("hugo-publication"))
                .flatMap(d -> d.papers().stream()).filter(p -> p.title().equals(PaperPool.FFJORD)).findFirst()
                .orElseThrow();
        assertEquals(List.of("Will Grathwohl", "David Duvenaud", "Ricky T. Q. Chen", "Jesse Bettencourt",
                "Ilya Sutskever"), ffjord.authors());
    }

    /**
     * The two shortest documents of each kind with more than one paper (homepage extraction takes
     * ~0.3 s per page, and the layout does not vary within a kind).
     */
    @Test
    void documentsAreDetectedAsTheirKindAndYieldTheirPapersInAuthorOrder() {
        Extractors extractors = Extractors.standard(false);
        Map<String, List<GeneratedDocument>> byKind = generated.stream().collect(Collectors.groupingBy(
                GeneratedDocument::kind, TreeMap::new, Collectors.toList()));
        assertEquals(4, byKind.size());
        List<GeneratedDocument> chosen = byKind.values().stream().flatMap(l -> l.stream()
                .filter(d -> d.papers().size() > 1 || d.kind().equals("hugo-publication"))
                .sorted(Comparator.comparingInt(d -> d.papers().size())).limit(2)).toList();
        assertEquals(8, chosen.size());
        for (GeneratedDocument d : chosen) {
            Document doc = Document.of(d.path().toUri().toString(), d.path().getFileName().toString(), read(d.path()));
            Extractor extractor = extractors.detect(doc).orElseThrow(() -> new AssertionError("not detected: " + d.path()));
            assertEquals(d.kind(), extractor.kind(), d.path().toString());
            Extraction x = extractor.extract(doc);
            assertEquals(List.of(), x.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList(), d.path().toString());
            assertEquals(keys(d.papers()), extracted(x.papers()), d.path().toString());
        }
    }

    /** Title and author names compared without case, diacritics or marks: the extractors keep what was printed. */
    private static List<String> keys(List<ExpectedPaper> papers) {
        return papers.stream().map(p -> key(p.title()) + " | " + p.authors().stream().map(CorpusGeneratorTest::key)
                .collect(Collectors.joining("; "))).toList();
    }

    private static List<String> extracted(List<Paper> papers) {
        return papers.stream().map(p -> key(p.title()) + " | " + p.authors().stream().map(Author::name)
                .map(CorpusGeneratorTest::key).collect(Collectors.joining("; "))).toList();
    }

    private static String key(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return Normalizer.normalize(NameVariant.ascii(lower), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("*", "").strip();
    }

    private static Map<String, String> hashes(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> out = new TreeMap<>();
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
