/**
 * Extractors for HTML pages and their Markdown/Jekyll sources, read with jsoup (Markdown rendered
 * first with commonmark): award pages from conference sites, blogs and virtual sites. A page is
 * read as a sequence of lines (headings, cells, list items, paragraphs split at {@code <br>}),
 * award labels open scopes, and repeated title + author entries, "Title (Authors)" items and
 * "to A, B and C for their paper Title" sentences become papers with their awards. Depends on
 * jsoup, commonmark, tomlj, snakeyaml-engine and the model; never on Jena or the store.
 */
package org.scholargraph.extract.html;
