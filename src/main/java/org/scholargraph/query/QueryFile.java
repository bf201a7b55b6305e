package org.scholargraph.query;

/**
 * The text of one query file and where it came from, before parsing.
 *
 * @param origin a path or URL for messages ("queries/coauthors.rq", "jar:file:…!/queries/…")
 */
record QueryFile(String origin, String text) {
}
