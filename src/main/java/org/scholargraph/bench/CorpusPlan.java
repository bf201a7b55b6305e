package org.scholargraph.bench;

/**
 * How many documents of each format a corpus of a given size holds, and how many people and
 * source owners it needs. Hugo pages are half the documents (a Hugo site has one page per paper),
 * homepages a quarter, CVs a fifth, award pages the rest.
 */
record CorpusPlan(int documents, int awardPages, int cvs, int homepages, int hugoPages, int owners, int people,
        int meanOwnPapers) {
    static final int MAX_LISTED = 80;
    static final int HUGO_SITE_PAGES = 50;

    static CorpusPlan of(int documents) {
        int awards = Math.max(1, documents / 20);
        int cvs = documents / 5;
        int homepages = documents / 4;
        int hugo = documents - awards - cvs - homepages;
        int owners = Math.max(Math.max(homepages, homepages / 2 + cvs), PeoplePool.SAMPLE_RANK + hugo / 10 + 1);
        owners = Math.max(owners, PeoplePool.SAMPLE_RANK + PeoplePool.SAMPLE_PEOPLE.size());
        return new CorpusPlan(documents, awards, cvs, homepages, hugo, owners, Math.max(200, 8 * owners), 20);
    }

    int firstCvOwner() {
        return homepages / 2;
    }
}
