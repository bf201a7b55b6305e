package org.scholargraph.model;

/**
 * An award or fellowship given to a person (not to a paper: those are {@link PaperAward}s).
 *
 * @param award the award as displayed ("Borealis AI Graduate Fellowship")
 * @param recipient the person's name
 * @param year the year it was given, null when unknown
 * @param conferredBy who gave it, null when the source does not say
 * @param amount the amount as written ("$50,000"), null when none
 */
public record AwardReceipt(String award, String recipient, Integer year, String conferredBy, String amount,
        Origin origin) implements Record {
    public AwardReceipt {
        Require.text(award, "award");
        Require.text(recipient, "award recipient");
    }
}
