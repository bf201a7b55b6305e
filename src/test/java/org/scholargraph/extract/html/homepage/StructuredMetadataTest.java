package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Person;

/** JSON-LD, microdata, Highwire tags, COinS and embedded BibTeX, alone and beside the layout. */
class StructuredMetadataTest {
    private final HomepageExtractor extractor = new HomepageExtractor();

    @Test
    void highwireTagsMakeAPaperPage() {
        String html = """
                <html><head><title>Neural ODEs | Ricky Chen</title>
                <meta name="citation_title" content="Neural Ordinary Differential Equations">
                <meta name="citation_author" content="Chen, Ricky T. Q.">
                <meta name="citation_author" content="Rubanova, Yulia">
                <meta name="citation_publication_date" content="2018/12/03">
                <meta name="citation_conference_title" content="Advances in Neural Information Processing Systems">
                <meta name="citation_arxiv_id" content="1806.07366">
                <meta name="citation_pdf_url" content="https://arxiv.org/pdf/1806.07366">
                </head><body><h1>Neural Ordinary Differential Equations</h1><p>We introduce a new family.</p>
                </body></html>""";
        assertTrue(extractor.recognises(Pages.html("neural-odes/", html)));
        Extraction x = extractor.extract(Pages.html("neural-odes/", html));
        Paper p = Pages.paper(x, "Neural Ordinary Differential Equations");
        assertEquals(List.of("Ricky T. Q. Chen", "Yulia Rubanova"), Pages.authors(p));
        assertEquals("NeurIPS", p.venue().shortName());
        assertEquals(2018, p.year());
        assertEquals(PaperType.CONFERENCE_PAPER, p.type());
        assertEquals("1806.07366", p.arxivId());
        assertEquals(LinkKind.ARXIV, p.links().get(0).kind());
    }

    @Test
    void jsonLdPersonAndArticles() {
        String html = """
                <html><head><title>Home</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"Person","name":"Grace Hopper","jobTitle":"Rear Admiral",
                   "worksFor":{"@type":"Organization","name":"US Navy"},"url":"https://grace.example/"},
                  {"@type":"ScholarlyArticle","name":"The Education of a Computer",
                   "author":[{"@type":"Person","name":"Grace Hopper"}],"datePublished":"1952-05-02",
                   "isPartOf":{"@type":"PublicationVolume","name":"Proceedings of the ACM National Meeting"}}]}
                </script>
                <script type="application/ld+json">{ not json </script>
                </head><body><p>Hello.</p></body></html>""";
        Extraction x = extractor.extract(Pages.html("grace/", html));
        Person grace = Pages.person(x);
        assertEquals("Grace Hopper", grace.name());
        assertEquals("Rear Admiral", grace.position());
        assertEquals("US Navy", grace.affiliation());
        assertEquals("https://grace.example/", grace.homepage());
        Paper p = Pages.paper(x, "The Education of a Computer");
        assertEquals(1952, p.year());
        assertTrue(p.authors().get(0).siteOwner());
        assertTrue(x.warnings().stream().anyMatch(w -> w.message().startsWith("JSON-LD block is not valid JSON")));
    }

    /** al-folio's newer builds repeat every entry as a hidden BibTeX block inside it. */
    private static final String AL_FOLIO = """
            <html><head><title>publications | Jane Doe</title></head><body>
            <h1 class="post-title">publications</h1>
            <ol class="bibliography">
            <li><div class="row"><div class="col-sm-2 abbr"><abbr class="badge">ICML</abbr></div>
              <div id="doe2020a" class="col-sm-8">
                <div class="title">Learning Things Quickly</div>
                <div class="author"><em>Jane Doe</em>, and John Roe</div>
                <div class="periodical"><em>In Proceedings of the 37th International Conference on Machine Learning</em>, 2020</div>
                <div class="links"><a class="bibtex btn" role="button">Bib</a></div>
                <div class="bibtex hidden"><figure class="highlight"><pre><code class="language-bibtex">@inproceedings{doe2020a,
              title = {Learning Things {Quickly}},
              author = {Doe, Jane and Roe, John},
              booktitle = {Proceedings of the 37th International Conference on Machine Learning},
              year = {2020},
              doi = {10.5555/3524938.3525001}
            }</code></pre></figure></div>
              </div></div></li>
            <li><div class="row"><div class="col-sm-2 abbr"><abbr class="badge">NeurIPS</abbr></div>
              <div id="doe2021b" class="col-sm-8">
                <div class="title">Learning Things Slowly</div>
                <div class="author">John Roe, and <em>Jane Doe</em></div>
                <div class="periodical"><em>In Advances in Neural Information Processing Systems</em>, 2021</div>
                <div class="bibtex hidden"><figure class="highlight"><pre><code class="language-bibtex">@inproceedings{doe2021b,
              title = "Learning Things Slowly", author = "Roe, John and Doe, Jane", year = 2021,
              eprint = {2106.01234}, archivePrefix = {arXiv}
            }</code></pre></figure></div>
                <span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.atitle=Learning+Things+Slowly&amp;rft.au=John+Roe&amp;rft.au=Jane+Doe&amp;rft.date=2021&amp;rft_id=info%3Adoi%2F10.1000%2Fslow"></span>
              </div></div></li>
            </ol>
            <h2>Software</h2>
            <pre>@misc{toolkit, title = {Jane's Toolkit}, author = {Doe, Jane}, year = {2022}}</pre>
            </body></html>""";

    @Test
    void hiddenBibtexIsNotCountedTwiceButCompletesTheEntry() {
        Extraction x = extractor.extract(Pages.html("publications/", AL_FOLIO));
        assertEquals(List.of("Learning Things Quickly", "Learning Things Slowly"), Pages.titles(x),
                "two entries, two hidden BibTeX copies, a COinS copy and a toolkit citation under Software");
        Paper quickly = x.papers().get(0);
        assertEquals(List.of("Jane Doe", "John Roe"), Pages.authors(quickly));
        assertEquals("10.5555/3524938.3525001", quickly.doi(), "the DOI comes from the entry's BibTeX");
        assertEquals("ICML", quickly.venue().shortName());
        Paper slowly = x.papers().get(1);
        assertEquals("2106.01234", slowly.arxivId());
        assertEquals("10.1000/slow", slowly.doi(), "and this one from its COinS span");
        assertFalse(x.failed());
    }

    @Test
    void microdataPersonGivesTheProfile() {
        String html = """
                <html><head><title>Site</title></head><body>
                <div itemscope itemtype="http://schema.org/Person">
                  <h2 itemprop="name">Alan Turing</h2>
                  <span itemprop="jobTitle">Reader</span>
                  <div itemprop="worksFor" itemscope itemtype="http://schema.org/Organization">
                    <span itemprop="name">University of Manchester</span></div>
                  <link itemprop="url" href="https://turing.example/">
                </div>
                <h2>Papers</h2>
                <div itemscope itemtype="http://schema.org/ScholarlyArticle">
                  <h3 itemprop="name">Computing Machinery and Intelligence</h3>
                  <div itemprop="author"><b>Alan Turing</b></div>
                  <div>Mind, 1950</div>
                </div>
                </body></html>""";
        Extraction x = extractor.extract(Pages.html("turing/", html));
        Person p = Pages.person(x);
        assertEquals("Reader", p.position());
        assertEquals("University of Manchester", p.affiliation());
        assertEquals("https://turing.example/", p.homepage());
        Paper paper = Pages.paper(x, "Computing Machinery and Intelligence");
        assertEquals(1950, paper.year());
        assertEquals("Mind", paper.venue().longName());
    }
}
