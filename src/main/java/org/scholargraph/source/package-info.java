/**
 * Where documents come from: files, folders walked recursively, and http(s) URLs, each read into
 * a {@link org.scholargraph.source.Document} (bytes, location, media type, content hash). URLs are
 * read through a {@link org.scholargraph.source.Fetcher} given from outside (the polite one is in
 * crawl). Knows nothing of extraction, RDF or the store.
 */
package org.scholargraph.source;
