package org.scholargraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.Author;

class AuthorListTest {
    @Test
    void splitsTheUsualSeparators() {
        assertEquals(List.of("Frederik Kunstner", "Raunak Kumar", "Mark Schmidt"),
                AuthorList.names("Frederik Kunstner, Raunak Kumar, and Mark Schmidt"));
        assertEquals(List.of("Paul Vicol", "Luke Metz", "Jascha Sohl-Dickstein"),
                AuthorList.names("Paul Vicol · Luke Metz · Jascha Sohl-Dickstein"));
        assertEquals(List.of("Diederik Kingma", "Max Welling"), AuthorList.names("Diederik Kingma & Max Welling"));
        assertEquals(List.of("Fan Bao", "Chongxuan Li"), AuthorList.names("By Fan Bao; Chongxuan Li"));
    }

    @Test
    void joinsNamesBrokenAcrossLinesAndDropsAffiliationsAndNotes() {
        assertEquals(List.of("Bo Dai", "Niao He", "Hanjun Dai", "Le Song"), AuthorList.names("Bo Dai, Niao\n He, Hanjun Dai, Le Song"));
        assertEquals(List.of("J. Zico Kolter", "Tommi S. Jaakkola"),
                AuthorList.names("J. Zico Kolter (Carnegie Mellon University) and \nTommi S. Jaakkola (MIT)"));
        assertEquals(List.of("Ilya Sutskever", "Oriol Vinyals", "Quoc V. Le"),
                AuthorList.names("Authors: Ilya Sutskever, Oriol Vinyals, Quoc V. Le (original paper)"));
    }

    @Test
    void keepsParticlesAccentsAndApostrophes() {
        assertEquals(List.of("Christopher De Sa", "Laurens van der Maaten", "Nikolas Nüsken", "Matthew O'Toole"),
                AuthorList.names("Christopher De Sa, Laurens van der Maaten, Nikolas Nüsken, Matthew O'Toole"));
    }

    @Test
    void titlesSentencesAndAffiliationsAreNotNameLists() {
        assertFalse(AuthorList.isNameList("Optimal Complexity in Decentralized Training"));
        assertFalse(AuthorList.isNameList("Outstanding Paper Honorable Mention"));
        assertFalse(AuthorList.isNameList("Miguel-Ángel Fernández-Torres, Universitat de València"));
        assertFalse(AuthorList.isNameList("Wed 21 Jul 04:00 AM UTC"));
        assertFalse(AuthorList.isNameList("The award ceremony is on Tuesday"));
        assertTrue(AuthorList.isNameList("Will Grathwohl"));
    }

    @Test
    void authorsKeepThePrintedFormAndEqualContributionMarks() {
        List<Author> authors = AuthorList.authors("Will Grathwohl*, Ricky T. Q. Chen*, Jesse Bettencourt");
        assertEquals("Will Grathwohl", authors.get(0).name());
        assertEquals("Will Grathwohl*", authors.get(0).printed());
        assertTrue(authors.get(1).equalContribution());
        assertFalse(authors.get(2).equalContribution());
    }
}
