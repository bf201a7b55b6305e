package org.scholargraph.extract.text;

/** What a CV or site section holds, from its heading. PROFILE is also the part before any heading. */
enum SectionKind {
    PROFILE, PUBLICATIONS, AWARDS, EDUCATION, EXPERIENCE, TALKS, SERVICE, OTHER;

    /** The kinds that only CVs and profile pages head their sections with. */
    boolean isCvSection() {
        return this != PROFILE && this != OTHER;
    }
}
