package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a document's lines at the headings {@link Heading} recognises. */
final class Sections {
    private Sections() {
    }

    static List<Section> split(List<Line> lines) {
        List<Section> out = new ArrayList<>();
        SectionKind kind = SectionKind.PROFILE;
        Line heading = null;
        List<Line> body = new ArrayList<>();
        for (Line line : lines) {
            Optional<SectionKind> k = Heading.kindOf(line);
            if (k.isPresent()) {
                if (heading != null || !body.isEmpty()) {
                    out.add(new Section(kind, heading, body));
                }
                kind = k.get();
                heading = line;
                body = new ArrayList<>();
            } else {
                body.add(line);
            }
        }
        if (heading != null || !body.isEmpty()) {
            out.add(new Section(kind, heading, body));
        }
        return out;
    }
}
