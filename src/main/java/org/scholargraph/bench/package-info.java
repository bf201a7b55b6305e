/**
 * The benchmark: a seeded generator that writes a synthetic bibliography in scholargraph's input
 * formats (award pages, Hugo publication pages, homepages, CV text) with shared people, name
 * variants and papers repeated across sources; and a runner that ingests it, loads the same quads
 * with Jena's tdb2.tdbloader, times the named queries, and writes the figures as JSON and Markdown.
 * Depends on the ingest, store and query packages as a user would; nothing else depends on it.
 */
package org.scholargraph.bench;
