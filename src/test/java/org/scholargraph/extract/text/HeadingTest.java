package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingTest {
    @Test
    void sectionHeadingsInAnyCaseAndDecoration() {
        assertEquals(SectionKind.PUBLICATIONS, kind("Publications"));
        assertEquals(SectionKind.PUBLICATIONS, kind("SELECTED PUBLICATIONS"));
        assertEquals(SectionKind.AWARDS, kind("Fellowships & Awards."));
        assertEquals(SectionKind.AWARDS, kind("## Honors & Awards"));
        assertEquals(SectionKind.EXPERIENCE, kind("Professional Experience ____"));
        assertEquals(SectionKind.SERVICE, kind("Service ."));
        assertEquals(SectionKind.SERVICE, kind("Reviewing & Service"));
        assertEquals(SectionKind.SERVICE, kind("Professional Activities"));
        assertEquals(SectionKind.TALKS, kind("Invited Talks"));
        assertEquals(SectionKind.EDUCATION, kind("education"));
        assertEquals(SectionKind.PROFILE, kind("About Me"));
    }

    @Test
    void theFirstSectionWordDecides() {
        assertEquals(SectionKind.OTHER, kind("Teaching Experience"));
        assertEquals(SectionKind.OTHER, kind("Leadership & Outreach"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Learning to Talk", "ICML 2020 Awards", "Awards for Papers on Learning",
            "University of Toronto Toronto, ON", "2025", "I have publications in many venues"})
    void otherLinesAreNotHeadings(String text) {
        assertTrue(Heading.kindOf(Line.of(1, text)).isEmpty(), text);
    }

    private static SectionKind kind(String text) {
        return Heading.kindOf(Line.of(1, text)).orElseThrow(() -> new AssertionError("not a heading: " + text));
    }
}
