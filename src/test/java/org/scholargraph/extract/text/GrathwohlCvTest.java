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
import org.scholargraph.model.Employment;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.Person;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;
import org.scholargraph.source.Document;

/** A PDF CV captured as text (data/samples/grathwohl-cv.txt): what a reader of it finds, field by field. */
class GrathwohlCvTest {
    private static final String OOPS = "Oops I Took a Gradient: Scalable Sampling for Discrete Distributions";
    private static final String FFJORD = "FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models";
    private static final String IRESNET = "Invertible Residual Networks";
    private static final String JEM = "Your Classifier is Secretly and Energy-Based Model and You Should Treat it Like One";

    private static Document cv;
    private static Extraction x;

    @BeforeAll
    static void extract() {
        cv = Samples.document("data/samples/grathwohl-cv.txt");
        x = new CvTextExtractor().extract(cv);
    }

    @Test
    void isRecognisedAsATextCvAndNotAsASiteSnapshot() {
        assertTrue(new CvTextExtractor().recognises(cv));
        assertFalse(new SiteSnapshotExtractor().recognises(cv));
    }

    @Test
    void findsTheEightPublicationsInOrderWithVenueAndYear() {
        assertEquals(List.of(OOPS,
                "No MCMC for me: Amortized sampling for fast and stable training of energy-based models",
                "Learning the Stein Discrepancy for Training and Evaluating Energy-Based Models without Sampling",
                JEM,
                "Understanding the Limitations of Conditional Generative Models",
                IRESNET, FFJORD,
                "Backpropagation through the Void: Optimizing control variates for black-box gradient estimation"),
                x.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("ICML null", "ICLR 2021", "ICML 2020", "ICLR 2020", "ICLR 2020", "ICML 2019", "ICLR 2019",
                "ICLR 2018"), x.papers().stream().map(p -> p.venue().label() + " " + p.year()).toList());
        assertEquals("International Conference on Learning Representations", Samples.paper(x, FFJORD).venue().longName());
    }

    @Test
    void reportsTheImpossibleYearOfOopsAsAWarningOnItsLineAndLeavesTheYearEmpty() {
        Paper oops = Samples.paper(x, OOPS);
        assertEquals("ICML", oops.venue().label());
        assertNull(oops.year());
        assertNull(oops.venue().year());
        List<Problem> warnings = x.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("line 112", warnings.get(0).origin().where());
        assertTrue(warnings.get(0).message().contains("20201"), warnings.get(0).message());
        assertFalse(x.failed());
    }

    @Test
    void upperCaseAuthorsAreInProperCaseWithThePrintedFormKept() {
        Paper oops = Samples.paper(x, OOPS);
        assertEquals(List.of("Will Grathwohl", "Kevin Swerskey", "Milad Hashemi", "David Duvenaud", "Chris J. Maddison"),
                names(oops));
        assertEquals("WILL GRATHWOHL", oops.authors().get(0).printed());
        assertEquals(List.of("Will Grathwohl", "Ricky T. Q. Chen", "Jesse Bettencourt", "Ilya Sutskever", "David Duvenaud"),
                names(Samples.paper(x, FFJORD)));
        assertEquals("Jörn-Henrik Jacobsen", Samples.paper(x, JEM).authors().get(2).name());
    }

    @Test
    void equalContributionMarksFormOneGroup() {
        Paper ffjord = Samples.paper(x, FFJORD);
        assertEquals(List.of(true, true, false, false, false), equal(ffjord));
        assertEquals("WILL GRATHWOHL*", ffjord.authors().get(0).printed());
        assertEquals(1, ffjord.authors().get(1).equalGroup());
        Paper iresnet = Samples.paper(x, IRESNET);
        assertEquals(List.of("Jens Behrmann", "Will Grathwohl", "Ricky T. Q. Chen", "David Duvenaud", "Jörn-Henrik Jacobsen"),
                names(iresnet));
        assertEquals(List.of(true, true, false, false, true), equal(iresnet));
        assertEquals(List.of(false, false, false, false, false, false),
                equal(Samples.paper(x, "No MCMC for me: Amortized sampling for fast and stable training of energy-based models")));
    }

    @Test
    void theCvOwnerIsFlaggedOnEveryPaper() {
        for (Paper p : x.papers()) {
            List<Author> owners = p.authors().stream().filter(Author::siteOwner).toList();
            assertEquals(1, owners.size(), p.title());
            assertEquals("Will Grathwohl", owners.get(0).name());
        }
    }

    @Test
    void presentationNotesBecomePresentationsNotAwards() {
        assertEquals(List.of(PresentationKind.LONG_ORAL), kinds(Samples.paper(x, OOPS)));
        assertEquals(List.of(PresentationKind.LONG_ORAL), kinds(Samples.paper(x, IRESNET)));
        assertEquals(List.of(PresentationKind.ORAL), kinds(Samples.paper(x, FFJORD)));
        assertEquals(List.of(PresentationKind.ORAL), kinds(Samples.paper(x, JEM)));
        assertEquals(List.of(), kinds(Samples.paper(x, "Understanding the Limitations of Conditional Generative Models")));
        assertTrue(Samples.paper(x, OOPS).awards().isEmpty());
    }

    @Test
    void fiveFellowshipsAndAwardsWithYearsAndAmounts() {
        List<AwardReceipt> awards = Samples.all(x, AwardReceipt.class);
        assertEquals(List.of("Google PhD Fellowship in Machine Learning", "Didi Graduate student Award in Computer Science",
                "Borealis AI Graduate Fellowship", "Best Paper Award", "Huawei Prize"),
                awards.stream().map(AwardReceipt::award).toList());
        assertEquals(List.of(2021, 2020, 2018, 2018, 2017), awards.stream().map(AwardReceipt::year).toList());
        assertEquals("$50,000", Samples.award(x, "Borealis AI Graduate Fellowship").orElseThrow().amount());
        assertEquals("$10,000", Samples.award(x, "Didi Graduate student Award in Computer Science").orElseThrow().amount());
        assertNull(Samples.award(x, "Huawei Prize").orElseThrow().amount());
        assertTrue(awards.stream().allMatch(a -> a.recipient().equals("Will Grathwohl")));
        assertEquals("Symposium on Advances in Approximate Bayesian Inference",
                Samples.award(x, "Best Paper Award").orElseThrow().conferredBy());
    }

    @Test
    void theBestPaperAwardForFfjordIsAlsoOnThePaper() {
        List<PaperAward> awards = Samples.paper(x, FFJORD).awards();
        assertEquals(1, awards.size());
        assertEquals("Best Paper Award", awards.get(0).label());
        assertEquals(2018, awards.get(0).year());
        assertEquals("AABI", awards.get(0).conferredBy().label());
        assertFalse(awards.get(0).nominee());
    }

    @Test
    void educationWithDegreesDatesAdvisorsAndThesis() {
        Person p = Samples.person(x);
        assertEquals("Will Grathwohl", p.name());
        List<Education> ed = p.education();
        assertEquals(3, ed.size());
        assertEquals(new Education("PhD in Computer Science", "University of Toronto",
                List.of("Richard Zemel", "David Duvenaud"), 2018, null, null), ed.get(0));
        assertEquals(new Education("M.S. in Computer Science", "University of Toronto",
                List.of("Richard Zemel", "David Duvenaud"), 2017, 2018, "Backpropagation Through Discrete Distributions"),
                ed.get(1));
        assertEquals(new Education("B.S. in Mathematics with Computer Science", "Massachusetts Institute of Technology",
                List.of(), 2010, 2014, null), ed.get(2));
    }

    @Test
    void positionsWithRolesOrganisationsDatesAndHosts() {
        List<Employment> jobs = Samples.person(x).employment();
        assertEquals(7, jobs.size());
        assertEquals(new Employment("Student Researcher", "Google Brain", List.of(), 2019, null), jobs.get(0));
        assertEquals(new Employment("Research Intern", "OpenAl", List.of("Ilya Sutskever", "Durk Kingma"), 2018, 2018),
                jobs.get(1));
        assertEquals(new Employment("Computer Vision Engineer", "Dagri", List.of(), 2014, 2015), jobs.get(5));
        assertEquals(new Employment("Co-Founder", "Mirador Technologies", List.of(), 2013, 2014), jobs.get(6));
    }

    @Test
    void talksWithTitleHostAndDate() {
        List<Talk> talks = Samples.talks(x);
        assertEquals(9, talks.size());
        Talk first = talks.get(0);
        assertEquals("USING AND ABUSING GRADIENTS FOR DISCRETE SAMPLING AND ENERGY-BASED MODELS", first.title());
        assertEquals("ICLR 2021 Workshop on Energy-Based Models", first.host());
        assertEquals("May. 2021", first.date());
        assertEquals(2021, first.year());
        assertEquals(List.of("ICLR 2021 Workshop on Energy-Based Models", "CMU Artificial Intelligence Seminar Series",
                "Generative Models and Uncertainty Quantification", "NIPS 2017 Deep RL Symposium",
                "Blei Lab, Columbia University", "Courant Institute of Mathematical Sciences, New York University",
                "Borealis AI", "Stanford University", "BAIR Lab"), talks.stream().map(Talk::host).toList());
        assertEquals(List.of(2021, 2021, 2019, 2017, 2017, 2017, 2017, 2018, 2017), talks.stream().map(Talk::year).toList());
    }

    @Test
    void reviewingServiceWithVenuesAndRoles() {
        List<Service> service = Samples.service(x);
        assertEquals(List.of("Reviewer NeurIPS 2020", "Reviewer NeurIPS 2019", "Reviewer NeurIPS 2018",
                "Program Committee NIPS BAYESIAN DEEP LEARNING WORKSHOP 2017"),
                service.stream().map(s -> s.role() + " " + s.venue().label() + " " + s.venue().year()).toList());
    }

    private static List<String> names(Paper p) {
        return p.authors().stream().map(Author::name).toList();
    }

    private static List<Boolean> equal(Paper p) {
        return p.authors().stream().map(Author::equalContribution).toList();
    }

    private static List<PresentationKind> kinds(Paper p) {
        return p.presentations().stream().map(pr -> pr.kind()).toList();
    }
}
