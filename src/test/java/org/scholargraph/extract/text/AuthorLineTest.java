package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorLineTest {
    @Test
    void upperCaseNamesWithANoteOnTheSameLine() {
        AuthorLine line = AuthorLine.parse(
                "WILL GRATHWOHL, KEVIN SWERSKEY, CHRIS J. MADDISON Long Oral Presentation (Top 3% of submissions).").orElseThrow();
        assertEquals(List.of("Will Grathwohl", "Kevin Swerskey", "Chris J. Maddison"), names(line));
        assertEquals("CHRIS J. MADDISON", line.names().get(2).printed());
        assertEquals("Long Oral Presentation (Top 3% of submissions).", line.note());
    }

    @Test
    void marksBoldAndAndBeforeTheLastAuthor() {
        AuthorLine line = AuthorLine.parse("Anselm Paulus*, Chuan Guo, **Brandon Amos†**, and Yuandong Tian†").orElseThrow();
        assertEquals(List.of("Anselm Paulus", "Chuan Guo", "Brandon Amos", "Yuandong Tian"), names(line));
        assertEquals(List.of("*", "", "†", "†"), line.names().stream().map(PrintedName::marks).toList());
        assertEquals(List.of(false, false, true, false), line.names().stream().map(PrintedName::bold).toList());
        assertEquals("Brandon Amos†", line.names().get(2).printed());
        assertNull(line.note());
    }

    @Test
    void boldOwnerWithAStarInsideTheBold() {
        AuthorLine line = AuthorLine.parse("Jens Behrmann*, **Will Grathwohl***, Ricky T. Q. Chen").orElseThrow();
        assertEquals("Will Grathwohl*", line.names().get(1).printed());
        assertEquals("*", line.names().get(1).marks());
        assertTrue(line.names().get(1).bold());
    }

    @Test
    void elidedListsKeepTheNamesShown() {
        AuthorLine line = AuthorLine.parse("Aarohi Srivastava, ..., Paul Vicol, et al. (442 authors)").orElseThrow();
        assertEquals(List.of("Aarohi Srivastava", "Paul Vicol"), names(line));
        assertTrue(line.elided());
    }

    @Test
    void particlesInitialsWithoutDotsAndHyphens() {
        assertEquals(List.of("Nando de Freitas", "Leo J Lee", "Jörn-Henrik Jacobsen"),
                names(AuthorLine.parse("Nando de Freitas, Leo J Lee & Jörn-Henrik Jacobsen").orElseThrow()));
    }

    @Test
    void aSingleBoldNameIsTheOwnerAlone() {
        AuthorLine line = AuthorLine.parse("**Brandon Amos**").orElseThrow();
        assertEquals(List.of("Brandon Amos"), names(line));
        assertFalse(AuthorLine.parse("Brandon Amos").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lyapunov Exponents for Diversity in Differentiable Games", "Vienna, Austria",
            "Long Beach, California", "Hosts: Jeff Donahue and Karen Simonyan", "ICML 2022, AISTATS 2022, NeurIPS 2021",
            "Reversible Recurrent Neural Networks", "University of Toronto. Intriguing Properties of Bilevel Optimization.",
            "Invited talk at the first ICLR workshop on Energy-Based Models"})
    void linesThatAreNotAuthorLists(String text) {
        assertFalse(AuthorLine.parse(text).isPresent(), text);
    }

    private static List<String> names(AuthorLine line) {
        return line.names().stream().map(PrintedName::name).toList();
    }
}
