package org.scholargraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each named query answers the golden dataset (query/golden.trig) with the rows a reader expects. */
class NamedQueriesGoldenTest {
    private static final String PES =
            "Unbiased Gradient Estimation in Unrolled Computation Graphs with Persistent Evolution Strategies";
    private static final String OOPS = "Oops I Took A Gradient: Scalable Sampling for Discrete Distributions";
    private static final String PDES = "Solving high-dimensional parabolic PDEs using the tensor train format";
    private static final String DECENTRALIZED = "Optimal Complexity in Decentralized Training";
    private static final String SSL = "Understanding self-supervised learning dynamics without contrastive pairs";
    private static final String FFJORD =
            "FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models";
    private static final String OOPS_AUTHORS =
            "Will Grathwohl; Kevin Swersky; Milad Hashemi; David Duvenaud; Chris Maddison";
    private static final String FFJORD_AUTHORS =
            "Will Grathwohl; Ricky T. Q. Chen; Jesse Bettencourt; Ilya Sutskever; David Duvenaud";

    private final QueryCatalog catalog = QueryCatalog.bundled();
    private DatasetGraph dataset;
    private QueryRunner runner;

    @BeforeEach
    void loadGolden() {
        dataset = Golden.inMemory();
        runner = new QueryRunner(dataset);
    }

    private List<Map<String, String>> run(String name, Map<String, String> arguments) {
        return Golden.rows(runner, catalog.get(name), arguments);
    }

    private static Map<String, String> award(String title, String award, String authors) {
        return Map.of("title", title, "award", award, "venue", "ICML", "year", "2021", "authors", authors);
    }

    @Test
    void outstandingAwardsListsTheFiveIcml2021PapersWithAuthorsInPrintedOrder() {
        List<Map<String, String>> rows = run("outstanding-awards", Map.of());

        assertEquals(List.of(
                award(PES, "Outstanding Paper", "Paul Vicol; Luke Metz; Jascha Sohl-Dickstein"),
                award(OOPS, "Outstanding Paper Honorable Mention", OOPS_AUTHORS),
                award(DECENTRALIZED, "Outstanding Paper Honorable Mention", "Yucheng Lu; Christopher De Sa"),
                award(PDES, "Outstanding Paper Honorable Mention", "Lorenz Richter; Leon Sallandt; Nikolas Nüsken"),
                award(SSL, "Outstanding Paper Honorable Mention", "Yuandong Tian; Xinlei Chen; Surya Ganguli")),
                rows);
    }

    /** Guards the test above: on this data an unsorted GROUP_CONCAT gets every author list wrong. */
    @Test
    void goldenDataExposesAnAuthorListThatIsNotSortedByOrdinal() {
        NamedQuery unsorted = NamedQuery.adHoc("""
                PREFIX sg: <https://w3id.org/scholargraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?title (GROUP_CONCAT(?name; separator="; ") AS ?authors)
                WHERE { ?paper dcterms:title ?title ; sg:authorship/sg:nameAsPrinted ?name }
                GROUP BY ?title
                """, "unsorted");
        Map<String, String> byTitle = new java.util.HashMap<>();
        Golden.rows(runner, unsorted, Map.of()).forEach(r -> byTitle.put(r.get("title"), r.get("authors")));

        assertEquals(8, byTitle.size());
        assertNotEquals("Paul Vicol; Luke Metz; Jascha Sohl-Dickstein", byTitle.get(PES));
        assertNotEquals(OOPS_AUTHORS, byTitle.get(OOPS));
        assertNotEquals(FFJORD_AUTHORS, byTitle.get(FFJORD));
    }

    @Test
    void outstandingAwardsLeavesOutNomineesAndOtherAwards() {
        Golden.addTrig(dataset, """
                BASE <https://w3id.org/scholargraph/id/>
                PREFIX sg: <https://w3id.org/scholargraph/ontology#>
                <urn:test:nominee> {
                  <receipt/aistats/outstanding-paper/robust-bayesian-inference-for-simulator-based-models-via-the-mmd-posterior-bootstrap/2022>
                      a sg:AwardReceipt ;
                      sg:awardedTo <paper/robust-bayesian-inference-for-simulator-based-models-via-the-mmd-posterior-bootstrap> ;
                      sg:awardKind <award/aistats/outstanding-paper> ;
                      sg:awardYear 2022 ; sg:conferredBy <venue/aistats> ;
                      sg:displayedLabel "Outstanding Paper" ; sg:nominee true ;
                      sg:source <urn:test:nominee> .
                }
                """);

        List<Map<String, String>> rows = run("outstanding-awards", Map.of());

        assertEquals(5, rows.size());
        List<String> titles = Golden.column(rows, "title");
        assertFalse(titles.contains(FFJORD), "Best Student Paper is not an outstanding award");
        assertFalse(titles.contains(
                "Robust Bayesian Inference for Simulator-based Models via the MMD Posterior Bootstrap"));
    }

    @Test
    void aSecondSourceRepeatingAnAwardWithAnotherSpellingStillGivesOneRowAndOneNamePerPlace() {
        // The second source prints the third author as "J. Sohl-Dickstein": the list shows each
        // place once, by the canonical name, not both spellings.
        Golden.addTrig(dataset, """
                BASE <https://w3id.org/scholargraph/id/>
                PREFIX sg: <https://w3id.org/scholargraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                <urn:test:second-source> {
                  <receipt/icml/outstanding-paper/unbiased-gradient-estimation-in-unrolled-computation-graphs-with-persistent-evolution-strategies/2021>
                      a sg:AwardReceipt ;
                      sg:awardedTo <paper/unbiased-gradient-estimation-in-unrolled-computation-graphs-with-persistent-evolution-strategies> ;
                      sg:awardYear 2021 ; sg:displayedLabel "Outstanding Paper" ;
                      sg:source <urn:test:second-source> .
                  <paper/unbiased-gradient-estimation-in-unrolled-computation-graphs-with-persistent-evolution-strategies>
                      sg:authorship <authorship/unbiased-gradient-estimation-in-unrolled-computation-graphs-with-persistent-evolution-strategies/3/j-sohl-dickstein> .
                  <authorship/unbiased-gradient-estimation-in-unrolled-computation-graphs-with-persistent-evolution-strategies/3/j-sohl-dickstein>
                      a sg:Authorship ; sg:ordinal 3 ; sg:nameAsPrinted "J. Sohl-Dickstein" .
                }
                """);

        List<Map<String, String>> rows = run("outstanding-awards", Map.of());

        assertEquals(5, rows.size());
        assertEquals("Paul Vicol; Luke Metz; Jascha Sohl-Dickstein", rows.get(0).get("authors"));
    }

    @Test
    void coauthorsOfWillGrathwohlCountJointPapersAcrossSources() {
        List<Map<String, String>> rows = run("coauthors", Map.of("author", "Will Grathwohl"));

        assertEquals(List.of(
                Map.of("coauthor", "David Duvenaud", "papers", "2"),
                Map.of("coauthor", "Chris Maddison", "papers", "1"),
                Map.of("coauthor", "Ilya Sutskever", "papers", "1"),
                Map.of("coauthor", "Jesse Bettencourt", "papers", "1"),
                Map.of("coauthor", "Kevin Swersky", "papers", "1"),
                Map.of("coauthor", "Milad Hashemi", "papers", "1"),
                Map.of("coauthor", "Ricky T. Q. Chen", "papers", "1")), rows);
    }

    @Test
    void authorsAreMatchedByNameInAnyLetterCase() {
        assertEquals(7, run("coauthors", Map.of("author", "WILL grathwohl")).size());
        assertEquals(List.of(PDES),
                Golden.column(run("papers-by-author", Map.of("author", "nikolas nüsken")), "title"));
    }

    @Test
    void papersByAuthorGivesYearVenuePlaceAndAwardsNewestFirst() {
        List<Map<String, String>> rows = run("papers-by-author", Map.of("author", "David Duvenaud"));

        assertEquals(List.of(
                Map.of("title", OOPS, "year", "2021", "venue", "ICML", "ordinal", "4",
                        "awards", "Outstanding Paper Honorable Mention"),
                Map.of("title", FFJORD, "year", "2019", "venue", "ICLR", "ordinal", "5",
                        "awards", "Best Student Paper")), rows);
    }

    @Test
    void awardsByVenueAndYear() {
        List<Map<String, String>> icml = run("awards-by-venue-year", Map.of("venue", "icml", "year", "2021"));
        List<Map<String, String>> aabi = run("awards-by-venue-year", Map.of("venue", "AABI", "year", "2018"));

        assertEquals(List.of(PES, OOPS, DECENTRALIZED, PDES, SSL), Golden.column(icml, "title"));
        assertEquals(List.of(Map.of("year", "2018", "venueName", "AABI", "award", "Best Student Paper",
                "title", FFJORD, "authors", FFJORD_AUTHORS, "nominee", "false")), aabi);
    }

    @Test
    void awardsByVenueYearUsesTheAwardYearNotThePapersYear() {
        assertEquals(List.of(), run("awards-by-venue-year", Map.of("venue", "AABI", "year", "2019")));
        assertEquals(List.of(), run("awards-by-venue-year", Map.of("venue", "AISTATS", "year", "2012")));
    }

    @Test
    void awardsByVenueYearTakesEitherParameterOrNone() {
        List<Map<String, String>> in2022 = run("awards-by-venue-year", Map.of("year", "2022"));
        List<Map<String, String>> icml = run("awards-by-venue-year", Map.of("venue", "ICML"));
        List<Map<String, String>> all = run("awards-by-venue-year", Map.of());

        assertEquals(List.of("Test of Time Award", "Best Paper Award"), Golden.column(in2022, "award"));
        assertEquals(List.of("false", "true"), Golden.column(in2022, "nominee"));
        assertEquals("Charita Dellaporta; Jeremias Knoblauch; Theodoros Damoulas; Francois-Xavier Briol",
                in2022.get(1).get("authors"));
        assertEquals(5, icml.size());
        assertEquals(List.of("2022", "2022", "2021", "2021", "2021", "2021", "2021", "2018"),
                Golden.column(all, "year"));
    }

    @Test
    void authorshipOrderShowsEqualContributionAndThePersonBehindEachName() {
        List<Map<String, String>> rows = run("authorship-order", Map.of("title", FFJORD.toLowerCase()));

        assertEquals(List.of(
                Map.of("ordinal", "1", "printedName", "Will Grathwohl", "personName", "Will Grathwohl",
                        "equalContribution", "true", "group", "1"),
                Map.of("ordinal", "2", "printedName", "Ricky T. Q. Chen", "personName", "Ricky T. Q. Chen",
                        "equalContribution", "true", "group", "1"),
                Map.of("ordinal", "3", "printedName", "Jesse Bettencourt", "personName", "Jesse Bettencourt",
                        "equalContribution", "false"),
                Map.of("ordinal", "4", "printedName", "Ilya Sutskever", "personName", "Ilya Sutskever",
                        "equalContribution", "false"),
                Map.of("ordinal", "5", "printedName", "David Duvenaud", "personName", "David Duvenaud",
                        "equalContribution", "false")), rows);
    }

    @Test
    void awardsByAuthorCoversEveryPaperOfTheAuthor() {
        List<Map<String, String>> rows = run("awards-by-author", Map.of("author", "David Duvenaud"));

        assertEquals(List.of(
                Map.of("year", "2021", "award", "Outstanding Paper Honorable Mention", "venue", "ICML",
                        "title", OOPS, "nominee", "false"),
                Map.of("year", "2018", "award", "Best Student Paper", "venue", "AABI",
                        "title", FFJORD, "nominee", "false")), rows);
    }

    @Test
    void awardsByAuthorIncludesAwardsGivenToThePersonAndFlagsNominations() {
        Golden.addTrig(dataset, """
                BASE <https://w3id.org/scholargraph/id/>
                PREFIX sg: <https://w3id.org/scholargraph/ontology#>
                <urn:test:person-award> {
                  <receipt/sloan-research-fellowship/jeremias-knoblauch/2023> a sg:AwardReceipt ;
                      sg:awardedTo <person/jeremias-knoblauch> ;
                      sg:awardYear 2023 ; sg:displayedLabel "Research Fellowship" ;
                      sg:conferrerName "Example Foundation" ; sg:source <urn:test:person-award> .
                }
                """);

        List<Map<String, String>> rows = run("awards-by-author", Map.of("author", "Jeremias Knoblauch"));

        assertEquals(List.of(
                Map.of("year", "2023", "award", "Research Fellowship", "venue", "Example Foundation",
                        "nominee", "false"),
                Map.of("year", "2022", "award", "Best Paper Award", "venue", "AISTATS",
                        "title", "Robust Bayesian Inference for Simulator-based Models via the MMD Posterior Bootstrap",
                        "nominee", "true")), rows);
    }

    @Test
    void findPapersMatchesTitleWordsInAnyCase() {
        List<Map<String, String>> rows = run("find-papers", Map.of("text", "GRADIENT"));

        assertEquals(List.of(OOPS, PES), Golden.column(rows, "title"));
        assertEquals(OOPS_AUTHORS, rows.get(0).get("authors"));
        assertTrue(run("find-papers", Map.of("text", "no such words in any title")).isEmpty());
    }
}
