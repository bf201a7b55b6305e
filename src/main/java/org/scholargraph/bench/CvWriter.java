package org.scholargraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A CV as plain text, as the Grathwohl sample prints it: Education, then Publications with a
 * title line, a "VENUE YEAR" line and an author line in capitals.
 */
final class CvWriter {
    static final String KIND = "cv-text";

    Page write(SyntheticPerson owner, List<SyntheticPaper> papers, PeoplePool people) {
        StringBuilder text = new StringBuilder();
        text.append(owner.name()).append("\n\nEducation\n\nUniversity of Toronto Toronto, ON\n\n")
                .append("September 2014 - June 2019\n\nPhD in Computer Science\n\nPublications\n\n");
        List<ExpectedPaper> expected = new ArrayList<>();
        for (SyntheticPaper paper : papers) {
            List<String> names = new ArrayList<>();
            for (int a : paper.authors()) {
                names.add(NameVariant.UPPER.print(people.get(a)));
            }
            text.append(paper.title()).append("\n\n").append(paper.venue().shortName()).append(' ')
                    .append(paper.year()).append("\n\n").append(String.join(", ", names)).append("\n\n");
            expected.add(new ExpectedPaper(paper.title(), names));
        }
        return new Page(text.toString(), expected);
    }
}
