package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Education;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;
import org.scholargraph.source.Document;

/**
 * Brandon Amos's generated Markdown CV with inline HTML (fixtures/cv-text/bamos__cv.md, provenance in
 * its MANIFEST.tsv): numbered publication tables per year, &nbsp; inside names, bold self, '*' and
 * '&dagger;' marks, "and" before the last author, honours with years on their own lines.
 */
class BamosCvTest {
    private static final String ADVPROMPTER = "AdvPrompter: Fast Adaptive Adversarial Prompting for LLMs";

    private static Document cv;
    private static Extraction x;

    @BeforeAll
    static void extract() {
        cv = Samples.document("src/test/resources/fixtures/cv-text/bamos__cv.md");
        x = new CvTextExtractor().extract(cv);
    }

    @Test
    void isRecognisedAsATextCv() {
        assertTrue(new CvTextExtractor().recognises(cv));
        assertFalse(new SiteSnapshotExtractor().recognises(cv));
    }

    @Test
    void allSeventySixNumberedPublicationsAndNothingElse() {
        assertEquals(76, x.papers().size());
        assertEquals("Online Intrinsic Rewards for Decision Making Agents from Large Language Model Feedback",
                x.papers().get(0).title());
        assertEquals("Applying machine learning classifiers to dynamic Android malware detection at scale",
                x.papers().get(75).title());
        assertTrue(x.papers().stream().allMatch(p -> p.year() != null));
        assertTrue(x.problems().isEmpty(), x.problems().toString());
    }

    @Test
    void authorsInOrderWithBoldOwnerAndTheLastAuthorAfterAnd() {
        Paper oni = x.papers().get(0);
        assertEquals(List.of("Qinqing Zheng", "Mikael Henaff", "Amy Zhang", "Aditya Grover", "Brandon Amos"), names(oni));
        assertTrue(oni.authors().get(4).siteOwner());
        assertEquals("RLC", oni.venue().label());
        assertEquals(2025, oni.year());
        Paper meta = Samples.paper(x, "Meta Flow Matching: Integrating Vector Fields on the Wasserstein Manifold");
        assertEquals(List.of("Lazar Atanackovic", "Xi Zhang", "Brandon Amos", "Mathieu Blanchette", "Leo J Lee",
                "Yoshua Bengio", "Alexander Tong", "Kirill Neklyudov"), names(meta));
        assertTrue(x.papers().stream().allMatch(p -> p.authors().stream().filter(Author::siteOwner).count() == 1));
    }

    @Test
    void starAndDaggerAreTwoEqualContributionGroups() {
        Paper p = Samples.paper(x, ADVPROMPTER);
        assertEquals(List.of("Anselm Paulus", "Arman Zharmagambetov", "Chuan Guo", "Brandon Amos", "Yuandong Tian"), names(p));
        assertEquals(List.of(1, 1, 0, 2, 2), p.authors().stream().map(Author::equalGroup).toList());
        assertEquals("Brandon Amos†", p.authors().get(3).printed());
        assertEquals("ICML", p.venue().label());
        assertEquals(2025, p.venue().year());
    }

    @Test
    void venuesThroughTheCatalogWorkshopsKeptApart() {
        assertEquals("NeurIPS", Samples.paper(x, "Differentiable Convex Optimization Layers").venue().label());
        Paper workshop = Samples.paper(x, "Input Convex Gradient Networks");
        assertNull(workshop.venue().shortName());
        assertEquals("NeurIPS OTML Workshop", workshop.venue().longName());
        assertEquals(2021, workshop.year());
        Paper preprint = Samples.paper(x, "The Limited Multi-Label Projection Layer");
        assertEquals("arXiv", preprint.venue().label());
        assertEquals(PaperType.PREPRINT, preprint.type());
        Paper thesis = Samples.paper(x, "Differentiable Optimization-Based Modeling for Machine Learning");
        assertEquals(PaperType.THESIS, thesis.type());
        assertEquals(2019, thesis.year());
        assertEquals(List.of("Brandon Amos"), names(thesis));
    }

    @Test
    void presentationAndAwardNotesBesideTheVenue() {
        Paper svg = Samples.paper(x, "On the model-based stochastic value gradient for continuous reinforcement learning");
        assertEquals("L4DC", svg.venue().label());
        assertEquals(List.of(PresentationKind.ORAL), svg.presentations().stream().map(pr -> pr.kind()).toList());
        Paper mmsys = Samples.paper(x, "A Scalable and Privacy-Aware IoT Service for Live Video Analytics");
        assertEquals(1, mmsys.awards().size());
        assertEquals("Best Paper", mmsys.awards().get(0).label());
        assertEquals(2017, mmsys.awards().get(0).year());
        assertTrue(mmsys.presentations().isEmpty());
    }

    @Test
    void abstractsAndTypedLinks() {
        Paper p = Samples.paper(x, ADVPROMPTER);
        assertTrue(p.abstractText().startsWith("While recently Large Language Models (LLMs) have achieved remarkable successes"));
        assertEquals("2404.16873", p.arxivId());
        assertTrue(p.links().stream().anyMatch(l -> l.kind() == LinkKind.CODE
                && l.url().equals("https://github.com/facebookresearch/advprompter")));
        assertTrue(p.links().stream().anyMatch(l -> l.kind() == LinkKind.SLIDES));
    }

    @Test
    void honoursWithYears() {
        List<AwardReceipt> awards = Samples.all(x, AwardReceipt.class);
        assertEquals(List.of("AISTATS Best Reviewer", "Outstanding Paper Award", "NeurIPS Top Reviewer",
                "ICML Outstanding Reviewer", "ICLR Outstanding Reviewer", "Best Paper Award",
                "NSF Graduate Research Fellowship", "Nine undergraduate scholarships"),
                awards.stream().map(AwardReceipt::award).toList());
        assertEquals(List.of(2025, 2024, 2022, 2022, 2019, 2017, 2016, 2011), awards.stream().map(AwardReceipt::year).toList());
        assertEquals("ICML Theoretical Foundations Workshop", awards.get(1).conferredBy());
        assertEquals("ACM MMSys", awards.get(5).conferredBy());
    }

    @Test
    void educationWithAdvisorAndThesis() {
        assertEquals(List.of(
                new Education("Ph.D. in Computer Science", "Carnegie Mellon University", List.of("J. Zico Kolter"), 2014, 2019,
                        "Differentiable Optimization-Based Modeling for Machine Learning"),
                new Education("B.S. in Computer Science", "Virginia Tech", List.of(), 2011, 2014, null)),
                Samples.person(x).education());
    }

    @Test
    void previousPositionsWithHosts() {
        var jobs = Samples.person(x).employment();
        assertEquals(14, jobs.size());
        assertEquals("Meta Superintelligence Labs (FAIR)", jobs.get(0).organisation());
        assertEquals(2019, jobs.get(0).startYear());
        assertEquals(List.of("Nando de Freitas", "Misha Denil"), jobs.get(4).hosts());
        assertEquals("Google DeepMind", jobs.get(4).organisation());
        assertEquals("Snowplow", jobs.get(10).organisation());
    }

    @Test
    void invitedTalksOnePerRow() {
        List<Talk> talks = Samples.talks(x);
        assertEquals(50, talks.size());
        assertEquals("On meta prompt optimization and coding agents", talks.get(0).title());
        assertEquals("Flatiron ML Seminar", talks.get(0).host());
        assertEquals(2025, talks.get(0).year());
        assertEquals("UC Berkeley", talks.get(49).host());
        assertEquals(2018, talks.get(49).year());
    }

    @Test
    void organisingAndReviewingService() {
        List<Service> service = Samples.service(x);
        Service first = service.get(0);
        assertEquals("Senior Program Committee", first.role());
        assertEquals("AAAI", first.venue().label());
        assertEquals(2026, first.venue().year());
        assertTrue(service.stream().anyMatch(s -> s.role().equals("Area Chair") && s.venue().label().equals("NeurIPS")
                && s.venue().year() == 2025));
        assertTrue(service.stream().anyMatch(s -> s.role().equals("Organizer")
                && "CVPR Deep Declarative Networks Workshop".equals(s.venue().longName())));
        List<Service> reviewing = service.stream().filter(s -> s.role().equals("Reviewer")).toList();
        assertEquals(25, reviewing.size());
        assertTrue(reviewing.stream().anyMatch(s -> s.venue().label().equals("ICLR") && s.venue().year() == null));
    }

    private static List<String> names(Paper p) {
        return p.authors().stream().map(Author::name).toList();
    }
}
