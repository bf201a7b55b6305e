package org.scholargraph.model;

/**
 * An award given to the paper it hangs on, as the source displays it.
 *
 * @param label the award as displayed ("Outstanding Paper Honorable Mention")
 * @param conferredBy the venue (and edition) that gave it; may differ from where the paper
 *     appeared (a test-of-time award, a workshop award), null when the source does not say
 * @param year the year the award was given, null when unknown
 */
public record PaperAward(String label, VenueRef conferredBy, Integer year) {
    public PaperAward {
        Require.text(label, "award label");
    }
}
