package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargraph.extract.Extractor;
import org.scholargraph.extract.Extractors;
import org.scholargraph.source.Document;

/** Which documents the LaTeX CV extractor takes: CV sections in LaTeX, and no other LaTeX or text file. */
class LatexRecognitionTest {
    private final LatexCvExtractor latex = new LatexCvExtractor();

    private static String detected(Document d) {
        return Extractors.standard(false).detect(d).map(Extractor::kind).orElse("none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"akjagadish__publications.tex", "akjagadish__honors.tex", "epignatelli__publications.tex",
            "epignatelli__awards.tex"})
    void theFourSectionFilesAreLatexCvs(String file) {
        Document d = Samples.document("src/test/resources/fixtures/cv-text/" + file);
        assertTrue(latex.recognises(d), file);
        assertEquals("cv-latex", detected(d), file);
    }

    @Test
    void aModerncvDocumentWithSectionsAndCvItems() {
        Document d = Samples.text("cv.tex", """
                \\documentclass[11pt]{moderncv}
                \\moderncvstyle{classic}
                \\name{Jane}{Doe}
                \\begin{document}
                \\makecvtitle
                \\section{Education}
                \\cventry{2015--2020}{Ph.D.}{University of Somewhere}{City}{}{}
                \\section{Honours}
                \\cvitem{2019}{Best Paper Award, International Conference on Machine Learning}
                \\end{document}
                """);
        assertTrue(latex.recognises(d));
        assertEquals("cv-latex", detected(d));
    }

    @Test
    void aPaperWrittenInLatexIsNotACv() {
        Document paper = Samples.text("paper.tex", """
                \\documentclass{article}
                \\title{Learning Things}
                \\author{Jane Doe and John Smith}
                \\begin{document}
                \\maketitle
                \\section{Introduction}
                We build on prior work \\cite{doe2020} from 2020.
                \\section{Related Work}
                \\begin{itemize}
                \\item Smith et al. (2019) studied this.
                \\end{itemize}
                \\section{Experiments}
                \\begin{tabular}{ll} 2019 & 0.91 \\\\ 2020 & 0.93 \\end{tabular}
                \\section{Acknowledgements}
                Funded in 2021.
                \\end{document}
                """);
        assertFalse(latex.recognises(paper));
    }

    @Test
    void textAndMarkdownCvsStayTextCvsAndBibtexIsNotACv() {
        Document markdown = Samples.document("src/test/resources/fixtures/cv-text/bamos__cv.md");
        assertFalse(latex.recognises(markdown));
        assertEquals("cv-text", detected(markdown));
        assertFalse(latex.recognises(Samples.document("data/samples/grathwohl-cv.txt")));
        Document bib = Samples.text("papers.bib", "@inproceedings{doe2020,\n  title={Learning with {\\\"o}},\n"
                + "  author={Doe, Jane},\n  booktitle={ICML},\n  year={2020}\n}\n");
        assertFalse(latex.recognises(bib));
    }

    @Test
    void noOtherSampleOrFixtureIsTakenForALatexCv() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("data/samples")),
                Files.walk(Path.of("src/test/resources/fixtures")).filter(Files::isRegularFile))) {
            files.filter(p -> !p.toString().endsWith(".tex")).forEach(p ->
                    assertFalse(latex.recognises(Samples.document(p.toString())), p.toString()));
        }
    }
}
