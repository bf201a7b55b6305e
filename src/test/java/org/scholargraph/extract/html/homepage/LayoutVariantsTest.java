package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.PresentationKind;

/** Citation layouts no fixture has: one-line citations in either order, inverted names, quoted titles. */
class LayoutVariantsTest {
    static final String PAGE = """
            <html><head><title>Jane Doe - Home</title></head><body>
            <h2>Publications</h2>
            <ul>
            <li>John Roe, <b>Jane Doe</b>, and Carl Lee. Learning to Count Sheep. In <i>Proceedings of ICML</i>, 2020.
              <a href="papers/sheep.pdf">[pdf]</a></li>
            <li>Attention to Sheep. <b>J. Doe</b>, J. Roe. NeurIPS 2021 (Spotlight).
              <a href="https://arxiv.org/abs/2101.00001v2">[arXiv]</a></li>
            <li>Roe, J., Doe, J., and Lee, C. “Sheep in the Wild,” in CVPR, 2019.</li>
            <li><a href="https://sheep.example/borders">Sheep Without Borders</a><br>Jane Doe<br>Journal of Sheep
              Research, 2018</li>
            </ul>
            <h2>Projects</h2>
            <ul><li>SheepNet. <b>Jane Doe</b>, John Roe. Open-source toolkit, 2022.</li></ul>
            </body></html>""";

    private final Extraction x = new HomepageExtractor().extract(Pages.html("jane/", PAGE));

    @Test
    void fourCitationsAndNoProject() {
        assertEquals(List.of("Learning to Count Sheep", "Attention to Sheep", "Sheep in the Wild",
                "Sheep Without Borders"), Pages.titles(x));
    }

    @Test
    void authorsThenTitleThenVenueOnOneLine() {
        Paper p = x.papers().get(0);
        assertEquals(List.of("John Roe", "Jane Doe", "Carl Lee"), Pages.authors(p));
        assertTrue(p.authors().get(1).siteOwner());
        assertEquals("ICML", p.venue().shortName());
        assertEquals(2020, p.year());
        assertEquals(LinkKind.PDF, p.links().get(0).kind());
    }

    @Test
    void titleBeforeTheAuthors() {
        Paper p = x.papers().get(1);
        assertEquals(List.of("J. Doe", "J. Roe"), Pages.authors(p));
        assertEquals("NeurIPS", p.venue().shortName());
        assertEquals(List.of(PresentationKind.SPOTLIGHT), p.presentations().stream().map(r -> r.kind()).toList());
        assertEquals("2101.00001", p.arxivId());
    }

    @Test
    void invertedNamesAndAQuotedTitle() {
        Paper p = x.papers().get(2);
        assertEquals(List.of("J. Roe", "J. Doe", "C. Lee"), Pages.authors(p));
        assertEquals("CVPR", p.venue().shortName());
        assertEquals(2019, p.year());
    }

    @Test
    void linkedTitleAndAJournalTheCatalogDoesNotKnow() {
        Paper p = x.papers().get(3);
        assertEquals(List.of("Jane Doe"), Pages.authors(p));
        assertEquals("Journal of Sheep Research", p.venue().longName());
        assertEquals(PaperType.JOURNAL_ARTICLE, p.type());
        assertEquals("Jane Doe", Pages.person(x).name());
    }

    @Test
    void aCoAuthorOnEveryEntryIsNotTakenForTheOwnerTheBoldNameIs() {
        StringBuilder html = new StringBuilder("<html><head><title>Home</title></head><body><h2>Papers</h2>");
        String[] titles = {"Counting Sheep at Scale", "Sheep in Motion", "Sheep under Uncertainty", "Sheep Again"};
        for (int i = 0; i < titles.length; i++) {
            html.append("<div class=\"paper\"><div class=\"paper-title\">").append(titles[i]).append("</div><div>")
                    .append("<span class=\"author-name\">John Roe</span>, ")
                    .append("<span class=\"author-name\"><b>Ann Lee</b></span></div><div>ICML ")
                    .append(2018 + i).append("</div></div>");
        }
        Extraction page = new HomepageExtractor().extract(Pages.html("home/", html + "</body></html>"));
        assertEquals("Ann Lee", Pages.person(page).name());
        assertEquals(4, page.papers().size());
    }
}
