package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.hugo.FrontMatter.Syntax;

class FrontMatterParserTest {
    private final FrontMatterParser parser = new FrontMatterParser();

    private static String fixture(String path) throws IOException {
        return Files.readString(Path.of("src/test/resources/fixtures", path));
    }

    @Test
    void readsTomlFrontMatterWithItsCommentsAndTables() throws Exception {
        FrontMatter fm = parser.parse(Files.readString(Path.of("data/samples/ffjord-publication.md")));
        assertEquals(Syntax.TOML, fm.syntax());
        assertEquals(2, fm.firstLine());
        assertEquals("FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models", fm.text("title"));
        assertEquals(List.of("Will Grathwohl\\*", "Ricky T. Q. Chen\\*", "**Jesse Bettencourt**", "Ilya Sutskever",
                "David Duvenaud"), fm.texts("authors"));
        assertEquals(2019L, fm.value("year"));
        assertTrue(fm.flag("selected"));
        assertFalse(fm.flag("draft"));
        assertNull(fm.text("doi"), "a blank value reads as missing");
    }

    @Test
    void readsTomlArraysOfTablesInOrder() throws Exception {
        FrontMatter fm = parser.parse(fixture("hugo-toml/coallaoh__scimeca2022iclr.md"));
        List<Object> authors = fm.list("authors");
        assertEquals(5, authors.size());
        assertEquals("Luca Scimeca*", ((java.util.Map<?, ?>) authors.get(0)).get("name"));
        assertEquals(Boolean.TRUE, ((java.util.Map<?, ?>) authors.get(1)).get("star"));
    }

    @Test
    void readsYamlFrontMatterAndKeepsEmptyListEntries() throws Exception {
        FrontMatter fm = parser.parse(fixture("hugo-yaml/trouleau__05-var-hawkes-neurips19__index.md"));
        assertEquals(Syntax.YAML, fm.syntax());
        assertEquals(List.of("Farnood Salehi", "admin", "Matthias Grossglauser", "Patrick Thiran"), fm.texts("authors"));
        assertEquals(4, fm.list("author_notes").size(), "the two '-' entries stay, as nulls, to keep alignment");
        assertNull(fm.value("links"));
    }

    @Test
    void locatesAYamlErrorInThePagesOwnLines() throws Exception {
        FrontMatterException e = assertThrows(FrontMatterException.class,
                () -> parser.parse(fixture("hugo-yaml/alisawuffles__dexperts.md")));
        // Line 38 of the file is the stray "- name: Slides" after top-level keys.
        assertEquals(38, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("expected <block end>, but found '-'"), e.getMessage());
        assertTrue(e.getMessage().contains("started at 2:1"), e.getMessage());
    }

    @Test
    void locatesATomlErrorInThePagesOwnLines() {
        String page = "\n+++\ntitle = \"A\"\nyear = = 2019\n+++\n";
        FrontMatterException e = assertThrows(FrontMatterException.class, () -> parser.parse(page));
        assertEquals(4, e.line(), "blank line, delimiter, title, then the broken line");
        assertTrue(e.getMessage().startsWith("TOML front matter: "), e.getMessage());
    }

    @Test
    void reportsAnUnclosedBlockAtItsOpeningLine() {
        FrontMatterException e = assertThrows(FrontMatterException.class,
                () -> parser.parse("---\ntitle: A\nauthors: [B]\n"));
        assertEquals("1:1", e.where());
        assertTrue(e.getMessage().contains("never closed"));
    }

    @Test
    void rejectsAPageWithoutFrontMatter() {
        FrontMatterException e = assertThrows(FrontMatterException.class, () -> parser.parse("# Just Markdown\n"));
        assertTrue(e.getMessage().startsWith("no front matter"));
    }

    @Test
    void rejectsYamlThatIsNotAMapping() {
        FrontMatterException e = assertThrows(FrontMatterException.class,
                () -> parser.parse("---\n- a\n- b\n---\nbody\n"));
        assertTrue(e.getMessage().contains("not a mapping"));
        assertEquals(2, e.line());
    }

    @Test
    void keepsTheBodyAfterTheClosingDelimiter() throws Exception {
        FrontMatter fm = parser.parse(fixture("hugo-toml/jessebett__neural-odes__index.md"));
        assertEquals("Best Paper at NeurIPS 2018", fm.body().strip());
    }

    @Test
    void parsesWholeConfigurationFiles() throws Exception {
        assertEquals("Jane Roe", ((java.util.Map<?, ?>) parser.parse(Syntax.TOML, "[params]\nname = \"Jane Roe\"\n", 1)
                .get("params")).get("name"));
        FrontMatterException e = assertThrows(FrontMatterException.class,
                () -> parser.parse(Syntax.YAML, "name: [unclosed\n", 1));
        assertEquals(2, e.line());
    }
}
