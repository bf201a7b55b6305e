package org.scholargraph.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;

/**
 * Layouts seen on real award pages (conference blogs, news posts, tables, Markdown sources),
 * written small: each test is one layout and the facts a reader would take from it.
 */
class AwardPageLayoutsTest {
    private final AwardPageExtractor extractor = new AwardPageExtractor();

    @Test
    void tableRowsWithTheLabelInAnyCell() {
        Extraction out = extractor.extract(Fixtures.page("https://cvpr2022.thecvf.com/cvpr-2022-paper-awards", """
                <table><tr><th>Award</th><th>Paper</th><th>Authors</th></tr>
                <tr><td>Best Paper</td><td><a href="/papers/1.pdf">Learning to Solve Hard Minimal Problems</a></td>
                    <td>Petr Hruby, Timothy Duff, Anton Leykin, Tomas Pajdla</td></tr>
                <tr><td><a href="/p/3.html">Dual-Shutter Optical Vibration Sensing</a></td>
                    <td>Mark Sheinin, Dorian Chan, Matthew O'Toole, Srinivasa G. Narasimhan</td>
                    <td>Best Paper Honorable Mention</td></tr></table>"""));
        Paper minimal = Fixtures.titled(out, "Learning to Solve Hard Minimal Problems");
        assertEquals(List.of("Best Paper"), labels(minimal));
        assertEquals(List.of(Link.of(LinkKind.PDF, "https://cvpr2022.thecvf.com/papers/1.pdf")), minimal.links());
        assertEquals("CVPR 2022", minimal.venue().shortName() + " " + minimal.venue().year());
        Paper shutter = Fixtures.titled(out, "Dual-Shutter Optical Vibration Sensing");
        assertEquals(List.of("Best Paper Honorable Mention"), labels(shutter));
        assertEquals("Matthew O'Toole", shutter.authors().get(2).name());
    }

    @Test
    void qualifierHeadingsNameTheirParentAward() {
        Extraction out = extractor.extract(Fixtures.page("https://blog.iclr.cc/2024/05/07/test-of-time/", """
                <title>ICLR 2024 Test of Time Award – ICLR Blog</title>
                <h1>ICLR 2024 Test of Time Award</h1>
                <p>The inaugural award considered papers from ICLR 2013 and 2014.</p>
                <h2>Test of Time</h2>
                <p><strong>Auto-Encoding Variational Bayes</strong><br>Diederik Kingma, Max Welling<br>
                <a href="https://arxiv.org/abs/1312.6114v11">arXiv</a></p>
                <h2>Runner Up</h2>
                <p><strong>Intriguing properties of neural networks</strong><br>Christian Szegedy, Wojciech Zaremba,
                Ilya Sutskever, Joan Bruna, Dumitru Erhan, Ian Goodfellow, Rob Fergus</p>"""));
        Paper vae = Fixtures.titled(out, "Auto-Encoding Variational Bayes");
        assertEquals(List.of("Test of Time Award"), labels(vae));
        assertEquals("1312.6114", vae.arxivId());
        assertEquals(2024, vae.awards().get(0).year());
        assertEquals("ICLR", vae.venue().shortName());
        assertNull(vae.year(), "the page names two possible years, so the paper's own year stays unknown");
        assertEquals(List.of("Test of Time Award - Runner Up"),
                labels(Fixtures.titled(out, "Intriguing properties of neural networks")));
    }

    @Test
    void blogListsByAuthorsParenthesesAndProse() {
        Extraction out = extractor.extract(Fixtures.page("https://blog.neurips.cc/2023/12/11/paper-awards/", """
                <h1>Announcing the NeurIPS 2023 Paper Awards</h1>
                <h2>Outstanding Main Track Papers</h2>
                <ul><li><a href="https://openreview.net/forum?id=abc">Privacy Auditing with One (1) Training Run</a>
                by Thomas Steinke, Milad Nasr, Matthew Jagielski</li></ul>
                <h2>Outstanding Main Track Runner-Ups</h2>
                <ul><li>Scaling Data-Constrained Language Models (Niklas Muennighoff · Alexander Rush · Boaz Barak)</li></ul>
                <h2>Test of Time</h2>
                <p>This year the award goes to the NeurIPS 2013 paper <a href="https://arxiv.org/abs/1310.4546">Distributed
                Representations of Words and Phrases and their Compositionality</a> by Tomas Mikolov, Ilya Sutskever,
                Kai Chen, Greg Corrado, and Jeffrey Dean.</p>
                <h2>Award Committee</h2>
                <ul><li>Amir Globerson (Tel Aviv University)</li><li>Kate Saenko (Boston University)</li></ul>"""));
        assertEquals(3, out.papers().size(), out.papers().stream().map(Paper::title).toList().toString());
        Paper privacy = Fixtures.titled(out, "Privacy Auditing with One (1) Training Run");
        assertEquals(List.of("Outstanding Main Track Paper"), labels(privacy));
        assertEquals(List.of("Thomas Steinke", "Milad Nasr", "Matthew Jagielski"), names(privacy));
        Paper scaling = Fixtures.titled(out, "Scaling Data-Constrained Language Models");
        assertEquals(List.of("Outstanding Main Track Runner-Up"), labels(scaling));
        assertEquals(List.of("Niklas Muennighoff", "Alexander Rush", "Boaz Barak"), names(scaling));
        Paper word2vec = Fixtures.titled(out, "Distributed Representations of Words and Phrases and their Compositionality");
        assertEquals(List.of("Tomas Mikolov", "Ilya Sutskever", "Kai Chen", "Greg Corrado", "Jeffrey Dean"), names(word2vec));
        assertEquals(2013, word2vec.year());
        assertEquals(2023, word2vec.awards().get(0).year());
    }

    @Test
    void finalistsAreNomineesAndAWinReplacesTheNomination() {
        Extraction out = extractor.extract(Fixtures.page("https://2022.example.org/uai2022/awards", """
                <h2>Best Paper Award Finalists</h2>
                <p><b>Causal Discovery with Hidden Confounders</b><br>Maria Lopez, Kenji Sato</p>
                <p><b>Bandits in the Wild</b><br>Anna Berg, Tom Hall</p>
                <h2>Best Paper Award</h2>
                <p><b>Causal Discovery with Hidden Confounders</b><br>Maria Lopez, Kenji Sato</p>"""));
        Paper causal = Fixtures.titled(out, "Causal Discovery with Hidden Confounders");
        assertEquals(List.of(PaperAward.won("Best Paper Award", causal.awards().get(0).conferredBy(), 2022)),
                causal.awards());
        PaperAward bandits = Fixtures.titled(out, "Bandits in the Wild").awards().get(0);
        assertEquals("Best Paper Award", bandits.label());
        assertTrue(bandits.nominee());
        assertEquals("UAI", bandits.conferredBy().shortName());
    }

    @Test
    void markdownSourceNamedByItsFileWithLiquidAndNamesBrokenAcrossLines() {
        Extraction out = extractor.extract(Fixtures.page("file:///repos/site/uai__2023__awards.md", """
                ---
                title: Awards
                ---
                # {{ site.conference.short_name }} Best Student Paper Awards

                <p><b><a href="https://proceedings.mlr.press/v216/smith23a.html">Tight Bounds for Something</a></b><br>Jane
                 Smith, Pramod Kaushik
                 Rao</p>

                + Another Result on Trees (Li Wei, Omar Haddad)
                """));
        Paper bounds = Fixtures.titled(out, "Tight Bounds for Something");
        assertEquals(List.of("Jane Smith", "Pramod Kaushik Rao"), names(bounds));
        assertEquals(List.of("Best Student Paper Award"), labels(bounds));
        assertEquals("UAI 2023", bounds.venue().shortName() + " " + bounds.venue().year());
        assertEquals("line 6", bounds.origin().where());
        assertEquals(List.of("Li Wei", "Omar Haddad"), names(Fixtures.titled(out, "Another Result on Trees")));
    }

    @Test
    void proceedingsLinksDateAPageThatNamesNoVenue() {
        Extraction out = extractor.extract(Fixtures.page("file:///tmp/best.html", """
                <h1>Outstanding Papers</h1>
                <p><a href="https://proceedings.mlr.press/v139/vicol21a.html">Unbiased Gradient Estimation in Unrolled
                Computation Graphs with Persistent Evolution Strategies</a><br>Paul Vicol, Luke Metz, Jascha Sohl-Dickstein</p>"""));
        Paper pes = out.papers().get(0);
        assertEquals("ICML 2021", pes.venue().shortName() + " " + pes.venue().year());
        assertEquals("ICML", pes.awards().get(0).conferredBy().shortName());
        assertEquals(List.of("Outstanding Paper"), labels(pes));
    }

    @Test
    void testOfTimeProseWithAQuotedTitleDatesThePaperFromTheSentence() {
        Extraction out = extractor.extract(Fixtures.page("https://joltml.com/iclr-2025/test-of-time-award", """
                <h1>ICLR 2025 Test of Time Award</h1>
                <p>The winners were Diederik (Durk) Kingma and Jimmy Ba, for their 2015 ICLR paper
                “Adam: A Method for Stochastic Optimization”.</p>"""));
        Paper adam = out.papers().get(0);
        assertEquals("Adam: A Method for Stochastic Optimization", adam.title());
        assertEquals(List.of("Diederik Kingma", "Jimmy Ba"), names(adam));
        assertEquals("ICLR 2015", adam.venue().shortName() + " " + adam.venue().year());
        assertEquals("ICLR 2025", adam.awards().get(0).conferredBy().shortName() + " " + adam.awards().get(0).year());
    }

    @Test
    void creditSpreadOverParagraphsAndItalicTitlesUnderAQualifierHeading() {
        Extraction out = extractor.extract(Fixtures.page("https://example.org/aistats2031/awards.md", """
                ---
                title: Awards
                ---
                ## Best Paper

                The AISTATS 2031 Best Paper Award goes to

                **Ana Ortiz**,
                **Bo Chen**, and
                **Carla Diaz**

                for their paper

                [Flows on Graphs](https://virtual.aistats.org/virtual/2031/award/1).

                ### Honorable Mentions

                + _Kernels for Sets of Sets_, Dan Eriksson, Eva Fischer and Femi Adeyemi.
                + _Sparse Bandits Revisited_, Gil Hart and Hana Ito.

                ## Test of Time Award

                The Test of Time Award recognizes a paper from 10 years ago.

                **Ivan Petrov** and
                **Jun Park**

                for

                [Old but Gold](https://example.org/old.pdf)
                """));
        Paper flows = Fixtures.titled(out, "Flows on Graphs");
        assertEquals(List.of("Ana Ortiz", "Bo Chen", "Carla Diaz"), names(flows));
        assertEquals(List.of("Best Paper"), labels(flows));
        assertEquals("AISTATS 2031", flows.venue().shortName() + " " + flows.venue().year());
        Paper kernels = Fixtures.titled(out, "Kernels for Sets of Sets");
        assertEquals(List.of("Dan Eriksson", "Eva Fischer", "Femi Adeyemi"), names(kernels));
        assertEquals(List.of("Best Paper - Honorable Mention"), labels(kernels));
        assertEquals(List.of("Gil Hart", "Hana Ito"), names(Fixtures.titled(out, "Sparse Bandits Revisited")));
        Paper old = Fixtures.titled(out, "Old but Gold");
        assertEquals(List.of("Ivan Petrov", "Jun Park"), names(old));
        assertEquals(List.of("Test of Time Award"), labels(old));
        assertEquals(2021, old.year());
        assertEquals(List.of(Link.of(LinkKind.PDF, "https://example.org/old.pdf")), old.links());
        assertEquals(4, out.papers().size());
    }

    @Test
    void thePagesOwnUrlNamesTheEditionAndResolvesItsLinks() {
        Extraction out = extractor.extract(Fixtures.page("file:///downloads/saved.html", """
                <html><head><link rel="canonical" href="https://aistats.org/aistats2021/awards.html"></head>
                <body><h1>Paper Awards</h1><h2>Best Paper</h2>
                <p><a href="papers/17.pdf">A Study of Things</a><br>Ada Lovelace, Alan Turing</p></body></html>"""));
        Paper p = out.papers().get(0);
        assertEquals("AISTATS 2021", p.venue().shortName() + " " + p.venue().year());
        assertEquals(List.of(Link.of(LinkKind.PDF, "https://aistats.org/aistats2021/papers/17.pdf")), p.links());
        assertEquals(List.of("Best Paper"), labels(p));
    }

    @Test
    void labelsOpeningTheirRow() {
        Extraction out = extractor.extract(Fixtures.page("https://2021.emnlp.org/blog/best-paper-awards/", """
                <title>EMNLP 2021 Best Paper Awards</title>
                <p>Two papers shared one award this year, both from the long paper track.</p>
                <ul><li><b>Best Long Paper:</b> <a href="https://aclanthology.org/2021.emnlp-main.1">Visually Grounded
                Reasoning across Languages and Cultures</a>, Fangyu Liu, Emanuele Bugliarello, Edoardo Maria Ponti</li>
                <li>Best Short Paper: Collecting Humor Reaction Labels from Millions of Users (Zixiaoyu Zhu, Hannah Smith)</li>
                </ul>"""));
        assertEquals(List.of("Best Long Paper"),
                labels(Fixtures.titled(out, "Visually Grounded Reasoning across Languages and Cultures")));
        Paper humor = Fixtures.titled(out, "Collecting Humor Reaction Labels from Millions of Users");
        assertEquals(List.of("Best Short Paper"), labels(humor));
        assertEquals(List.of("Zixiaoyu Zhu", "Hannah Smith"), names(humor));
        assertEquals("EMNLP 2021", humor.venue().shortName() + " " + humor.venue().year());
        assertEquals(2, out.papers().size());
    }

    private static List<String> labels(Paper p) {
        return p.awards().stream().map(PaperAward::label).toList();
    }

    private static List<String> names(Paper p) {
        return p.authors().stream().map(Author::name).toList();
    }
}
