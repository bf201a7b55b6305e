/**
 * The ingest pipeline: sources → documents → extractor (detected or forced) → records → RDF →
 * store, one named graph per source, many sources per write transaction, every outcome reported
 * per source. Wires the other packages together; holds no format or storage knowledge itself.
 */
package org.scholargraph.ingest;
