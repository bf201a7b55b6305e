package org.scholargraph.model;

/** What kind of publication a paper is; maps onto the ontology's Paper subclasses. */
public enum PaperType {
    CONFERENCE_PAPER, JOURNAL_ARTICLE, PREPRINT, THESIS, PATENT, BOOK, BOOK_SECTION, REPORT, UNKNOWN
}
