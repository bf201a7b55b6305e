/**
 * Extractors: one per source kind, each reading a {@link org.scholargraph.source.Document} in its
 * format (jsoup for HTML, tomlj/snakeyaml-engine for front matter, plain text) and emitting
 * {@link org.scholargraph.model.Record}s and located {@link org.scholargraph.model.Problem}s into an
 * {@link org.scholargraph.extract.ExtractionSink}. Extractors never touch the store and never import Jena.
 */
package org.scholargraph.extract;
