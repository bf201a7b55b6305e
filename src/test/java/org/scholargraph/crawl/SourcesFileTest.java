package org.scholargraph.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {
    private static final List<String> KINDS = List.of("hugo-publication", "award-page");

    @TempDir
    Path dir;

    @Test
    void bundledManifestListsTheSamples() throws Exception {
        List<SourceSpec> specs = SourcesFile.read(Path.of("data/sources.toml"), KINDS);
        assertEquals(List.of("icml-2021-awards", "ffjord-publication", "grathwohl-cv", "vicol-site-2022",
                "vicol-site-2024"), specs.stream().map(SourceSpec::id).toList());
        SourceSpec icml = specs.get(0);
        assertEquals("award-page", icml.kind());
        assertEquals("data/samples/icml-2021-awards.html", icml.location());
        assertFalse(icml.url());
        assertTrue(specs.get(1).autoKind());
        assertEquals(Map.of("person", "Will Grathwohl"), specs.get(2).hints());
    }

    @Test
    void readsUrlsAndDefaultsKindToAuto() throws Exception {
        Path file = write("""
                [[source]]
                id = "home"
                url = "https://example.org/~someone/"
                """);
        SourceSpec spec = SourcesFile.read(file, KINDS).get(0);
        assertTrue(spec.url());
        assertEquals("auto", spec.kind());
        assertEquals(1, spec.line());
    }

    @Test
    void everyProblemIsReportedWithFileAndLine() throws Exception {
        Path file = write("""
                [[source]]
                kind = "auto"
                path = "data/samples/icml-2021-awards.html"

                [[source]]
                id = "a"
                kind = "homepage-of-sorts"
                url = "ftp://example.org/x"

                [[source]]
                id = "a"
                url = "https://example.org/"
                path = "data/samples/icml-2021-awards.html"

                [[source]]
                id = "b"
                path = "data/samples/no-such-file.html"
                colour = "blue"
                """);
        SourcesFileException e = assertThrows(SourcesFileException.class, () -> SourcesFile.read(file, KINDS));
        assertEquals(List.of(
                file + ":1: source has no id",
                file + ":7: unknown kind 'homepage-of-sorts' (known: auto, hugo-publication, award-page)",
                file + ":8: url 'ftp://example.org/x' is not http(s)",
                file + ":11: id 'a' is used twice",
                file + ":10: source 'a' needs exactly one of url or path",
                file + ":18: unknown key 'colour' (known: id, kind, url, path, hints)",
                file + ":17: no such file: data/samples/no-such-file.html"), e.problems());
    }

    @Test
    void tomlSyntaxErrorsAreLocated() throws Exception {
        Path file = write("""
                [[source]]
                id = "a"
                url = "https://example.org/
                """);
        SourcesFileException e = assertThrows(SourcesFileException.class, () -> SourcesFile.read(file, KINDS));
        assertTrue(e.problems().get(0).startsWith(file + ":3: "), e.problems().toString());
    }

    @Test
    void aManifestWithoutSourcesIsAnError() throws Exception {
        Path file = write("title = \"nothing\"\n");
        SourcesFileException e = assertThrows(SourcesFileException.class, () -> SourcesFile.read(file, KINDS));
        assertEquals(List.of(file + ":1: unknown key 'title' (entries are [[source]] tables)",
                file + ":1: no [[source]] entries"), e.problems());
    }

    private Path write(String toml) throws Exception {
        Path file = dir.resolve("sources.toml");
        Files.writeString(file, toml);
        return file;
    }
}
