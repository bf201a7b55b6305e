package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BibtexParserTest {

    @Test
    void macrosConcatenationQuotesAndNestedBraces() {
        BibtexParser.Result r = BibtexParser.parse("""
                @comment{ ignored {nested} }
                @string{neurips = "Advances in Neural Information Processing Systems"}
                @inproceedings{chen2018neural,
                  title = {Neural Ordinary Differential {Equations}},
                  author = "Chen, Ricky T. Q. and Rubanova, Yulia and Bettencourt, Jesse and Duvenaud, David",
                  booktitle = neurips # " 31",
                  month = dec,
                  year = 2018
                }
                """);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        BibEntry e = r.entries().get(0);
        assertEquals("inproceedings", e.type());
        assertEquals("chen2018neural", e.key());
        assertEquals("Neural Ordinary Differential Equations", e.text("title"));
        assertEquals("Advances in Neural Information Processing Systems 31", e.text("booktitle"));
        assertEquals("12", e.text("month"));
        assertEquals("2018", e.text("year"));
        assertEquals(List.of("Ricky T. Q. Chen", "Yulia Rubanova", "Jesse Bettencourt", "David Duvenaud"),
                BibtexPapers.authors(e.field("author")));
    }

    @Test
    void texAccentsBecomeLetters() {
        BibEntry e = BibtexParser.parse("@article{k, author = {Kr{\\\"a}henb{\\\"u}hl, Philipp and "
                + "Nie{\\ss}ner, Matthias and Arbel\\'aez, Pablo}, title = {A {\\&} B}}").entries().get(0);
        assertEquals(List.of("Philipp Krähenbühl", "Matthias Nießner", "Pablo Arbeláez"),
                BibtexPapers.authors(e.field("author")));
        assertEquals("A & B", e.text("title"));
    }

    @Test
    void aBrokenEntryIsReportedAndTheRestStillRead() {
        BibtexParser.Result r = BibtexParser.parse("""
                @article{broken, title = {Unclosed
                @misc{fine, title = {Still Read}, year = {2020}}
                """);
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).startsWith("BibTeX line"), r.errors().get(0));
        assertEquals("Still Read", r.entries().get(r.entries().size() - 1).text("title"));
    }
}
