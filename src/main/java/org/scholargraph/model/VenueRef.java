package org.scholargraph.model;

/**
 * A venue as a source names it: the series' short name ("ICML"), its long name ("International
 * Conference on Machine Learning") and the edition's year when known. Either name may be null,
 * not both.
 */
public record VenueRef(String shortName, String longName, Integer year) {
    public VenueRef {
        if (blank(shortName) && blank(longName)) {
            throw new IllegalArgumentException("a venue needs a short or a long name");
        }
        shortName = blank(shortName) ? null : shortName.strip();
        longName = blank(longName) ? null : longName.strip();
    }

    /** The name to show and to key the series on: the short one when there is one. */
    public String label() {
        return shortName != null ? shortName : longName;
    }

    public VenueRef withYear(Integer editionYear) {
        return new VenueRef(shortName, longName, editionYear);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
