package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution decisions on small hand-made mention sets: what merges, on what evidence, and what stays apart. */
class ResolverTest {
    private static final String BASE = "https://example.org/id/";

    private final List<PersonMention> people = new ArrayList<>();
    private final List<PaperStatement> papers = new ArrayList<>();

    /** One source stating a paper with its authors (each a mention of that source). */
    private void paper(String source, String title, String doi, String... authors) {
        List<String> nodes = new ArrayList<>();
        for (String a : authors) {
            String node = BASE + "person/" + a.replace(' ', '-') + "~" + source;
            if (people.stream().noneMatch(p -> p.node().equals(node))) {
                people.add(new PersonMention(node, source, a, List.of(a), null, false));
            }
            nodes.add(node);
        }
        papers.add(new PaperStatement(BASE + "paper/" + title.replace(' ', '-'), source, title, 2021, null, null, doi, null, null,
                null, nodes));
    }

    private Resolution resolve() {
        return new Resolver(BASE).resolve(new Mentions(people, papers, List.of(), List.of()));
    }

    private static String person(Resolution r, String source, String name) {
        return r.personOf().get(BASE + "person/" + name.replace(' ', '-') + "~" + source);
    }

    @Test
    void aSharedPaperMergesTwoSpellingsAndTheDecisionSaysWhy() {
        paper("cv", "Oops I Took A Gradient", null, "WILL GRATHWOHL", "KEVIN SWERSKEY");
        paper("icml", "Oops I Took A Gradient", null, "Will Grathwohl", "Kevin Swersky");
        Resolution r = resolve();

        assertEquals(person(r, "cv", "KEVIN SWERSKEY"), person(r, "icml", "Kevin Swersky"));
        assertEquals(BASE + "person/kevin-swersky", person(r, "icml", "Kevin Swersky"));
        Decision d = r.decisions().stream().filter(x -> x.evidence().contains("SWERSKEY")).findFirst().orElseThrow();
        assertEquals("name-variant+shared-paper", d.rule());
        assertTrue(d.evidence().contains("both are authors of 'Oops I Took A Gradient'"), d.evidence());
        assertEquals(List.of("cv", "icml"), d.sources());
    }

    @Test
    void sameNameMergesOnASharedPaperAreCountedNotKept() {
        paper("a", "Oops I Took A Gradient", null, "Will Grathwohl", "Kevin Swersky");
        paper("b", "Oops I Took A Gradient", null, "Will Grathwohl", "Kevin Swersky");
        paper("c", "Oops I Took A Gradient", null, "Will Grathwohl", "Kevin Swersky");
        Resolution r = resolve();

        assertEquals(person(r, "a", "Will Grathwohl"), person(r, "c", "Will Grathwohl"));
        assertEquals(person(r, "b", "Kevin Swersky"), person(r, "c", "Kevin Swersky"));
        // Two merges for each name's three mentions; the graph shows them, so no decision is kept.
        assertEquals(4, r.sameNameSharedPaper());
        assertTrue(r.decisions().stream().noneMatch(d -> d.verdict() == Decision.Verdict.MERGED), r.decisions().toString());
    }

    @Test
    void homonymsWithNothingInCommonStayApartAndKeepTwoIris() {
        paper("a", "Graph Neural Networks for Proteins", null, "Wei Wang", "Ann Lee");
        paper("b", "Stellar Spectra at Scale", null, "Wei Wang", "Bob Stone");
        Resolution r = resolve();

        String first = person(r, "a", "Wei Wang");
        String second = person(r, "b", "Wei Wang");
        assertNotEquals(first, second);
        assertTrue(first.startsWith(BASE + "person/wei-wang") && second.startsWith(BASE + "person/wei-wang"));
        assertTrue(r.decisions().stream().anyMatch(d -> d.verdict() == Decision.Verdict.KEPT_APART
                && d.rule().equals("same-name+no-second-signal")));
    }

    @Test
    void aSharedCoauthorMergesTheSameNameButASpellingVariantNeedsTwo() {
        paper("a", "Paper One", null, "Wei Wang", "Ann Lee");
        paper("b", "Paper Two", null, "Wei Wang", "Ann Lee");
        paper("a", "Paper Three", null, "Chris J. Maddison", "Ann Lee");
        paper("b", "Paper Four", null, "Chris Maddison", "Ann Lee");
        Resolution r = resolve();

        assertEquals(person(r, "a", "Wei Wang"), person(r, "b", "Wei Wang"));
        assertNotEquals(person(r, "a", "Chris J. Maddison"), person(r, "b", "Chris Maddison"));
    }

    @Test
    void kuanChiehWangAndJacksonWangStayApartEvenOnOnePaper() {
        paper("a", "Adversarial Distillation", null, "Kuan-Chieh Wang", "Paul Vicol");
        paper("b", "Adversarial Distillation", null, "Jackson Wang", "Paul Vicol");
        Resolution r = resolve();
        assertNotEquals(person(r, "a", "Kuan-Chieh Wang"), person(r, "b", "Jackson Wang"));
    }

    @Test
    void twoPeopleOneSourceListsOnOnePaperAreNeverMerged() {
        paper("a", "Twins", null, "J. Smith", "John Smith");
        paper("b", "Twins", null, "John Smith");
        Resolution r = resolve();
        assertNotEquals(person(r, "a", "J. Smith"), person(r, "a", "John Smith"));
    }

    @Test
    void twoNamesakesOnePaperListsAreKeptApartWithThatReasonStored() {
        // Source a lists two people named Wei Wang on one paper (two nodes); source b lists one.
        paper("a", "Twins", null, "Wei Wang");
        paper("b", "Twins", null, "Wei Wang");
        people.add(new PersonMention(BASE + "person/Wei-Wang-2~a", "a", "Wei Wang", List.of("Wei Wang"), null, false));
        papers.set(0, new PaperStatement(BASE + "paper/Twins", "a", "Twins", null, null, null, null, null, null, null,
                List.of(BASE + "person/Wei-Wang~a", BASE + "person/Wei-Wang-2~a")));
        Resolution r = resolve();

        Decision listed = r.decisions().stream().filter(d -> d.rule().equals("same-name+listed-together")).findFirst().orElseThrow();
        assertTrue(listed.evidence().endsWith("one source lists both as authors of one paper"), listed.evidence());
        // Written to the graph: two people sharing a spelling show that they are apart, not why.
        assertFalse(ResolutionWriter.readOffTheGraph(listed, r.personOf(), java.util.Map.of()));
    }

    @Test
    void papersMergeOnADoiOrATypoWithSharedAuthorsButNotOnATitleAlone() {
        String typo = "Your Classifier is Secretly and Energy-Based Model";
        String right = "Your Classifier is Secretly an Energy-Based Model";
        paper("cv", typo, null, "Will Grathwohl", "Kevin Swersky");
        paper("page", right, null, "Will Grathwohl", "Kevin Swersky");
        paper("x", "Deep Sets", "10.5555/1", "Manzil Zaheer");
        paper("y", "Deep sets.", "10.5555/1", "M. Zaheer");
        paper("z", "Your Classifier is Secretly an Energy-Based Modle", null, "Someone Else");
        Resolution r = resolve();

        assertEquals(r.paperOf().get(BASE + "paper/" + typo.replace(' ', '-')), r.paperOf().get(BASE + "paper/" + right.replace(' ', '-')));
        assertEquals(r.paperOf().get(BASE + "paper/Deep-Sets"), r.paperOf().get(BASE + "paper/Deep-sets."));
        assertNotEquals(r.paperOf().get(BASE + "paper/" + right.replace(' ', '-')),
                r.paperOf().get(BASE + "paper/Your-Classifier-is-Secretly-an-Energy-Based-Modle"));
        assertTrue(r.decisions().stream().anyMatch(d -> d.rule().equals("near-identical-title+shared-authors")));
        assertTrue(r.decisions().stream().anyMatch(d -> d.rule().equals("same-doi")));
    }

    @Test
    void withoutTheSourceThatSupportedAMergeThePeopleFallApart() {
        paper("cv", "Oops I Took A Gradient", null, "KEVIN SWERSKEY", "Will Grathwohl");
        paper("icml", "Oops I Took A Gradient", null, "Kevin Swersky", "Will Grathwohl");
        paper("site", "Another Paper", null, "Kevin Swersky", "Will Grathwohl");
        assertEquals(person(resolve(), "cv", "KEVIN SWERSKEY"), person(resolve(), "site", "Kevin Swersky"));

        papers.removeIf(p -> p.source().equals("icml"));
        people.removeIf(p -> p.source().equals("icml"));
        Resolution r = resolve();
        assertNotEquals(person(r, "cv", "KEVIN SWERSKEY"), person(r, "site", "Kevin Swersky"));
    }

    @Test
    void theSameMentionsGiveTheSameResolution() {
        paper("a", "Paper One", null, "Wei Wang", "Ann Lee");
        paper("b", "Paper One", null, "Wei Wang", "Ann Lee");
        assertEquals(resolve().personOf(), resolve().personOf());
        assertEquals(resolve().decisions(), resolve().decisions());
    }
}
