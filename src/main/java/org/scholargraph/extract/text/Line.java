package org.scholargraph.extract.text;

import java.util.List;

/**
 * One line of a document as a reader sees it, with the source line it starts on. Bold is kept as
 * Markdown {@code **…**} (it marks the site owner in author lists); links are flattened to their
 * labels and kept aside as anchors.
 */
record Line(int number, String text, List<Anchor> anchors) {
    Line {
        anchors = List.copyOf(anchors);
    }

    static Line of(int number, String text) {
        return new Line(number, text, List.of());
    }

    /** The text without markup, bullets or escapes: what the words say. */
    String plain() {
        return Markup.plain(text);
    }

    String where() {
        return "line " + number;
    }
}
