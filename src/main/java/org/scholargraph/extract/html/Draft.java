package org.scholargraph.extract.html;

import java.util.List;
import java.util.Optional;

/**
 * An award row before it is placed under an award.
 *
 * @param title the title, cleaned of quotes and trailing punctuation
 * @param authors the author line as printed
 * @param titleLine the line holding the title
 * @param anchor the link on the title, if any
 * @param lines the lines the row was read from, in page order
 * @param extra how many lines after the one being read the row used (the caller skips them)
 */
record Draft(String title, String authors, Line titleLine, Optional<Line.Anchor> anchor, List<Line> lines, int extra) {
    Draft {
        lines = List.copyOf(lines);
    }

    /** A row read from {@code lines}, the first of which is the line being read. */
    static Draft of(String title, String authors, Line titleLine, Optional<Line.Anchor> anchor, List<Line> lines) {
        return new Draft(Titles.clean(title), authors, titleLine, anchor, lines, lines.size() - 1);
    }
}
