/**
 * The store: Jena TDB2 on disk (or in memory for tests), one named graph per source document,
 * replaced whole inside one write transaction, the union of all graphs as the default graph, and
 * per-source metadata (PROV-O) in a graph of its own. Knows RDF and TDB2, nothing of extractors.
 */
package org.scholargraph.store;
