package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Education;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Person;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;

/**
 * Facts read by hand from each fixture page: how many papers it lists, exact titles and author
 * orders, badges, and that projects, talks, news and teaching never come out as papers.
 */
class FixtureSitesTest {

    private static int count(String site, String css) throws IOException {
        return Jsoup.parse(Files.readString(Pages.SITES.resolve(site + ".html"))).select(css).size();
    }

    private static List<PresentationKind> kinds(Paper p) {
        return p.presentations().stream().map(pr -> pr.kind()).toList();
    }

    private static List<String> awardLabels(Paper p) {
        return p.awards().stream().map(PaperAward::label).toList();
    }

    @Nested
    class TingwuWang {
        private final Extraction x = Pages.extract("tingwuwang__index");

        @Test
        void listsFifteenPapersPatentsAndThesisNothingFromTeachingOrTutorials() {
            assertEquals(15, x.papers().size());
            assertTrue(Pages.titles(x).stream().noneMatch(t -> t.contains("CSC") || t.contains("Tutorial")
                    || t.contains("Trust Region")));
        }

        @Test
        void equalContributionStarsButNotTheDoubleDagger() {
            Paper nerve = Pages.paper(x, "NerveNet: Learning Structured Policy with Graph Neural Networks");
            assertEquals(List.of("Tingwu Wang", "Renjie Liao", "Jimmy Ba", "Sanja Fidler"), Pages.authors(nerve));
            assertEquals(List.of(true, true, false, false),
                    nerve.authors().stream().map(Author::equalContribution).toList());
            assertTrue(nerve.authors().get(0).siteOwner());
            Paper sonic = Pages.paper(x, "SONIC: Supersizing Motion Tracking for Natural Humanoid Whole-Body Control");
            Author fan = sonic.authors().get(24);
            assertEquals("Linxi \"Jim\" Fan", fan.name());
            assertEquals("Linxi \"Jim\" Fan‡", fan.printed());
            assertFalse(fan.equalContribution(), "‡ is not declared as equal contribution on this page");
            assertEquals(26, sonic.authors().size());
        }

        @Test
        void oralAfterTheYearIsAPresentationAndVenuesAreSeries() {
            Paper home = Pages.paper(x, "VirtualHome: Simulating Household Activities via Programs");
            assertEquals(List.of(PresentationKind.ORAL), kinds(home));
            assertTrue(home.awards().isEmpty());
            assertEquals("CVPR", home.venue().shortName());
            assertEquals(2018, home.year());
            Paper poplin = Pages.paper(x, "Exploring Model-based Planning with Policy Networks");
            assertEquals("ICLR", poplin.venue().shortName());
            assertEquals(2020, poplin.venue().year());
        }

        @Test
        void patentAuthorsStopAtTheVenueInTheSameLine() {
            Paper patent = Pages.paper(x, "Costume Detection and Attribute Value Identification Method and System");
            assertEquals(List.of("Qiu Shi", "Po Man Cheng", "Tingwu Wang", "Yan Xia", "Wei Zhang"),
                    Pages.authors(patent));
            assertEquals("Patent: CN105447529 A", patent.venue().longName());
            assertEquals(PaperType.PATENT, patent.type());
            assertEquals(PaperType.THESIS,
                    Pages.paper(x, "Learning Scalable Physics-based Motion Skills with Reinforcement Learning").type());
        }

        @Test
        void educationWithAdvisorsAndDates() {
            Person p = Pages.person(x);
            assertEquals("Tingwu Wang", p.name());
            assertEquals(4, p.education().size());
            Education phd = p.education().get(0);
            assertEquals("PhD in Computer Science", phd.degree());
            assertEquals("University of Toronto", phd.institution());
            assertEquals(List.of("Sanja Fidler", "Jimmy Ba"), phd.advisors());
            assertEquals(2018, phd.startYear());
            assertEquals(2022, phd.endYear());
            assertEquals("Senior research scientist", p.position());
            assertEquals("Nvidia", p.affiliation());
        }

        @Test
        void madeUpTagsAndBrokenTablesAreWarnedAbout() {
            assertTrue(x.warnings().stream().anyMatch(w -> w.message().contains("<heading>")));
            assertTrue(x.warnings().stream().anyMatch(w -> w.message().startsWith("malformed HTML")
                    && w.origin().where().startsWith("line ")));
            assertFalse(x.failed());
        }
    }

    @Nested
    class ErikWijmansPublications {
        private final Extraction x = Pages.extract("erikwijmans__publication__index");

        @Test
        void outstandingPaperIsAnAwardAndTheOralAPresentation() {
            Paper maps = Pages.paper(x, "Emergence of Maps in the Memories of Blind Navigation Agents");
            assertEquals(List.of("Outstanding Paper Award"), awardLabels(maps));
            assertFalse(maps.awards().get(0).nominee());
            assertEquals("ICLR", maps.awards().get(0).conferredBy().shortName());
            assertEquals(List.of(PresentationKind.ORAL), kinds(maps));
            assertEquals("2301.13261", maps.arxivId());
        }

        @Test
        void bestPaperNomineeIsKeptAsANomination() {
            Paper habitat = Pages.paper(x, "Habitat: A Platform for Embodied AI Research");
            assertEquals(List.of("Best Paper Award Nominee"), awardLabels(habitat));
            assertTrue(habitat.awards().get(0).nominee());
        }

        @Test
        void ownerInItalicsIsStillTheOwner() {
            Paper cce = Pages.paper(x, "Cut Your Losses in Large-Vocabulary Language Models");
            assertTrue(cce.authors().get(0).siteOwner());
            assertTrue(cce.links().stream().anyMatch(l -> l.kind() == LinkKind.CODE
                    && l.url().equals("https://github.com/apple/ml-cross-entropy")));
        }

        @Test
        void homepageIsTheSiteRoot() {
            assertEquals("https://wijmans.xyz/", Pages.person(x).homepage());
        }
    }

    @Nested
    class ErikWijmansHome {
        private final Extraction x = Pages.extract("erikwijmans__index");

        @Test
        void selectedAndLatestListsCountOnceAndTalksAreNotPapers() {
            assertEquals(12, x.papers().size(), "16 entries on the page, 12 distinct papers");
            assertEquals(1, Pages.titles(x).stream()
                    .filter(t -> t.startsWith("DD-PPO: Learning Near-Perfect PointGoal Navigators")).count());
            List<Talk> talks = Pages.talks(x);
            assertEquals(2, talks.size());
            assertEquals("DD-PPO: Learning Near-Perfect PointGoal Navigators from 2.5 Billion Frames",
                    talks.get(0).title());
            assertEquals("Apr 27, 2020", talks.get(0).date());
            assertEquals(2020, talks.get(0).year());
        }

        @Test
        void awardsSectionBecomesAwardReceipts() {
            List<AwardReceipt> awards = Pages.awards(x);
            assertEquals(9, awards.size());
            AwardReceipt arcs = awards.get(4);
            assertEquals("Scholar Award Fellowship", arcs.award());
            assertEquals(2021, arcs.year());
            assertEquals("Achievement Rewards for College Scientists (ARCS) Foundation", arcs.conferredBy());
            assertTrue(awards.stream().allMatch(a -> a.recipient().equals("Erik Wijmans")));
        }

        @Test
        void profileFromMicrodataAndBiography() {
            Person p = Pages.person(x);
            assertEquals("Thinking Machines", p.affiliation());
            assertEquals(List.of("Embodied AI", "Computer Vision", "Reinforcement Learning"), p.interests());
            assertEquals("Georgia Institute of Technology", p.education().get(0).institution());
            assertEquals("Emergence of Intelligent Navigation Behavior in Embodied Agents from Massive-Scale "
                    + "Simulation", p.education().get(0).thesis());
            assertTrue(p.employment().stream().anyMatch(e -> e.organisation().equals("Intel")
                    && e.hosts().equals(List.of("Vladlen Koltun")) && Integer.valueOf(2020).equals(e.startYear())));
        }
    }

    @Nested
    class JesseBettencourt {
        @Test
        void projectsWithTheSameMarkupAreNotPapers() {
            Extraction x = Pages.extract("jessebett__index");
            assertEquals(List.of("FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models",
                    "Neural Ordinary Differential Equations"), Pages.titles(x));
            Paper ffjord = x.papers().get(0);
            assertEquals(List.of("Will Grathwohl", "Ricky T. Q. Chen", "Jesse Bettencourt", "Ilya Sutskever",
                    "David Duvenaud"), Pages.authors(ffjord));
            assertEquals(List.of("Best Student Paper"), awardLabels(ffjord));
            assertEquals("AABI", ffjord.awards().get(0).conferredBy().shortName());
            assertEquals(2018, ffjord.awards().get(0).year());
            assertEquals(List.of(PresentationKind.ORAL), kinds(ffjord));
            Paper odes = x.papers().get(1);
            assertEquals(List.of("Best Paper Award"), awardLabels(odes));
            assertEquals("NeurIPS", odes.venue().shortName());
        }

        @Test
        void profileFromTheHeaderAndEducationList() {
            Person p = Pages.person(Pages.extract("jessebett__index"));
            assertEquals("Graduate Student in Machine Learning", p.position());
            assertEquals("University of Toronto", p.affiliation());
            assertEquals(4, p.education().size());
            assertEquals("McMaster Unviersity", p.education().get(3).institution());
            assertEquals(2019, p.education().get(0).startYear());
            assertNull(p.education().get(0).endYear(), "2019 - Present is open");
        }

        @Test
        void publicationPageWithoutVenuesTakesTheYearFromTheListMarkup() {
            Extraction x = Pages.extract("jessebett__publication__index");
            assertEquals(2, x.papers().size());
            Paper odes = Pages.paper(x, "Neural Ordinary Differential Equations");
            assertEquals(2018, odes.year());
            assertEquals(List.of(true, true, true, false),
                    odes.authors().stream().map(Author::equalContribution).toList());
        }
    }

    @Nested
    class JonBarron {
        private final Extraction x = Pages.extract("jonbarron__index");

        @Test
        void everyTitledRowIsAPaperAndMiscellaneaAreNot() throws IOException {
            assertEquals(count("jonbarron__index", "span.papertitle"), x.papers().size());
            assertEquals(111, x.papers().size());
            assertFalse(Pages.titles(x).contains("Squareplus: A Softplus-Like Algebraic Rectifier"));
        }

        @Test
        void badgesAfterTheVenue() {
            Paper solver = Pages.paper(x, "The Fast Bilateral Solver");
            assertEquals(List.of("Jonathan T. Barron", "Ben Poole"), Pages.authors(solver));
            assertEquals("ECCV", solver.venue().shortName());
            assertEquals(2016, solver.year());
            assertEquals(List.of(PresentationKind.ORAL), kinds(solver));
            assertEquals(List.of("Best Paper Honorable Mention"), awardLabels(solver));
            Paper zip = Pages.paper(x, "Zip-NeRF: Anti-Aliased Grid-Based Neural Radiance Fields");
            assertEquals(List.of("Best Paper Finalist"), awardLabels(zip));
            assertTrue(zip.awards().get(0).nominee());
        }

        @Test
        void authorListBrokenOverTwoLinesIsJoined() {
            Paper gr3en = Pages.paper(x, "GR3EN: Generative Relighting for 3D Environments");
            assertEquals(List.of("Xiaoyan Xing", "Philipp Henzler", "Junhwa Hur", "Runze Li", "Jonathan T. Barron",
                    "Pratul P. Srinivasan", "Dor Verbin"), Pages.authors(gr3en));
        }

        @Test
        void talksServiceAndProfile() {
            List<Talk> talks = Pages.talks(x);
            assertEquals(6, talks.size());
            assertEquals("EGSR Keynote", talks.get(3).title());
            assertEquals(2021, talks.get(3).year());
            List<Service> service = Pages.service(x);
            assertEquals(8, service.size());
            Service cvpr21 = service.get(5);
            assertEquals("Area Chair & Award Committee Member", cvpr21.role());
            assertEquals("CVPR", cvpr21.venue().shortName());
            assertEquals(2021, cvpr21.venue().year());
            Person p = Pages.person(x);
            assertEquals("principal research scientist", p.position());
            assertEquals("Google DeepMind", p.affiliation());
            assertEquals(List.of("Jitendra Malik"), p.education().get(0).advisors());
            assertEquals("UC Berkeley", p.education().get(0).institution());
        }
    }

    @Nested
    class RickyChen {
        private final Extraction x = Pages.extract("rtqichen__index");

        @Test
        void commentedOutEntriesAreNotPapers() throws IOException {
            assertEquals(count("rtqichen__index", "li.article"), x.papers().size());
            assertFalse(Pages.titles(x).contains("Bespoke Solvers for Generative Flow Models"));
        }

        @Test
        void badgesInsideTheTitleAreTakenOutOfIt() {
            Paper ffjord = Pages.paper(x,
                    "FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models");
            assertEquals(List.of(PresentationKind.ORAL), kinds(ffjord));
            assertEquals(List.of("BEST STUDENT PAPER"), awardLabels(ffjord));
            assertEquals("AABI", ffjord.awards().get(0).conferredBy().shortName());
            assertEquals(List.of(PresentationKind.LONG_ORAL), kinds(Pages.paper(x, "Invertible Residual Networks")));
            assertEquals(List.of("OUTSTANDING PAPER HONORABLE MENTION"),
                    awardLabels(Pages.paper(x, "Flow Matching on General Geometries")));
        }

        @Test
        void elidedAuthorListIsWarnedAbout() {
            Paper sampling = Pages.paper(x, "Adjoint Sampling: Highly Scalable Diffusion Samplers via Adjoint Matching");
            assertEquals(List.of("Aaron Havens", "Benjamin Kurt Miller", "Bing Yan", "Xiang Fu", "Guan-Horng Liu",
                    "Ricky T. Q. Chen"), Pages.authors(sampling));
            assertTrue(x.warnings().stream().anyMatch(w -> w.message().contains("elided")
                    && w.message().contains("Adjoint Sampling")));
        }
    }

    @Nested
    class ThomasKipf {
        private final Extraction x = Pages.extract("tkipf__index");

        @Test
        void tenSelectedPublicationsAndNoNewsItems() {
            assertEquals(10, x.papers().size());
            assertTrue(Pages.titles(x).stream().noneMatch(t -> t.contains("ELLIS") || t.contains("Relational GCNs")));
        }

        @Test
        void authorsBeforeTheTitleAndInitialsMatchTheOwner() {
            Paper slots = Pages.paper(x, "Object-centric Learning with Slot Attention");
            assertEquals(8, slots.authors().size());
            assertEquals("F. Locatello", slots.authors().get(0).name());
            Author kipf = slots.authors().get(7);
            assertEquals("T. Kipf", kipf.name());
            assertTrue(kipf.siteOwner() && kipf.equalContribution() && slots.authors().get(0).equalContribution());
            assertEquals(List.of(PresentationKind.SPOTLIGHT), kinds(slots));
            assertEquals("NeurIPS", slots.venue().shortName());
            assertEquals(List.of(PresentationKind.LONG_ORAL),
                    kinds(Pages.paper(x, "CompILE: Compositional Imitation Learning and Execution")));
        }

        @Test
        void workshopsKeepTheirOwnName() {
            Paper molgan = Pages.paper(x, "MolGAN: An implicit generative model for small molecular graphs");
            assertNull(molgan.venue().shortName());
            assertEquals("ICML Deep Generative Models Workshop", molgan.venue().longName());
            assertEquals(2018, molgan.year());
        }

        @Test
        void positionUnderTheName() {
            Person p = Pages.person(x);
            assertEquals("Staff Research Scientist", p.position());
            assertEquals("Google DeepMind", p.affiliation());
            assertEquals(List.of("Max Welling"), p.education().get(0).advisors());
        }
    }

    @Nested
    class VincentSitzmann {
        private final Extraction x = Pages.extract("vsitzmann__index");

        @Test
        void everyPaperCardIsRead() throws IOException {
            assertEquals(count("vsitzmann__index", ".paper-title"), x.papers().size());
        }

        @Test
        void oralAndRunnerUpInOneParenthesis() {
            Paper splat = Pages.paper(x,
                    "pixelSplat: 3D Gaussian Splats from Image Pairs for Scalable Generalizable 3D Reconstruction");
            assertEquals(List.of(PresentationKind.ORAL), kinds(splat));
            assertEquals(List.of("Best Paper Runner-Up"), awardLabels(splat));
            assertEquals(List.of("David Charatan", "Sizhe Li", "Andrea Tagliasacchi", "Vincent Sitzmann"),
                    Pages.authors(splat));
            assertTrue(splat.authors().get(3).siteOwner());
        }

        @Test
        void venueTheCatalogDoesNotKnow() {
            Paper optics = Pages.paper(x, "Hybrid optical-electronic convolutional neural networks with optimized "
                    + "diffractive optics for image classification");
            assertEquals("Scientific Reports", optics.venue().longName());
            assertEquals("Assistant Professor", Pages.person(x).position());
        }
    }

    @Nested
    class YangSong {
        private final Extraction x = Pages.extract("yang-song__publications__index");

        @Test
        void everyBibliographyItemOnceAndTheYearHeadingFillsMissingYears() throws IOException {
            assertEquals(count("yang-song__publications__index", "ol.bibliography > li"), x.papers().size());
            Paper thesis = Pages.paper(x, "Learning to Generate Data by Estimating Gradients of the Data Distribution");
            assertEquals(PaperType.THESIS, thesis.type());
            assertEquals(2022, thesis.year());
        }

        @Test
        void honorLineAndBadges() {
            Paper sde = Pages.paper(x, "Score-Based Generative Modeling through Stochastic Differential Equations");
            assertEquals(List.of("Outstanding Paper Award"), awardLabels(sde));
            assertEquals(List.of(PresentationKind.ORAL), kinds(sde));
            assertEquals("ICLR", sde.venue().shortName());
            assertEquals(2021, sde.year());
            assertTrue(sde.abstractText().startsWith("Creating noise from data is easy"));
            assertEquals(LinkKind.ARXIV, sde.links().get(0).kind());
        }

        @Test
        void workshopAbridgementDoesNotReplaceTheVenue() {
            Paper medical = Pages.paper(x, "Solving Inverse Problems in Medical Imaging with Score-Based Generative "
                    + "Models");
            assertEquals("ICLR", medical.venue().shortName());
            assertEquals(2022, medical.year());
            assertEquals(List.of(true, true, false, false),
                    medical.authors().stream().map(Author::equalContribution).toList());
        }

        @Test
        void selectedListOnTheHomePage() {
            Extraction home = Pages.extract("yang-song__index");
            assertEquals(13, home.papers().size());
            Person p = Pages.person(home);
            assertEquals("Research Principal", p.position());
            assertEquals("Meta Superintelligence Labs (MSL)", p.affiliation());
            assertAll(() -> assertEquals("Stanford University", p.education().get(0).institution()),
                    () -> assertEquals(List.of("Stefano Ermon"), p.education().get(0).advisors()));
        }
    }
}
