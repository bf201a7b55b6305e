package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Author lists at the start of a reference, in the forms reference styles print them. */
class CitationAuthorsTest {
    private static CitationAuthors.Result read(String tex) {
        return CitationAuthors.read(TexInline.render(TexParser.parse(tex).nodes()), 0);
    }

    private static List<String> names(String tex) {
        return read(tex).names().stream().map(PrintedName::name).toList();
    }

    @Test
    void surnameFirstWithCommaAndBeforeTheLastAndParticles() {
        assertEquals(List.of("J. Doe", "M. de la Cruz", "H. van Hasselt", "K.-L. Ng"),
                names("Doe, J., de la Cruz, M., van Hasselt, H., and Ng, K.-L. (2020). A Title."));
    }

    @Test
    void givenNamesFirstAndInitialsFirstEndAtTheTitle() {
        assertEquals(List.of("Jane Doe", "J. Smith", "Kai Li"), names("Jane Doe, J.~Smith and Kai Li. Learning Deep Things. In ICML, 2020."));
        CitationAuthors.Result r = read("Jane Doe and Kai Li. Deep Learning Works. NeurIPS 2019.");
        assertEquals(List.of("Jane Doe", "Kai Li"), r.names().stream().map(PrintedName::name).toList());
        assertEquals("Jane Doe and Kai Li".length(), r.end());
    }

    @Test
    void marksAndEmphasisAreKeptPerName() {
        CitationAuthors.Result r = read("Roe, R.$^\\dagger$, \\underline{Doe, J.}$^*$, Poe, P.$^*$ (2021).");
        assertEquals(List.of("†", "*", "*"), r.names().stream().map(PrintedName::marks).toList());
        assertEquals(List.of(false, true, false), r.names().stream().map(PrintedName::bold).toList());
        assertEquals("Doe, J.*", r.names().get(1).printed());
    }

    @Test
    void elisionIsNotedAndATitleIsNeverAnAuthor() {
        assertTrue(read("Doe, J., et al. (2020). Title.").elided());
        assertFalse(read("Doe, J., Roe, R. (2020). Title.").elided());
        assertTrue(read("Deep Residual Learning for Image Recognition. 2016.").names().isEmpty());
        assertTrue(read("Top 10 % reviewer for NeurIPS").names().isEmpty());
    }
}
