package org.scholargraph.model;

/**
 * An award given to the paper it hangs on, as the source displays it.
 *
 * @param label the award as displayed ("Outstanding Paper Honorable Mention")
 * @param conferredBy the venue (and edition) that gave it; may differ from where the paper
 *     appeared (a test-of-time award, a workshop award), null when the source does not say
 * @param year the year the award was given, null when unknown
 * @param nominee the paper was nominated for the award, not (yet) given it: never counted as a win
 */
public record PaperAward(String label, VenueRef conferredBy, Integer year, boolean nominee) {
    public PaperAward {
        Require.text(label, "award label");
    }

    public static PaperAward won(String label, VenueRef conferredBy, Integer year) {
        return new PaperAward(label, conferredBy, year, false);
    }
}
