/**
 * Reads personal homepages and publication pages (hand-written HTML, Jon Barron's table template,
 * al-folio and Hugo Academic builds, unbuilt Jekyll sources) into papers, the site owner's profile,
 * awards, talks and service. Structured metadata comes first (JSON-LD, microdata, Highwire
 * {@code citation_*} tags, COinS, embedded BibTeX); then layout analysis finds the repeated
 * publication entries by their author lines naming the site owner, with general rules and no
 * per-site selectors. Depends on jsoup, Jackson and snakeyaml-engine only; never on Jena or the store.
 */
package org.scholargraph.extract.html.homepage;
