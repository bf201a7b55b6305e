package org.scholargraph.extract.html.homepage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Origin;

/**
 * A person's award or fellowship as a page lists it: "2018 Borealis AI Graduate Fellowship, a
 * $50,000, 2 year fellowship" → award "Borealis AI Graduate Fellowship", year 2018, amount
 * "$50,000"; "2021-22 Scholar Award fellowship from the ARCS Foundation" → conferred by the
 * foundation.
 */
final class AwardItems {
    private static final Pattern AMOUNT = Pattern.compile("(?i)(?:[$€£¥]|\\b(?:USD|CAD|EUR|GBP|CHF)\\s?)\\s?\\d[\\d,.]*"
            + "(?:\\s?(?:k|K|M|million|thousand))?|\\b\\d[\\d,.]*\\s?(?:USD|CAD|EUR|GBP|CHF|dollars)\\b");
    private static final Pattern AWARD_WORD = Pattern.compile("(?i)\\b(award|fellowship|prize|scholarship|medal|"
            + "honou?r|grant|mention|best|outstanding|recipient|finalist|winner|distinguished|dean'?s list|"
            + "nominee|nominated|recognition)");
    private static final Pattern FROM = Pattern.compile("(?i)\\s(?:from|by|awarded by|given by)\\s+(?:the\\s+)?(.+)$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;|]\\s*");
    private static final Pattern ARTICLE_THEN_AWARD = Pattern.compile(
            "(?i).*\\b(a|an|the)\\b.*(fellowship|award|grant).*");
    private static final Pattern TRAILING_FELLOWSHIP = Pattern.compile("(?i)\\s+fellowship$");

    private AwardItems() {
    }

    static Optional<AwardReceipt> read(SectionItems.Item item, String recipient, Origin origin) {
        String text = item.content();
        if (text.isBlank() || !AWARD_WORD.matcher(text).find()) {
            return Optional.empty();
        }
        Years years = Years.in(text);
        Matcher amount = AMOUNT.matcher(text);
        String amountText = amount.find() ? amount.group().strip() : null;
        String rest = Years.RANGE_TEXT.matcher(text).replaceFirst(" ");
        String[] parts = SEPARATOR.split(rest);
        String label = TextForm.trimPunctuation(parts[0]);
        if (!AWARD_WORD.matcher(label).find() || label.isEmpty()) {
            label = TextForm.trimPunctuation(AMOUNT.matcher(rest).replaceAll(" "));
        }
        String by = null;
        Matcher from = FROM.matcher(label);
        if (from.find()) {
            by = TextForm.trimPunctuation(from.group(1));
            label = TextForm.trimPunctuation(label.substring(0, from.start()));
        } else if (parts.length > 1 && !parts[1].isBlank() && !AMOUNT.matcher(parts[1]).find()
                && !ARTICLE_THEN_AWARD.matcher(parts[1]).matches()) {
            by = TextForm.trimPunctuation(parts[1]);
        }
        label = TRAILING_FELLOWSHIP.matcher(label).replaceAll(" Fellowship").strip();
        if (label.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AwardReceipt(label, recipient, years.first(), by == null || by.isEmpty() ? null : by,
                amountText, origin));
    }
}
