/**
 * Extractors for CVs written as text or Markdown (a PDF CV captured as text, a generated
 * Markdown/HTML CV) and for personal sites captured as text. Both read the document into numbered
 * {@link org.scholargraph.extract.text.Line}s, split them at section headings (Publications,
 * Awards, Education, Talks, Service … in any case) and read each section with general rules:
 * title / venue-year / author lines in either order, equal-contribution marks, upper-case names,
 * venues through {@link org.scholargraph.model.VenueCatalog}. Doubtful input becomes a located
 * warning, never an exception. CVs written in LaTeX are parsed by a small reader of their own
 * ({@link org.scholargraph.extract.text.TexParser}) into the same kinds of entries and read with the
 * same name, mark and venue rules. Uses jsoup only to render inline HTML; never imports Jena.
 */
package org.scholargraph.extract.text;
