/**
 * Fetching sources from the web as a well-mannered bot, and the sources manifest. A
 * {@link org.scholargraph.crawl.PoliteFetcher} obeys robots.txt (RFC 9309, via crawler-commons,
 * crawl-delay included), spaces requests to each host, retries 429/5xx with backoff honouring
 * Retry-After, follows redirects itself (each hop checked, loops caught), keeps raw responses in an
 * on-disk {@link org.scholargraph.crawl.ResponseCache} for conditional requests and offline runs,
 * and reports blocked pages (403, CAPTCHA, login) as errors rather than empty documents.
 * {@link org.scholargraph.crawl.SourcesFile} reads {@code data/sources.toml}; {@link
 * org.scholargraph.crawl.Crawl} runs its entries through the ingest pipeline, skipping unchanged ones.
 * {@link org.scholargraph.crawl.PublicationFollower} takes a fetched page without papers on to the
 * same-site links {@link org.scholargraph.crawl.PublicationLinks} judges to be its publication list.
 */
package org.scholargraph.crawl;
