/**
 * Entity resolution: decides, on evidence, which of the sources' people and papers are one
 * canonical entity, explains each decision, and lists what sources disagree on. The core
 * (names, titles, clustering, conflicts) is plain Java over mention records; {@link
 * org.scholargraph.resolve.MentionReader} and {@link org.scholargraph.resolve.ResolutionWriter}
 * move those records in and out of the store's resolution graph.
 */
package org.scholargraph.resolve;
