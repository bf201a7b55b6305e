package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.hugo.PublicationPage.PageLink;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;

class PageLinksTest {

    @Test
    void readsArxivIdentifiersFromAbsAndPdfUrls() {
        assertEquals(Optional.of("1810.01367"), Identifiers.arxivIdOfUrl("https://arxiv.org/abs/1810.01367"));
        assertEquals(Optional.of("1810.01367"), Identifiers.arxivIdOfUrl("https://arxiv.org/abs/1810.01367v3"));
        assertEquals(Optional.of("1811.09362"), Identifiers.arxivIdOfUrl("https://arxiv.org/pdf/1811.09362.pdf"));
        assertEquals(Optional.of("2409.16797"), Identifiers.arxivIdOfUrl("//arxiv.org/abs/2409.16797"));
        assertEquals(Optional.of("hep-th/9901001"), Identifiers.arxivIdOfUrl("http://arxiv.org/abs/hep-th/9901001"));
        assertEquals(Optional.empty(), Identifiers.arxivIdOfUrl("https://openreview.net/forum?id=Hkl-di09FQ"));
    }

    @Test
    void readsDoisFromDoiUrlsAndDoiKeys() {
        assertEquals(Optional.of("10.1145/3530774"), Identifiers.doiOfUrl("https://dl.acm.org/doi/10.1145/3530774"));
        assertEquals(Optional.of("10.1038/nature14539"), Identifiers.doiOfUrl("https://doi.org/10.1038/nature14539"));
        assertEquals(Optional.empty(), Identifiers.doiOfUrl("https://dl.acm.org/citation.cfm?id=2939792"));
        assertEquals(Optional.of("10.3390/e26030252"), Identifiers.doi("10.3390/e26030252"));
        assertEquals(Optional.of("10.3390/e26030252"), Identifiers.doi("doi:10.3390/e26030252"));
        assertEquals(Optional.of("10.3390/e26030252"), Identifiers.doi("https://doi.org/10.3390/e26030252"));
        assertEquals(Optional.empty(), Identifiers.doi("n/a"));
    }

    @Test
    void typesLinksByKeyByNameAndByWhatTheUrlPlainlyIs() {
        PageLinks.Reading r = PageLinks.read(List.of(
                new PageLink("permalink", null, "https://arxiv.org/abs/1806.07366"),
                new PageLink("url_code", null, "//github.com/clovaai/rebias"),
                new PageLink("url_slides", null, "./publication/neural-odes/NeurODEs-slides.pdf"),
                new PageLink("url_bibtex", null, "//coallaoh.github.io/data/x.txt"),
                new PageLink("url_full_text", null, "https://dl.acm.org/doi/10.1145/2939672.2939792"),
                new PageLink("links", "Talk", "https://youtu.be/mG7wb3HCSo4"),
                new PageLink("links", "Slides", "files/slides/dcase_slides.pdf"),
                new PageLink("url_custom", "PyPI", "//pypi.org/project/maseval/"),
                new PageLink("url_custom", "Repository", "https://gitlab.com/x/y")));
        assertEquals(List.of(
                new Link(LinkKind.ARXIV, "https://arxiv.org/abs/1806.07366", null),
                new Link(LinkKind.CODE, "https://github.com/clovaai/rebias", null),
                new Link(LinkKind.SLIDES, "./publication/neural-odes/NeurODEs-slides.pdf", null),
                new Link(LinkKind.OTHER, "https://coallaoh.github.io/data/x.txt", "bibtex"),
                new Link(LinkKind.DOI, "https://dl.acm.org/doi/10.1145/2939672.2939792", null),
                new Link(LinkKind.VIDEO, "https://youtu.be/mG7wb3HCSo4", "Talk"),
                new Link(LinkKind.SLIDES, "files/slides/dcase_slides.pdf", "Slides"),
                new Link(LinkKind.OTHER, "https://pypi.org/project/maseval/", "PyPI"),
                new Link(LinkKind.CODE, "https://gitlab.com/x/y", "Repository")), r.links());
        assertEquals("1806.07366", r.arxivId());
        assertEquals("10.1145/2939672.2939792", r.doi());
    }

    @Test
    void noLinksNoIdentifiers() {
        PageLinks.Reading r = PageLinks.read(List.of());
        assertEquals(List.of(), r.links());
        assertNull(r.arxivId());
        assertNull(r.doi());
    }
}
