package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scholargraph.extract.hugo.HugoPages.authors;
import static org.scholargraph.extract.hugo.HugoPages.links;
import static org.scholargraph.extract.hugo.HugoPages.paper;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.Problem;
import org.scholargraph.model.VenueRef;

/**
 * Golden values for real pages from nine sites, written from reading each page (its front matter
 * and the theme's conventions), not from running the extractor.
 */
class HugoFixtureGoldenTest {
    private static final VenueRef ICLR = new VenueRef("ICLR", "International Conference on Learning Representations", null);
    private static final VenueRef NEURIPS = new VenueRef("NeurIPS", "Conference on Neural Information Processing Systems", null);
    private static final VenueRef ICML = new VenueRef("ICML", "International Conference on Machine Learning", null);
    private static final VenueRef ICCV = new VenueRef("ICCV", "IEEE/CVF International Conference on Computer Vision", null);

    private static List<PresentationKind> presentations(Paper p) {
        return p.presentations().stream().map(Presentation::kind).toList();
    }

    private static List<String> warnings(String fixture, HugoOptions options) {
        Extraction e = HugoPages.extract(fixture, options);
        return e.warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void jessebettNeuralOdes() {
        Paper p = paper("hugo-toml/jessebett__neural-odes__index.md");
        assertEquals("Neural Ordinary Differential Equations", p.title());
        assertEquals(List.of("Ricky T. Q. Chen*", "Yulia Rubanova*", "Jesse Bettencourt* [owner]", "David Duvenaud"), authors(p));
        assertEquals("**Jesse Bettencourt\\***", p.authors().get(2).printed());
        assertEquals(NEURIPS.withYear(2018), p.venue());
        assertEquals(2018, p.year());
        assertEquals(PaperType.CONFERENCE_PAPER, p.type());
        assertEquals(List.of(PresentationKind.ORAL), presentations(p));
        assertEquals(List.of(PaperAward.won("Best Paper Award", NEURIPS.withYear(2018), 2018)), p.awards());
        assertEquals("1806.07366", p.arxivId());
        assertEquals(List.of("ARXIV https://arxiv.org/abs/1806.07366", "PDF https://arxiv.org/pdf/1806.07366",
                "CODE https://github.com/rtqichen/torchdiffeq/", "SLIDES ./publication/neural-odes/NeurODEs-slides.pdf",
                "VIDEO https://www.youtube.com/playlist?list=PLHOaL7udqbt838aZTEQDK3MjQV7VBzmlS",
                "POSTER ./publication/neural-odes/NeurODEs-poster.pdf"), links(p));
        assertEquals("A kind of continuous-depth Neural Network.", p.summary());
        assertEquals(List.of(), warnings("hugo-toml/jessebett__neural-odes__index.md", HugoOptions.defaults()));
    }

    @Test
    void coallaohStarredAuthorTables() {
        Paper p = paper("hugo-toml/coallaoh__scimeca2022iclr.md");
        assertEquals("Which Shortcut Cues Will DNNs Choose? A Study from the Parameter-Space Perspective", p.title());
        assertEquals(List.of("Luca Scimeca*", "Seong Joon Oh*", "Sanghyuk Chun", "Michael Poli", "Sangdoo Yun"), authors(p));
        assertEquals(ICLR.withYear(2022), p.venue());
        assertEquals(2022, p.year());
        assertEquals(PaperType.UNKNOWN, p.type());
        assertEquals("2110.03095", p.arxivId());
        assertEquals(List.of("ARXIV https://arxiv.org/abs/2110.03095", "PDF https://arxiv.org/pdf/2110.03095"), links(p));
        assertEquals(List.of(), p.awards());
    }

    @Test
    void coallaohSpotlightIsAPresentationNotAnAward() {
        Paper p = paper("hugo-toml/coallaoh__siwon2023neurips.md");
        assertEquals("ProPILE: Probing Privacy Leakage in Large Language Models", p.title());
        assertEquals(List.of("Siwon Kim", "Sangdoo Yun", "Hwaran Lee", "Martin Gubri", "Sungroh Yoon", "Seong Joon Oh"), authors(p));
        assertEquals(NEURIPS.withYear(2023), p.venue());
        assertEquals(List.of(PresentationKind.SPOTLIGHT), presentations(p));
        assertEquals(List.of(), p.awards());
        assertEquals("2307.01881", p.arxivId());
    }

    @Test
    void coallaohArxivDateAgainstTheConferenceYear() {
        Paper p = paper("hugo-toml/coallaoh__haritz2025mia.md");
        assertEquals(List.of("Haritz Puerto", "Martin Gubri", "Sangdoo Yun", "Seong Joon Oh"), authors(p));
        assertEquals(new VenueRef("NAACL", "Conference of the North American Chapter of the Association for Computational Linguistics", 2025),
                p.venue());
        assertEquals(2024, p.year());
        List<String> warnings = warnings("hugo-toml/coallaoh__haritz2025mia.md", HugoOptions.defaults());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("coallaoh__haritz2025mia.md:key 'date': "), warnings.get(0));
        assertTrue(warnings.get(0).contains("2024") && warnings.get(0).contains("2025"), warnings.get(0));
    }

    @Test
    void coallaohWorkshopPosterIsNotTheMainConference() {
        Paper p = paper("hugo-toml/coallaoh__emde2026lostcomm.md");
        assertEquals("Lost in Communication: Uncertainty Propagation in Multi-Agent Systems", p.title());
        assertEquals(List.of("Cornelius Emde", "Anmol Goel", "Sangdoo Yun", "Seong Joon Oh", "Martin Gubri"), authors(p));
        assertEquals(new VenueRef("ICML 2026 AgenticUQ Workshop",
                "ICML 2026 Workshop on Statistical Frameworks for Uncertainty in Agentic Systems (AgenticUQ)", 2026), p.venue());
        assertEquals(List.of(PresentationKind.POSTER), presentations(p));
        assertEquals(List.of(), links(p));
        assertNull(p.arxivId());
    }

    @Test
    void erikwijmansOralAndOutstandingPaper() {
        Paper p = paper("hugo-toml/erikwijmans__eom.md");
        assertEquals("Emergence of Maps in the Memories of Blind Navigation Agents", p.title());
        assertEquals(List.of("Erik Wijmans [owner]", "Manolis Savva", "Irfan Essa", "Stefan Lee", "Ari Morcos", "Dhruv Batra"),
                authors(p));
        assertEquals(ICLR.withYear(2023), p.venue());
        assertEquals(2023, p.year());
        assertEquals(PaperType.CONFERENCE_PAPER, p.type());
        assertEquals(List.of(PresentationKind.ORAL), presentations(p));
        assertEquals(List.of(PaperAward.won("Outstanding Paper Award", ICLR.withYear(2023), 2023)), p.awards());
        assertEquals("2301.13261", p.arxivId());
        assertEquals(List.of("PDF http://arxiv.org/abs/2301.13261", "CODE https://github.com/erikwijmans/emergence-of-maps",
                "PROJECT /publication/eom"), links(p));
    }

    @Test
    void erikwijmansBestPaperNomineeIsNotAWin() {
        Paper p = paper("hugo-toml/erikwijmans__ai-habitat.md");
        assertEquals("Habitat: A Platform for Embodied AI Research", p.title());
        assertEquals(List.of("Manolis Savva*", "Abhishek Kadian*", "Oleksandr Maksymets*", "Yili Zhao", "Erik Wijmans [owner]",
                "Bhavana Jain", "Julian Straub", "Jia Liu", "Vladlen Koltun", "Jitendra Malik", "Devi Parikh", "Dhruv Batra"),
                authors(p));
        assertEquals(ICCV.withYear(2019), p.venue());
        assertEquals(PaperType.UNKNOWN, p.type(), "publication_types = [] says nothing");
        assertEquals(List.of(PresentationKind.ORAL), presentations(p));
        assertEquals(List.of(new PaperAward("Best Paper Award", ICCV.withYear(2019), 2019, true)), p.awards());
        assertEquals(List.of("PDF https://arxiv.org/abs/1904.01201", "CODE https://github.com/facebookresearch/habitat-sim",
                "DATASET https://github.com/facebookresearch/habitat-api", "PROJECT https://aihabitat.org"), links(p));
    }

    @Test
    void erikwijmansItalicOwnerAndConferenceYear() {
        Paper p = paper("hugo-toml/erikwijmans__cce.md");
        assertEquals(List.of("Erik Wijmans [owner]", "Brody Huval", "Alexander Hertzberg", "Vladlen Koltun",
                "Philipp Krähenbühl"), authors(p));
        assertEquals(ICLR.withYear(2025), p.venue(), "conf_year names the edition");
        assertEquals(2024, p.year(), "the date is the paper's own year");
        assertEquals(List.of(PresentationKind.ORAL), presentations(p));
        assertEquals(List.of(), p.awards());
    }

    @Test
    void trouleauHtmlEntitiesAndEmphasisInTomlAuthors() {
        Paper p = paper("hugo-toml/trouleau__var-hawkes-neurips2019.md");
        assertEquals("Learning Hawkes Processes from a Handful of Events", p.title());
        assertEquals(List.of("F Salehi*", "W Trouleau* [owner]", "M Grossglauser", "P Thiran"), authors(p));
        assertEquals("<em>W Trouleau&#42;</em>", p.authors().get(1).printed());
        assertEquals(NEURIPS.withYear(2019), p.venue());
        assertEquals(PaperType.CONFERENCE_PAPER, p.type());
        assertEquals("1911.00292", p.arxivId());
        assertEquals(List.of("ARXIV https://arxiv.org/abs/1911.00292", "CODE https://github.com/trouleau/var-hawkes",
                "POSTER /pdf/poster-var-mhp-neurips2019.pdf"), links(p));
    }

    @Test
    void trouleauJournalWithVolumeAndAnOlderIssueYear() {
        Paper p = paper("hugo-toml/trouleau__who-helminth.md");
        assertEquals("Preventive chemotherapy to control soil-transmitted helminthiasis averted more than 500 000 DALYs in 2015",
                p.title());
        assertEquals(List.of("A Montresor", "W Trouleau [owner]", "D Mupfasoni", "M Bangert", "S A Joseph", "A Mikhailov",
                "C Fitzpatrick"), authors(p));
        assertEquals(PaperType.JOURNAL_ARTICLE, p.type());
        assertEquals(new VenueRef("TRSTMH", "Transactions of The Royal Society of Tropical Medicine and Hygiene", 2017), p.venue());
        assertEquals(2018, p.year());
        assertTrue(p.abstractText().startsWith("Background:"), p.abstractText());
        assertEquals(List.of("PAGE https://www.ncbi.nlm.nih.gov/pubmed/29346640"), links(p));
    }

    @Test
    void araffinWorkshopAtNipsIsNotNeurIPS() {
        Paper p = paper("hugo-toml/araffin__multiple-tasks-srl.md");
        assertEquals("Unsupervised learning of state representations for multiple tasks", p.title());
        assertEquals(List.of("Antonin Raffin", "Sebastian Höfer", "Rico Jonschkowski", "Oliver Brock", "Freek Stulp"), authors(p));
        assertEquals(new VenueRef("Deep RL Workshop NIPS",
                "Deep Learning Workshop at the Conference on Neural Information Processing Systems (NIPS)", 2016), p.venue());
        assertEquals(PaperType.UNKNOWN, p.type(), "code 0 is uncategorised");
        assertEquals(2016, p.year());
        assertEquals(List.of("State Representation Learning", "Reinforcement Learning"), p.tags());
        assertEquals(List.of("PDF https://openreview.net/pdf?id=r1aGWUqgg", "VIDEO https://www.youtube.com/watch?v=EzdGEmWcEWY"),
                links(p));
    }

    @Test
    void araffinYamlWithOnlyAPublishDate() {
        Paper p = paper("hugo-yaml/araffin__gsde__index.md");
        assertEquals("Smooth Exploration for Robotic Reinforcement Learning", p.title());
        assertEquals(new VenueRef("CoRL", "Conference on Robot Learning", 2021), p.venue());
        assertEquals(2021, p.year());
        assertEquals("2005.05719", p.arxivId());
        assertEquals(List.of("Reinforcement Learning", "Robotics"), p.tags(), "the stray comma in 'Reinforcement Learning,' goes");
        assertEquals(List.of("PDF https://openreview.net/forum?id=TSuSGVkjuXd", "ARXIV https://arxiv.org/abs/2005.05719",
                "CODE https://github.com/DLR-RM/stable-baselines3", "VIDEO https://www.youtube.com/watch?v=f_FmDFrYkPM",
                "POSTER https://openreview.net/attachment?id=TSuSGVkjuXd&name=poster"), links(p));
    }

    @Test
    void yingShenLatexMarksAndEqualContributionNote() {
        Paper p = paper("hugo-toml/yingShen-ys__low-rank__index.md");
        assertEquals("Efficient Low-rank Multimodal Fusion with Modality-Specific Factors", p.title());
        assertEquals(List.of("Zhun Liu*", "Ying Shen* [owner]", "Varun Bharadhwaj", "Paul Liang", "Amir Zadeh",
                "Louis-Philippe Morency"), authors(p));
        assertEquals("**Ying Shen**$^*$ (equal contribution)", p.authors().get(1).printed());
        assertEquals(new VenueRef("ACL", "Annual Meeting of the Association for Computational Linguistics", 2018), p.venue());
        assertEquals(List.of("PDF http://aclweb.org/anthology/P18-1209", "SLIDES acl18-lowrank-slides.pdf"), links(p));
    }

    @Test
    void alisawufflesAdminResolvedFromTheSiteOwner() {
        Paper p = paper("hugo-yaml/alisawuffles__codah.md", HugoOptions.defaults().withSiteOwner("Alisa Liu"));
        assertEquals("CODAH: An Adversarially Authored Question-Answer Dataset for Common Sense", p.title());
        assertEquals(List.of("Michael Chen", "Mike D'arcy", "Alisa Liu [owner]", "Jared Fernandez", "Doug Downey"), authors(p));
        assertEquals("admin", p.authors().get(2).printed());
        assertEquals(new VenueRef("RepEval", "Evaluating Vector Space Representations for NLP Workshop at NAACL 2020", 2020),
                p.venue());
        assertEquals(2019, p.year());
        assertEquals(PaperType.CONFERENCE_PAPER, p.type());
        assertEquals("An adversarially-constructed dataset for common sense QA, collected from Northwestern ML students!", p.summary());
        assertEquals(List.of("common sense", "dataset", "question-answering"), p.tags());
        assertEquals(List.of("PDF https://www.aclweb.org/anthology/W19-2008.pdf", "CODE https://github.com/Websail-NU/CODAH",
                "POSTER files/posters/CODAH-Poster-FINAL.pdf"), links(p));
    }

    @Test
    void alisawufflesAdminUnresolvedWithoutASiteOwner() {
        Paper p = paper("hugo-yaml/alisawuffles__codah.md");
        assertEquals("admin [owner]", authors(p).get(2));
        assertTrue(warnings("hugo-yaml/alisawuffles__codah.md", HugoOptions.defaults()).stream()
                .anyMatch(w -> w.startsWith("alisawuffles__codah.md:key 'authors': author 'admin'")));
    }

    @Test
    void ravidzivJournalWithDoi() {
        Paper p = paper("hugo-yaml/ravidziv__compress__index.md");
        assertEquals("To Compress or Not to Compress--Self-Supervised Learning and Information Theory: A Review", p.title());
        assertEquals(List.of("admin [owner]", "Ravid, Shwartz-Ziv", "Yann, LeCun"), authors(p));
        assertEquals(PaperType.JOURNAL_ARTICLE, p.type());
        assertEquals("10.3390/e26030252", p.doi());
        assertEquals(new VenueRef("Entropy", "Entropy", 2023), p.venue());
        assertEquals("2304.09355", p.arxivId());
    }

    @Test
    void trouleauYamlAuthorNotesAlignWithAuthors() {
        Paper p = paper("hugo-yaml/trouleau__05-var-hawkes-neurips19__index.md", HugoOptions.defaults().withSiteOwner("William Trouleau"));
        assertEquals(List.of("Farnood Salehi*", "William Trouleau* [owner]", "Matthias Grossglauser", "Patrick Thiran"), authors(p));
        // The page copies its publication line from the ICML paper; the extractor reports what the page says.
        assertEquals(ICML.withYear(2019), p.venue());
        assertEquals(PaperType.CONFERENCE_PAPER, p.type());
        assertNull(p.arxivId());
    }

    @Test
    void austenLamacraftImportedArxivPreprint() {
        Paper p = paper("hugo-yaml/AustenLamacraft__bondesan-2019-learning__index.md");
        assertEquals("Learning Symmetries of Classical Integrable Systems", p.title());
        assertEquals(List.of("Roberto Bondesan", "Austen Lamacraft"), authors(p));
        assertEquals(new VenueRef("arXiv", "arXiv", 2019), p.venue());
        assertEquals("1906.04645", p.arxivId());
        assertEquals(2019, p.year(), "date, not the importer's publishDate (2021)");
        assertEquals(PaperType.PREPRINT, p.type());
    }
}
