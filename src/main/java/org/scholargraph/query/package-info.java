/**
 * Querying the graph: the named SPARQL queries shipped in {@code queries/} (read by
 * {@link org.scholargraph.query.QueryCatalog} from the classpath and an optional user directory),
 * ad-hoc queries, parameters bound as RDF terms through Jena's substitution (never pasted into
 * query text), and {@link org.scholargraph.query.QueryRunner}, which runs a query in a read
 * transaction over the union default graph and writes the results as a table, CSV, TSV, SPARQL
 * JSON or XML (CONSTRUCT and DESCRIBE as Turtle). Depends on Jena only; never opens or writes the
 * store itself (the caller hands in the dataset), never imports jsoup or the extractors.
 */
package org.scholargraph.query;
