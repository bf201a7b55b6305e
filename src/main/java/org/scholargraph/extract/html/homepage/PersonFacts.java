package org.scholargraph.extract.html.homepage;

/** What structured metadata says about a person: name, job title, affiliation, homepage (any may be null). */
record PersonFacts(String name, String jobTitle, String affiliation, String url) {
}
