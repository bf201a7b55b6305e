package org.scholargraph.extract.text;

/** A link as a line showed it: its visible label and its target. */
record Anchor(String label, String url) {
}
