package org.scholargraph.model;

/** Anything an extractor finds in a document. */
public sealed interface Record permits Paper, Person, AwardReceipt, Talk, Service, PaperAbstract {
    Origin origin();
}
