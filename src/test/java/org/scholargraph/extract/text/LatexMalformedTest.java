package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Problem;
import org.scholargraph.source.Document;

/** Broken LaTeX yields located warnings and the entries that can be read, never an exception. */
class LatexMalformedTest {
    private static final String BROKEN = """
            \\section{Publications}
            \\begin{itemize}
            \\item \\textbf{Doe, J.}, Roe, R. (2020). A Good Title. \\emph{NeurIPS}.
            \\item Some text that is not a reference at all.
            \\item \\textbf{Doe, J.}, Poe, P. (2021). Broken Brace Title. {ICML
            \\end{itemize}
            \\begin{mysterylist}[x]{y}
            \\item Roe, R., \\textbf{Doe, J.} (2019). Inside An Unknown Environment. In ICLR.
            \\end{otherlist}
            }
            """;

    private static Extraction broken() {
        return new LatexCvExtractor().extract(Document.ofText("broken.tex", BROKEN));
    }

    @Test
    void unbalancedBracesAndEnvironmentsAreWarnedAboutWithTheirLines() {
        List<String> warnings = broken().warnings().stream().map(Problem::toString).toList();
        assertTrue(warnings.contains("broken.tex:line 5: '{' opened on line 5 is not closed before \\end{itemize}"),
                warnings.toString());
        assertTrue(warnings.contains("broken.tex:line 9: \\end{otherlist} closes no \\begin{otherlist}; ignored"),
                warnings.toString());
        assertTrue(warnings.contains("broken.tex:line 10: '}' closes no group; ignored"), warnings.toString());
        assertTrue(warnings.contains("broken.tex:line 7: \\begin{mysterylist} opened on line 7 is never closed"),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("broken.tex:line 4: entry not read as a paper")),
                warnings.toString());
    }

    @Test
    void theEntriesThatCanBeReadStillAre() {
        Extraction x = broken();
        assertFalse(x.failed(), x.problems().toString());
        assertEquals(List.of("A Good Title", "Broken Brace Title", "Inside An Unknown Environment"),
                x.papers().stream().map(Paper::title).toList());
        Paper good = x.papers().get(0);
        assertEquals(List.of("J. Doe", "R. Roe"), good.authors().stream().map(Author::name).toList());
        assertEquals("NeurIPS", good.venue().label());
        assertEquals(2020, good.venue().year());
        assertEquals("ICML", x.papers().get(1).venue().label());
        assertEquals("ICLR", x.papers().get(2).venue().label());
    }

    @Test
    void everyCutOfTheRealFilesIsReadWithoutAnErrorOrAnException() {
        for (String file : List.of("akjagadish__publications.tex", "epignatelli__publications.tex", "akjagadish__honors.tex")) {
            String text = Samples.document("src/test/resources/fixtures/cv-text/" + file).text();
            for (int end = 0; end < text.length(); end += 53) {
                Extraction x = new LatexCvExtractor().extract(Document.ofText(file, text.substring(0, end)));
                assertFalse(x.failed(), file + " cut at " + end + ": " + x.problems());
            }
        }
    }

    @Test
    void deepNestingAndStrayBackslashesDoNotBreakTheParser() {
        for (String open : List.of("{", "\\textbf{", "\\begin{x}", "$\\mbox{")) {
            String deep = "a " + open.repeat(20_000) + "x}" + "\\";
            TexParser.Result r = TexParser.parse(deep);
            assertEquals(1, r.issues().size(), open + ": " + r.issues());
            assertTrue(r.issues().get(0).message().contains("nested deeper than"), r.issues().toString());
            assertTrue(TexInline.plain(r.nodes()).startsWith("a"));
            Extraction x = new LatexCvExtractor().extract(Document.ofText("deep.tex", "\\section{Awards}\n" + deep));
            assertFalse(x.failed(), x.problems().toString());
        }
    }
}
