package org.scholargraph.rdf;

import java.util.List;
import org.scholargraph.model.Author;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Education;
import org.scholargraph.model.Employment;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Person;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/** Records built by hand after the sample sources, as extractors would produce them. */
final class GoldenRecords {
    static final String ICML_SOURCE = "https://icml.cc/virtual/2021/awards_detail";
    static final String HUGO_SOURCE = "file:///data/samples/ffjord-publication.md";
    static final String CV_SOURCE = "file:///data/samples/grathwohl-cv.txt";

    static final String PES_TITLE =
            "Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies";

    private static final VenueCatalog CATALOG = VenueCatalog.bundled();

    private GoldenRecords() {
    }

    static VenueCatalog catalog() {
        return CATALOG;
    }

    /** The ICML 2021 Outstanding Paper: three authors, an oral and a poster, one award. */
    static Paper icmlOutstandingPaper() {
        VenueRef icml2021 = new VenueRef("ICML", null, 2021);
        return Paper.builder(PES_TITLE, Origin.of(ICML_SOURCE).at("div.small-title"))
                .author(Author.plain("Paul Vicol"))
                .author(Author.plain("Luke Metz"))
                .author(Author.plain("Jascha Sohl-Dickstein"))
                .venue(icml2021)
                .year(2021)
                .type(PaperType.CONFERENCE_PAPER)
                .abstractText("Unrolled computation graphs arise in many scenarios, including training RNNs.")
                .presentation(new Presentation(PresentationKind.ORAL, "https://icml.cc/virtual/2021/oral/10176"))
                .presentation(new Presentation(PresentationKind.POSTER, "https://icml.cc/virtual/2021/poster/10175"))
                .award(PaperAward.won("Outstanding Paper", icml2021, 2021))
                .build();
    }

    /**
     * FFJORD as its Hugo page gives it: two equal-contribution authors, the site owner in bold, a
     * DOI, an arXiv id, code and video links, an oral, and an award the note names only in text.
     * Three links are junk a page can carry: a script, a relative path and a protocol-relative URL.
     */
    static Paper hugoPaper() {
        return Paper.builder("FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models",
                        Origin.of(HUGO_SOURCE).at("front matter"))
                .author(new Author("Will Grathwohl", "Will Grathwohl\\*", true, 1, false))
                .author(new Author("Ricky T. Q. Chen", "Ricky T. Q. Chen\\*", true, 1, false))
                .author(new Author("Jesse Bettencourt", "**Jesse Bettencourt**", false, 0, true))
                .author(Author.plain("Ilya Sutskever"))
                .author(Author.plain("David Duvenaud"))
                .venue(new VenueRef("ICLR", "International Conference on Learning Representations", null))
                .year(2019)
                .type(PaperType.CONFERENCE_PAPER)
                .summary("Scaling up continuous normalizing flows by estimating the trace.")
                .doi("https://doi.org/10.48550/arXiv.1810.01367")
                .arxivId("arXiv:1810.01367v3")
                .presentation(new Presentation(PresentationKind.ORAL, null))
                .award(new PaperAward("Best Student Paper @ AABI 2018", null, null, false))
                .link(Link.of(LinkKind.ARXIV, "https://arxiv.org/abs/1810.01367"))
                .link(Link.of(LinkKind.PDF, "https://arxiv.org/pdf/1810.01367"))
                .link(Link.of(LinkKind.CODE, "https://github.com/rtqichen/ffjord/"))
                .link(Link.of(LinkKind.VIDEO, "https://imgur.com/a/Rtr3Mbq"))
                .link(Link.of(LinkKind.PROJECT, "javascript:void(0)"))
                .link(Link.of(LinkKind.SLIDES, "/slides/ffjord.pdf"))
                .link(Link.of(LinkKind.POSTER, "//example.org/ffjord-poster.pdf"))
                .tag("normalizing flows")
                .build();
    }

    /** A CV's fellowship with an amount and a non-venue conferrer, and a best-paper award from a venue. */
    static List<AwardReceipt> personAwards() {
        Origin cv = Origin.of(CV_SOURCE);
        return List.of(
                new AwardReceipt("Borealis AI Graduate Fellowship", "Will Grathwohl", 2018, "Borealis AI",
                        "$50,000", cv.at("line 178")),
                new AwardReceipt("Best Paper Award, Symposium on Advances in Approximate Bayesian Inference",
                        "Will Grathwohl", 2018, null, null, cv.at("line 179")));
    }

    static Person cvOwner() {
        return new Person("Will Grathwohl", "https://www.cs.toronto.edu/~wgrathwohl/", "PhD student",
                "University of Toronto", List.of("generative modeling", "variational inference"),
                Origin.of(CV_SOURCE).at("line 1"));
    }

    /** The CV's owner with two degrees (same advisors), two positions (one with hosts) and interests. */
    static Person cvOwnerWithCareer() {
        Origin cv = Origin.of(CV_SOURCE);
        List<String> advisors = List.of("Richard Zemel", "David Duvenaud");
        return new Person("Will Grathwohl", null, "PhD student", "University of Toronto",
                List.of("generative modeling", "variational inference"),
                List.of(new Education("PhD in Computer Science", "University of Toronto", advisors, 2018, null, null),
                        new Education("M.S. in Computer Science", "University of Toronto", advisors, 2017, 2018,
                                "Backpropagation Through Discrete Distributions")),
                List.of(new Employment("Student Researcher", "Google Brain", List.of(), 2019, null),
                        new Employment("Research Intern", "OpenAI", List.of("Ilya Sutskever", "Durk Kingma"), 2018, 2018)),
                cv.at("line 3"));
    }

    /** An invited seminar talk, dated as the CV writes it. */
    static Talk cvTalk() {
        return new Talk("Will Grathwohl", "Using and Abusing Gradients for Discrete Sampling and Energy-Based Models",
                "CMU Artificial Intelligence Seminar Series", "Feb. 2021", 2021, Origin.of(CV_SOURCE).at("line 196"));
    }

    /** Reviewing for ICML 2020, recognised as a top reviewer. */
    static Service cvService() {
        return new Service("Will Grathwohl", "Reviewer", new VenueRef("ICML", null, 2020), "Top 10% Reviewer",
                Origin.of(CV_SOURCE).at("line 272"));
    }
}
