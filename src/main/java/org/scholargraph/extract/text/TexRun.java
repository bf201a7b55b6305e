package org.scholargraph.extract.text;

import java.util.List;
import java.util.Optional;

/**
 * LaTeX rendered as one run of text: single spaces, {@code \n} where the source broke the line,
 * and marks over the ranges the source set in bold, italics or underline, put in a bare brace
 * group, or linked. What the marks mean (the owner's name, a title, a venue) is for the readers
 * to say.
 */
record TexRun(String text, List<Mark> marks, int line) {
    enum Style { BOLD, ITALIC, UNDERLINE, GROUP, LINK }

    /** A styled range {@code [start, end)}; {@code url} is the target of a LINK, null otherwise. */
    record Mark(Style style, int start, int end, String url) {
    }

    TexRun {
        marks = List.copyOf(marks);
    }

    /** Whether any mark of the given styles overlaps {@code [start, end)}. */
    boolean styled(int start, int end, List<Style> styles) {
        return marks.stream().anyMatch(m -> styles.contains(m.style()) && m.start() < end && m.end() > start);
    }

    /** The first mark of the given styles that starts at or after {@code from}. */
    Optional<Mark> firstFrom(int from, List<Style> styles) {
        return marks.stream().filter(m -> styles.contains(m.style()) && m.start() >= from && m.end() > m.start())
                .min((a, b) -> Integer.compare(a.start(), b.start()));
    }

    List<Mark> links() {
        return marks.stream().filter(m -> m.style() == Style.LINK).toList();
    }

    /** The run from {@code start} to {@code end}, with the marks inside it moved along. */
    TexRun part(int start, int end) {
        int from = Math.max(0, start);
        int to = Math.min(text.length(), end);
        List<Mark> inside = marks.stream().filter(m -> m.start() < to && m.end() > from)
                .map(m -> new Mark(m.style(), Math.max(m.start(), from) - from, Math.min(m.end(), to) - from, m.url()))
                .toList();
        return new TexRun(text.substring(from, to), inside, line);
    }

    String slice(int start, int end) {
        return text.substring(Math.max(0, start), Math.min(text.length(), end));
    }

    String slice(Mark m) {
        return slice(m.start(), m.end());
    }
}
