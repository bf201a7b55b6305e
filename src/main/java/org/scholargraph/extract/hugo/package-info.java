/**
 * Reads Hugo "Academic"/Wowchemy publication pages ({@code content/publication/<slug>/index.md}):
 * splits the page's front matter, parses it with tomlj (TOML, {@code +++}) or snakeyaml-engine
 * (YAML, {@code ---}), and turns the keys every generation of the theme has used into a
 * {@link org.scholargraph.model.Paper} with ordered, cleaned authors, a canonical venue, typed links,
 * presentations and awards. Depends on the model, the extractor contract, tomlj, snakeyaml-engine
 * and jsoup (for HTML in author names); never on Jena or the store.
 */
package org.scholargraph.extract.hugo;
