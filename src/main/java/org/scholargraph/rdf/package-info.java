/**
 * RDF: the scholargraph vocabulary ({@link org.scholargraph.rdf.SG}), deterministic IRIs from
 * normalised keys, and the mapper that turns model records into triples pushed into a Jena
 * {@code StreamRDF}. Never imports jsoup or any extractor; never opens the store.
 */
package org.scholargraph.rdf;
