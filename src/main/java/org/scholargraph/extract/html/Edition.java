package org.scholargraph.extract.html;

import java.util.Optional;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * The venue edition a page speaks for (the conference that gives its awards), or a paper's own
 * edition. Either part may be unknown.
 *
 * @param series the venue series, null when not found
 * @param year the edition's year, null when not found
 */
record Edition(VenueCatalog.Series series, Integer year) {
    static final Edition UNKNOWN = new Edition(null, null);

    boolean known() {
        return series != null;
    }

    Optional<VenueRef> venue() {
        return series == null ? Optional.empty() : Optional.of(series.ref(year));
    }

    Edition withYear(Integer y) {
        return new Edition(series, y);
    }

    @Override
    public String toString() {
        return series == null ? "unknown venue" : series.shortName() + (year == null ? "" : " " + year);
    }
}
