package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.source.Document;

/** LaTeX CV conventions beyond the fixtures' Awesome-CV: a plain article with itemize, and moderncv. */
class LatexCvLayoutsTest {
    private static final String ARTICLE = """
            \\documentclass[11pt]{article}
            \\usepackage{hyperref}
            \\begin{document}
            \\begin{center}
            {\\LARGE \\textbf{Jane Q. Doe}}\\\\
            Department of Computer Science, University of Somewhere
            \\end{center}

            \\section*{Publications}
            \\subsection*{Conference Papers}
            \\begin{enumerate}
              \\item J.~Smith, \\textbf{J.~Q. Doe}, and K.~Lee. ``Learning to Rank with Graphs.'' In \\emph{Proceedings of the
              37th International Conference on Machine Learning (ICML)}, 2020. \\href{https://arxiv.org/abs/2001.01234}{[arXiv]}
              \\textbf{Oral presentation}.
              \\item \\textbf{Jane Q. Doe}$^*$ and Ann Other$^*$. Deep Things at Scale. \\textit{NeurIPS 2021}. \\textbf{Outstanding Paper Award}.
              \\item \\textbf{Doe, J. Q.}, \\& Roe, R. (2019). Sparse coding revisited. \\emph{Journal of Machine Learning Research}, 20(1), 1--30. doi:10.5555/12345
            \\end{enumerate}
            \\subsection*{Preprints}
            \\begin{itemize}
            \\item \\textbf{J. Q. Doe}, M. Roe. A Preprint About Things. arXiv:2101.00001, 2021.
            \\end{itemize}

            \\section*{Honors and Awards}
            \\begin{itemize}
            \\item[2022] \\textbf{Best Paper Award}, International Conference on Machine Learning
            \\item[2018] NSF Graduate Research Fellowship (\\$138,000)
            \\end{itemize}
            \\end{document}
            """;

    private static final String MODERNCV = """
            \\documentclass[11pt,a4paper,sans]{moderncv}
            \\moderncvstyle{classic}
            \\name{John}{Smith}
            \\title{Curriculum Vitae}
            \\begin{document}
            \\makecvtitle
            \\section{Education}
            \\cventry{2015--2020}{Ph.D. in Computer Science}{Stanford University}{Stanford, CA}{}{Advisor: Jane Doe}
            \\section{Publications}
            \\cventry{2021}{Graph Networks for Everything}{\\textbf{J. Smith}, A. Jones, B. Brown}{NeurIPS}{}{}
            \\cvitem{2019}{\\textbf{Smith, J.}, Jones, A. (2019). Older Work on Things. \\emph{ICLR}.}
            \\section{Awards}
            \\cvitem{2020}{Google PhD Fellowship}
            \\end{document}
            """;

    private static List<String> names(Paper p) {
        return p.authors().stream().map(Author::name).toList();
    }

    @Test
    void aPlainArticleCvWithAHeaderNameListsAndSubsections() {
        Extraction x = new LatexCvExtractor().extract(Document.ofText("cv.tex", ARTICLE));
        assertEquals("Jane Q. Doe", Samples.person(x).name());
        assertEquals(4, x.papers().size(), x.papers().toString());
        Paper rank = Samples.paper(x, "Learning to Rank with Graphs");
        assertEquals(List.of("J. Smith", "J. Q. Doe", "K. Lee"), names(rank));
        assertTrue(rank.authors().get(1).siteOwner());
        assertEquals("ICML", rank.venue().label());
        assertEquals(2020, rank.year());
        assertEquals("2001.01234", rank.arxivId());
        assertEquals(List.of(PresentationKind.ORAL), rank.presentations().stream().map(p -> p.kind()).toList());
        Paper deep = Samples.paper(x, "Deep Things at Scale");
        assertEquals(List.of("Jane Q. Doe", "Ann Other"), names(deep));
        assertEquals(List.of(1, 1), deep.authors().stream().map(Author::equalGroup).toList());
        assertEquals("Outstanding Paper Award", deep.awards().get(0).label());
        assertEquals("NeurIPS", deep.venue().label());
        Paper sparse = Samples.paper(x, "Sparse coding revisited");
        assertEquals("10.5555/12345", sparse.doi());
        assertEquals(2019, sparse.year());
        Paper preprint = Samples.paper(x, "A Preprint About Things");
        assertEquals(PaperType.PREPRINT, preprint.type());
        assertEquals("2101.00001", preprint.arxivId());
        List<AwardReceipt> awards = Samples.all(x, AwardReceipt.class);
        assertEquals(List.of("Best Paper Award", "NSF Graduate Research Fellowship"),
                awards.stream().map(AwardReceipt::award).toList());
        assertEquals(List.of(2022, 2018), awards.stream().map(AwardReceipt::year).toList());
        assertEquals("$138,000", awards.get(1).amount());
        assertTrue(awards.stream().allMatch(a -> a.recipient().equals("Jane Q. Doe")));
    }

    @Test
    void moderncvEntriesWithTheirFieldsInAnyOrder() {
        Extraction x = new LatexCvExtractor().extract(Document.ofText("cv.tex", MODERNCV));
        assertEquals("John Smith", Samples.person(x).name());
        assertEquals(List.of("Graph Networks for Everything", "Older Work on Things"),
                x.papers().stream().map(Paper::title).toList());
        Paper graphs = x.papers().get(0);
        assertEquals(List.of("J. Smith", "A. Jones", "B. Brown"), names(graphs));
        assertEquals("NeurIPS", graphs.venue().label());
        assertEquals(2021, graphs.year());
        assertEquals("ICLR", x.papers().get(1).venue().label());
        assertEquals(2019, x.papers().get(1).year());
        AwardReceipt fellowship = Samples.all(x, AwardReceipt.class).get(0);
        assertEquals("Google PhD Fellowship", fellowship.award());
        assertEquals(2020, fellowship.year());
        assertTrue(x.problems().isEmpty(), x.problems().toString());
    }

    @Test
    void aTypesetBibliographyAndYearsBeforeTheAuthors() {
        String tex = """
                \\section{Journal Articles}
                \\begin{thebibliography}{9}
                \\bibitem{doe2020} \\textbf{J.~Doe} and A.~Roe. Learning from Bibitems. \\emph{Nature}, 2020.
                \\end{thebibliography}
                \\section{Selected Papers}
                \\begin{itemize}
                \\item[2018] \\textbf{Doe, J.}, Lee, K. Papers With Years First. In ICML.
                \\end{itemize}
                \\section{Publications}
                \\printbibliography
                """;
        Extraction x = new LatexCvExtractor().extract(Document.ofText("cv.tex", tex));
        assertEquals(List.of("Learning from Bibitems", "Papers With Years First"), x.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("J. Doe", "A. Roe"), names(x.papers().get(0)));
        assertEquals(2020, x.papers().get(0).year());
        assertEquals(2018, x.papers().get(1).year());
        assertEquals("ICML", x.papers().get(1).venue().label());
        assertEquals(2018, x.papers().get(1).venue().year());
        assertEquals(List.of("cv.tex:line 9: no entries under 'Publications' (a list printed from a .bib file by "
                + "\\printbibliography or \\bibliography is not in this file)"),
                x.problems().stream().map(Object::toString).toList());
    }

    @Test
    void awesomeCvFieldsWithSemicolonAuthorsLinkedTitlesAndVenuesAndRoleFirstAwards() {
        String tex = """
                \\name{Jane}{Doe}
                \\cvsection{Publications}
                \\cvsubsection{Highlighted}
                \\begin{cventries}
                  \\cvpublication
                    {{\\bf Jane Doe}; Ann Other; M. J. Third-Author; Kai Li.} % authors
                    {\\href{https://example.org/abs/1}{PROBES. I. A Compendium of Rotation Curves}} % title
                    {\\href{https://journal.example.org/}{MNRAS}} % venue
                    {Aug. 2023} % date
                  \\cvpublication
                    {Ann Other; {\\bf Jane Doe}; Kai Li. ApJ 912: 41}
                    {\\href{https://example.org/abs/2}{The Scatter of Scaling Relations}}
                    {\\href{https://joss.example.org/}{JOSS (sub.)}}
                    {May 2021}
                \\end{cventries}
                \\cvsection{Grants \\& Awards}
                \\begin{cventries}
                  \\cventry
                    {Amount: \\$90,000 over 2 years; competitive} % role
                    {Postdoctoral Fellowship} % title
                    {\\href{https://council.example.org/}{Research Council}} % location
                    {Nov. 2022 - Aug. 2024} % dates
                    {}
                \\end{cventries}
                """;
        Extraction x = new LatexCvExtractor().extract(Document.ofText("cv.tex", tex));
        assertTrue(x.problems().isEmpty(), x.problems().toString());
        Paper probes = x.papers().get(0);
        assertEquals("PROBES. I. A Compendium of Rotation Curves", probes.title());
        assertEquals(List.of("Jane Doe", "Ann Other", "M. J. Third-Author", "Kai Li"), names(probes));
        assertEquals("MNRAS", probes.venue().label());
        assertEquals(2023, probes.year());
        Paper scatter = x.papers().get(1);
        assertEquals(List.of("Ann Other", "Jane Doe", "Kai Li"), names(scatter));
        assertEquals(PaperType.PREPRINT, scatter.type(), "'(sub.)': submitted");
        assertEquals(List.of("submitted"), scatter.tags());
        AwardReceipt fellowship = Samples.all(x, AwardReceipt.class).get(0);
        assertEquals("Postdoctoral Fellowship", fellowship.award());
        assertEquals(2022, fellowship.year());
        assertEquals("$90,000", fellowship.amount());
    }

    @Test
    void reverseNumberedListsWithVolumesPagesQuotedTitlesAndLinkedJournals() {
        String tex = """
                \\section{Publications}
                \\subsection*{Journal Articles}
                \\begin{etaremune}
                  \\item Author, A.N. \\& Collaborator, B.M. (2023).
                    Typographic quality in produced documents.
                    \\textit{Journal of Information Design}, 12(3), 45--67.
                    \\texttt{doi:10.1234/jid.2023.45}
                \\end{etaremune}
                \\subsection*{In press}
                \\begin{etaremune}
                \\item 2021. Jane Roe and \\underline{Ann Author}. A Year First Entry. {\\sl Physical Review D} 100(7), 072009.
                \\item A. N. Author, K. Lee, ``A Quoted Title With Commas, Too,'' \\href{https://doi.org/10.1103/PhysRevD.1}{Phys. Rev. D},
                  {\\bfseries 100}, 1--10, (2019), \\href{https://arxiv.org/abs/1901.00001}{arXiv:1901.00001 [hep-ph]}
                \\end{etaremune}
                """;
        Extraction x = new LatexCvExtractor().extract(Document.ofText("cv.tex", tex));
        assertEquals(List.of("Typographic quality in produced documents", "A Year First Entry",
                "A Quoted Title With Commas, Too"), x.papers().stream().map(Paper::title).toList());
        Paper typographic = x.papers().get(0);
        assertEquals("Journal of Information Design", typographic.venue().label());
        assertEquals("10.1234/jid.2023.45", typographic.doi());
        Paper yearFirst = x.papers().get(1);
        assertEquals("Physical Review D", yearFirst.venue().label());
        assertEquals(2021, yearFirst.year());
        assertTrue(yearFirst.authors().get(1).siteOwner());
        Paper quoted = x.papers().get(2);
        assertEquals(List.of("A. N. Author", "K. Lee"), names(quoted));
        assertEquals("Phys. Rev. D", quoted.venue().label(), "the linked journal, not the arXiv link after it");
        assertEquals(2019, quoted.year());
        assertEquals("1901.00001", quoted.arxivId());
        assertEquals("10.1103/PhysRevD.1", quoted.doi());
        assertEquals(PaperType.UNKNOWN, quoted.type());
    }
}
