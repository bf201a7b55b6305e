/**
 * The records every extractor produces and the mapper consumes: papers, people, authorships,
 * award receipts, presentations and the located problems found on the way. Plain immutable
 * Java; depends on the JDK only (no Jena, no jsoup), so extractors can be tested without a store.
 */
package org.scholargraph.model;
