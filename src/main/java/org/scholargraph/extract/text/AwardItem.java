package org.scholargraph.extract.text;

/**
 * One line of an awards section.
 *
 * @param award the award as displayed ("Borealis AI Graduate Fellowship")
 * @param conferredBy who gave it when the line says ("Symposium on Advances in Approximate Bayesian Inference")
 * @param amount the amount as written ("$50,000"), null when none
 * @param forWhat what it was for when the line names it ("FFJORD"): a paper's award, null otherwise
 */
record AwardItem(String award, Integer year, String conferredBy, String amount, String forWhat, Line line) {
}
