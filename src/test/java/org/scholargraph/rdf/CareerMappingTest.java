package org.scholargraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.Education;
import org.scholargraph.model.Employment;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Person;
import org.scholargraph.model.Record;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;
import org.scholargraph.model.VenueRef;

/** Person-side records: education, employment, talks and service. */
class CareerMappingTest {
    private static final String ID = SG.DEFAULT_BASE;
    /** The CV source's scope: its people (and what hangs on them) are its own until resolution. */
    private static final String CV = "~" + org.scholargraph.rdf.Keys.longHash(GoldenRecords.CV_SOURCE);

    private static final Node WILL = uri("person/will-grathwohl" + CV);
    private static final Node PHD = uri("education/will-grathwohl" + CV + "/university-of-toronto/phd-in-computer-science");
    private static final Node MSC = uri("education/will-grathwohl" + CV + "/university-of-toronto/m-s-in-computer-science");

    @Test
    void careerTalkAndServiceMapToTheGoldenGraph() {
        GraphChecks.assertIsomorphic(RDFDataMgr.loadGraph("src/test/resources/rdf/cv-career.ttl"), map(career()));
    }

    @Test
    void theCareerGraphConformsAloneAndWithEveryOtherGoldenRecord() {
        GraphChecks.assertConforms(map(career()));
        List<Record> all = new ArrayList<>(career());
        all.add(GoldenRecords.cvOwner());
        all.addAll(GoldenRecords.personAwards());
        all.add(GoldenRecords.hugoPaper());
        all.add(GoldenRecords.icmlOutstandingPaper());
        Graph g = map(all);
        GraphChecks.assertConforms(g);
        assertEquals(List.of(), GraphChecks.invalidIris(g));
    }

    @Test
    void mappingTwiceSendsIdenticalTriplesInTheSameOrder() {
        List<Triple> first = sent(career());
        assertFalse(first.isEmpty());
        assertEquals(first, sent(career()));
    }

    @Test
    void bothDegreesShareTheTwoAdvisorsWhoAreOnePersonEach() {
        Graph g = map(career());
        Set<Node> advisors = Set.of(uri("person/richard-zemel" + CV), uri("person/david-duvenaud" + CV));
        assertEquals(advisors, g.find(PHD, SG.advisor, Node.ANY).mapWith(Triple::getObject).toSet());
        assertEquals(advisors, g.find(MSC, SG.advisor, Node.ANY).mapWith(Triple::getObject).toSet());
        assertEquals(1, g.find(uri("person/david-duvenaud" + CV), Node.ANY, Node.ANY)
                .filterKeep(t -> t.getObject().isLiteral()).toList().size(), "one foaf:name");
    }

    @Test
    void anAdvisorIsTheSameNodeAsTheAuthorOfTheirPapers() {
        Graph g = map(List.of(GoldenRecords.cvOwnerWithCareer(), GoldenRecords.hugoPaper()));
        Node duvenaud = uri("person/david-duvenaud" + CV);
        assertTrue(g.contains(PHD, SG.advisor, duvenaud));
        assertTrue(g.contains(Node.ANY, SG.author, duvenaud));
    }

    @Test
    void anOngoingDegreeHasAStartButNoEndYear() {
        Graph g = map(career());
        assertTrue(g.contains(PHD, SG.startYear, integer(2018)));
        assertFalse(g.contains(PHD, SG.endYear, Node.ANY));
        assertTrue(g.contains(MSC, SG.endYear, integer(2018)));
    }

    @Test
    void serviceWithoutAYearLinksTheSeriesAndNipsMeetsNeurips() {
        Graph g = map(List.of(
                new Service("Will Grathwohl", "Action Editor", new VenueRef("JMLR", null, null), null, Origin.of("x")),
                new Service("Will Grathwohl", "Program Committee", new VenueRef("NIPS 2017", null, null), null,
                        Origin.of("x")),
                new Service("Will Grathwohl", "Organizer", null, null, Origin.of("x"))));
        assertTrue(g.contains(uri("service/will-grathwohl" + CV + "/action-editor/jmlr"), SG.servedAt, uri("venue/jmlr")));
        assertTrue(g.contains(uri("service/will-grathwohl" + CV + "/program-committee/neurips-2017"), SG.servedAt,
                uri("edition/neurips-2017")));
        Node organizer = uri("service/will-grathwohl" + CV + "/organizer");
        assertTrue(g.contains(organizer, SG.servedBy, WILL));
        assertFalse(g.contains(organizer, SG.servedAt, Node.ANY));
        assertFalse(g.contains(Node.ANY, SG.distinction, Node.ANY), "no distinction was given");
        GraphChecks.assertConforms(g);
    }

    @Test
    void anUndatedTalkIsKeyedWithoutYear() {
        Graph g = map(List.of(new Talk("Will Grathwohl", "Backpropagation through the Void", "Blei Lab", null, null,
                Origin.of("x"))));
        Node talk = uri("talk/will-grathwohl" + CV + "/backpropagation-through-the-void/blei-lab");
        assertTrue(g.contains(talk, SG.speaker, WILL));
        assertFalse(g.contains(talk, SG.year, Node.ANY));
        GraphChecks.assertConforms(g);
    }

    @Test
    void positionsWithoutRoleOrDegreeAreKeyedOnTheInstitutionAlone() {
        Person p = new Person("Will Grathwohl", null, null, null, List.of(),
                List.of(new Education(null, "MIT", List.of(), null, null, null)),
                List.of(new Employment(null, "Lawrence Livermore National Labs", null, null, null)), Origin.of("x"));
        Graph g = map(List.of(p));
        assertTrue(g.contains(WILL, SG.education, uri("education/will-grathwohl" + CV + "/mit")));
        assertTrue(g.contains(WILL, SG.employment, uri("employment/will-grathwohl" + CV + "/lawrence-livermore-national-labs")));
        GraphChecks.assertConforms(g);
    }

    @Test
    void aStartAfterTheEndIsReportedOnTheStartYear() {
        Graph g = map(career());
        g.remove(MSC, SG.startYear, Node.ANY);
        g.add(MSC, SG.startYear, integer(2019));
        ReportEntry e = onlyViolation(g);
        assertEquals(MSC, e.focusNode());
        assertEquals(new P_Link(SG.startYear), e.resultPath());
    }

    @Test
    void anEducationNoPersonListsIsReported() {
        Graph g = map(career());
        g.remove(WILL, SG.education, PHD);
        assertEquals(PHD, onlyViolation(g).focusNode());
    }

    @Test
    void aServiceAtAPersonIsReported() {
        Graph g = map(career());
        Node service = uri("service/will-grathwohl" + CV + "/reviewer/icml-2020");
        g.remove(service, SG.servedAt, Node.ANY);
        g.add(service, SG.servedAt, WILL);
        ReportEntry e = onlyViolation(g);
        assertEquals(service, e.focusNode());
        assertEquals(new P_Link(SG.servedAt), e.resultPath());
    }

    @Test
    void aTalkWithoutSpeakerIsReported() {
        Graph g = map(career());
        Node talk = g.find(Node.ANY, SG.speaker, WILL).next().getSubject();
        g.remove(talk, SG.speaker, Node.ANY);
        ReportEntry e = onlyViolation(g);
        assertEquals(talk, e.focusNode());
        assertEquals(new P_Link(SG.speaker), e.resultPath());
    }

    private static ReportEntry onlyViolation(Graph g) {
        ValidationReport report = GraphChecks.validate(g);
        assertFalse(report.conforms(), "the broken graph should not conform");
        List<ReportEntry> entries = List.copyOf(report.getEntries());
        assertEquals(1, entries.size(), GraphChecks.describe(entries));
        return entries.get(0);
    }

    private static List<Record> career() {
        return List.of(GoldenRecords.cvOwnerWithCareer(), GoldenRecords.cvTalk(), GoldenRecords.cvService());
    }

    private static Graph map(List<? extends Record> records) {
        Graph g = GraphFactory.createDefaultGraph();
        new RecordMapper(MappingContext.forSource(GoldenRecords.CV_SOURCE)).mapAll(records, StreamRDFLib.graph(g));
        return g;
    }

    private static List<Triple> sent(List<? extends Record> records) {
        List<Triple> out = new ArrayList<>();
        new RecordMapper(MappingContext.forSource(GoldenRecords.CV_SOURCE)).mapAll(records, new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                out.add(triple);
            }
        });
        return out;
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(ID + local);
    }
}
