package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.Problem;
import org.scholargraph.source.Document;

/** Broken pages are read as far as they go, with located warnings, and never crash the extractor. */
class MalformedPagesTest {
    private final HomepageExtractor extractor = new HomepageExtractor();

    private static final String JEKYLL_SOURCE = """
            ---
            layout: default
            title: Home
            author: Ada Lovelace
            ---
            <html><head><title>{{ page.title }} | {{ site.title }}</title></head>
            <body>
            <h1>{{ site.author }}</h1>
            <h2>Publications</h2>
            <ul>
            {% for pub in site.data.publications %}
              <li><b>{{ pub.title }}</b><br>{{ pub.authors | join: ", " }}<br><i>{{ pub.venue }}</i>, {{ pub.year }}</li>
            {% endfor %}
              <li><b>Notes on the Analytical Engine</b><br><u>Ada Lovelace</u>, Charles Babbage<br><i>ICML</i>, 2019</li>
              <li><b>Sketch of the Analytical Engine</b><br>Luigi Menabrea, <u>Ada Lovelace</u><br><i>NeurIPS</i>, 2020</li>
            </ul>
            </body></html>
            """;

    @Test
    void unbuiltJekyllPageYieldsItsStaticEntriesAndWarnsAboutTheTemplate() {
        Extraction x = extractor.extract(Pages.html("index.html", JEKYLL_SOURCE));
        assertFalse(x.failed());
        assertEquals(List.of("Notes on the Analytical Engine", "Sketch of the Analytical Engine"), Pages.titles(x));
        assertEquals(List.of("Ada Lovelace", "Charles Babbage"), Pages.authors(x.papers().get(0)));
        assertEquals("ICML", x.papers().get(0).venue().shortName());
        assertEquals("Ada Lovelace", Pages.person(x).name(), "the owner is named only in the front matter");
        Problem template = x.warnings().stream().filter(w -> w.message().startsWith("unrendered template"))
                .findFirst().orElseThrow();
        assertTrue(template.message().contains("first: {{ page.title }}"), template.message());
        assertTrue(template.message().contains("9 Liquid/Jinja tags"), template.message());
        assertEquals("line 6:20", template.origin().where());
        assertTrue(x.warnings().stream().anyMatch(w -> w.message().startsWith("YAML front matter (lines 1–5)")));
        assertTrue(extractor.recognises(Pages.html("index.html", JEKYLL_SOURCE)));
    }

    @Test
    void madeUpTagsAndUnclosedListItemsAreReadWithWarnings() {
        String html = """
                <html><head><title>Grace Hopper</title></head><body>
                <pubheading>Papers</pubheading>
                <ul>
                <li><papertitle>Compilers for Everyone</papertitle><br><b>Grace Hopper</b>, Howard Aiken<br>ICML 2019
                <li><papertitle>Debugging the Mark II</papertitle><br>Jean Sammet, <b>Grace Hopper</b><br>NeurIPS 2020 (Oral)
                <li><papertitle>Flow-Matic Revisited</papertitle><br><b>Grace Hopper</b><br>ICLR 2021
                <h2>Talks</h2>
                <ul><li><papertitle>Nanoseconds</papertitle><br><b>Grace Hopper</b><br>MIT, 2020
                </body></html>
                """;
        Extraction x = extractor.extract(Pages.html("hopper.html", html));
        assertEquals(List.of("Compilers for Everyone", "Debugging the Mark II", "Flow-Matic Revisited"),
                Pages.titles(x), "the talk under 'Talks' is not a paper");
        Paper debugging = x.papers().get(1);
        assertEquals(List.of("Jean Sammet", "Grace Hopper"), Pages.authors(debugging));
        assertEquals(List.of(PresentationKind.ORAL), debugging.presentations().stream().map(p -> p.kind()).toList());
        assertTrue(x.warnings().stream().anyMatch(w -> w.message().contains("<papertitle>")
                && w.origin().where().equals("line 4:5")));
        assertTrue(x.warnings().stream().anyMatch(w -> w.message().contains("<pubheading>")));
        assertEquals(1, Pages.talks(x).size());
        assertEquals("Nanoseconds", Pages.talks(x).get(0).title());
        assertEquals("MIT", Pages.talks(x).get(0).host());
        assertEquals(2020, Pages.talks(x).get(0).year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<", "<html>", "<<<>>>", "<html><body><li><li><li></ul></ol></table>",
            "<html><body><h2>Publications</h2><ul><li><b></b><br>, , ,<br>()</li></ul>",
            "<html><body><p>{% if x %}{{ y }}{% endif %}</p></body></html>",
            "---\nnot: [valid yaml\n---\n<html><body><p>Jane Doe</p></body></html>"})
    void strangeInputNeverThrows(String html) {
        Extraction x = assertDoesNotThrow(() -> extractor.extract(Pages.html("odd.html", html)));
        assertDoesNotThrow(() -> extractor.recognises(Pages.html("odd.html", html)));
        assertTrue(x.papers().isEmpty());
    }

    @Test
    void deeplyNestedTablesDoNotBreakTheReader() {
        String html = "<html><head><title>Jane Doe</title></head><body>" + "<table><tr><td>".repeat(400)
                + "<h2>Publications</h2><p><b>Deep Thoughts</b><br><b>Jane Doe</b>, John Roe<br>ICML 2020</p>"
                + "</body></html>";
        Extraction x = assertDoesNotThrow(() -> extractor.extract(Pages.html("deep.html", html)));
        assertEquals(List.of("Deep Thoughts"), Pages.titles(x));
    }

    @Test
    void binaryIsRefused() {
        Document binary = Document.of("file:///x.pdf", "x.pdf", new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3});
        assertFalse(extractor.recognises(binary));
        assertTrue(extractor.extract(binary).failed());
    }
}
