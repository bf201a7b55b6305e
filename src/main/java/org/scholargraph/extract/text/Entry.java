package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/** One publication entry gathered from its lines, before it becomes a paper. */
final class Entry {
    final Line title;
    final PublicationLine authors;
    PublicationLine venue;
    final List<String> notes = new ArrayList<>();
    final List<Anchor> anchors = new ArrayList<>();
    String abstractText;
    boolean equalNote;
    Integer yearHeading;

    Entry(Line title, PublicationLine authors) {
        this.title = title;
        this.authors = authors;
        anchors.addAll(title.anchors());
        anchors.addAll(authors.line().anchors());
        if (authors.authors().note() != null) {
            notes.add(authors.authors().note());
        }
    }

    /** Takes what a line says about this entry; a second venue or abstract is not this entry's. */
    void take(PublicationLine line) {
        switch (line.role()) {
            case VENUE -> {
                if (venue == null) {
                    venue = line;
                    notes.addAll(line.venue().notes());
                    anchors.addAll(line.line().anchors());
                }
            }
            case NOTE -> notes.add(line.text());
            case ABSTRACT, PROSE -> {
                if (abstractText == null) {
                    abstractText = line.text();
                }
            }
            case EQUAL_NOTE -> equalNote = true;
            default -> {
            }
        }
    }
}
