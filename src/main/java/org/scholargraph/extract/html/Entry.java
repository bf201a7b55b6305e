package org.scholargraph.extract.html;

import java.util.List;
import java.util.Optional;

/**
 * One award row found on a page: a paper's title and author line as printed, where they were,
 * and the award they fall under.
 *
 * @param title the title as displayed
 * @param authors the author line as displayed (split later)
 * @param titleLine the line holding the title
 * @param titleAnchor the link on the title, if any
 * @param lines every line the entry was read from (title, authors)
 * @param award the award label, nominee flag and section prose
 */
record Entry(String title, String authors, Line titleLine, Optional<Line.Anchor> titleAnchor, List<Line> lines,
        LabelScope.Resolved award) {
    Entry {
        lines = List.copyOf(lines);
    }

    /** The section's prose and the entry's own line: what dating a test-of-time paper may read. */
    String context() {
        return award.context() + " " + titleLine.text();
    }
}
