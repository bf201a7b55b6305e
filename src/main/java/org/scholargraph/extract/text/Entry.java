package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/** One publication entry gathered from its lines, before it becomes a paper. */
final class Entry {
    final Line title;
    /** The title when the title line holds more than the title (a whole reference), else null. */
    String titleText;
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

    /** An entry that is one whole reference line. */
    static Entry of(PublicationLine citation) {
        Entry e = new Entry(citation.line(), citation);
        e.titleText = citation.citation().title();
        e.notes.addAll(citation.citation().notes());
        if (citation.venue() != null) {
            e.venue = citation;
        }
        return e;
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
