package org.scholargraph.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each repeated value in a whole-store read. A name recurs in dozens of sources
 * and a title in several, but the store decodes each occurrence afresh whenever its node cache
 * does not keep it: at 10,000 documents the mentions held 240,000 copies of 47,115 names. Held
 * for one read only; the mentions keep the shared instances.
 */
final class SharedValues {
    private final Map<Object, Object> seen = new HashMap<>();

    PersonMention person(PersonMention m) {
        return new PersonMention(m.node(), m.source(), one(m.name()), one(m.printed()), one(m.homepage()), m.siteOwner());
    }

    PaperStatement statement(PaperStatement s) {
        return new PaperStatement(s.node(), s.source(), one(s.title()), s.year(), one(s.venue()), one(s.venueName()), s.doi(),
                s.arxivId(), s.impossibleYear(), s.abstractText(), s.authors());
    }

    @SuppressWarnings("unchecked")
    private <T> T one(T value) {
        return value == null ? null : (T) seen.computeIfAbsent(value, v -> v);
    }
}
