package org.scholargraph.extract.text;

import java.util.List;
import java.util.Locale;

/** The lines under one heading; {@code heading} is null for the part before the first heading. */
record Section(SectionKind kind, Line heading, List<Line> lines) {
    Section {
        lines = List.copyOf(lines);
    }

    /** The heading's words in lower case, empty for the headless part. */
    String title() {
        return heading == null ? "" : heading.plain().toLowerCase(Locale.ROOT);
    }
}
