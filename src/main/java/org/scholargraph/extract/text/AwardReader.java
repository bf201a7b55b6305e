package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.VenueCatalog;

/**
 * Reads an awards section: a bulleted or dated line starts an award ("- 2018 **Borealis AI
 * Graduate Fellowship**, A $50,000, 2 year fellowship…"); where years stand on lines of their own,
 * such a line dates the next one and an undated line after an award continues its description. The award's
 * name is its bold run, else the words before the first comma; "Best Paper Award, <venue> for
 * <paper>" and "… Award at <venue>" also give who conferred it and for what.
 */
final class AwardReader {
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:[$€£]|(?:US|CA|AU)?\\$|\\b(?:USD|CAD|EUR|GBP|CHF)\\s?)\\s?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s?(?:[kKmM]\\b|million|thousand))?"
                    + "|\\b\\d{1,3}(?:,?\\d{3})*(?:\\.\\d+)?\\s?(?:euros?|dollars?|pounds?|francs?|EUR|USD|GBP|CHF)\\b");
    private static final Pattern CONFERRED = Pattern.compile(
            "^(.*?\\b(?:Award|Prize|Medal|Mention))\\s*(?:,\\s*|\\s+at\\s+|\\s+from\\s+|\\s+by\\s+)(?:the\\s+)?(.+)$");
    private static final Pattern FOR = Pattern.compile("\\s+for\\s+(?:the\\s+paper\\s+|my\\s+paper\\s+)?[\"“]?(.+?)[\"”]?[.]?$");
    private static final Pattern TRAILING_YEAR = Pattern.compile("[,(\\s]+((?:19|20)\\d{2})\\)?\\.?$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;]+$");
    private static final Pattern TRAILING_PUNCTUATION_OR_SPACE = Pattern.compile("[\\s.,;]+$");
    private static final Pattern COMMA_YEAR_END = Pattern.compile("[\\s,]+(?:19|20)\\d{2}$");
    private static final Pattern SEPARATOR_OUTSIDE_PARENTHESES = Pattern.compile("\\s*,\\s*(?![^()]*\\))|\\s+[—–]\\s+");
    private static final Pattern TRAILING_PUNCTUATION_SPACE_OR_COLON = Pattern.compile("[\\s.,;:]+$");

    private AwardReader() {
    }

    /** An amount of money as written in a text ("$50,000", "1000 euros"), if any. */
    static Optional<String> amountIn(String text) {
        Matcher m = AMOUNT.matcher(text);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    static List<AwardItem> read(List<Line> lines) {
        List<AwardItem> out = new ArrayList<>();
        Dates.Span pending = null;
        boolean datedLayout = false;
        for (Line line : lines) {
            String s = Markup.unescape(line.plain());
            Optional<Dates.Span> whole = Dates.whole(s);
            if (whole.isPresent()) {
                pending = whole.get();
                datedLayout = true;
                continue;
            }
            boolean starts = pending != null || !datedLayout || Markup.isBullet(line.text())
                    || Dates.leading(s).isPresent() || TRAILING_YEAR.matcher(s).find();
            if (starts) {
                item(line, s, pending).ifPresent(out::add);
            }
            pending = null;
        }
        return out;
    }

    private static Optional<AwardItem> item(Line line, String plain, Dates.Span dated) {
        Integer year = dated != null ? dated.year() : Dates.leading(plain).map(Dates.Span::year).orElse(null);
        String text = Dates.leading(plain).isPresent() ? Dates.afterLeading(plain) : plain;
        Matcher trailing = TRAILING_YEAR.matcher(text);
        if (year == null && trailing.find()) {
            year = Integer.valueOf(trailing.group(1));
            text = text.substring(0, trailing.start());
        }
        if (year == null) {
            year = VenueCatalog.yearIn(text).orElse(null);
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        Matcher amount = AMOUNT.matcher(Markup.unescape(line.text()));
        String money = amount.find() ? amount.group().strip() : null;
        List<String> bold = Markup.boldRuns(Markup.unescape(line.text()));
        if (!bold.isEmpty()) {
            String label = TRAILING_PUNCTUATION.matcher(bold.get(0)).replaceAll("");
            return Optional.of(new AwardItem(label, year, null, money, null, line));
        }
        String conferredBy = null;
        String forWhat = null;
        String award = text;
        Matcher c = CONFERRED.matcher(text);
        if (c.find()) {
            award = c.group(1);
            String rest = c.group(2);
            Matcher f = FOR.matcher(rest);
            if (f.find()) {
                forWhat = f.group(1).strip();
                rest = rest.substring(0, f.start());
            }
            conferredBy = TRAILING_PUNCTUATION_OR_SPACE.matcher(rest).replaceAll("");
            conferredBy = COMMA_YEAR_END.matcher(conferredBy).replaceAll("");
        } else {
            award = SEPARATOR_OUTSIDE_PARENTHESES.split(text)[0];
        }
        if (money != null) {
            award = award.replace("(" + money + ")", " ").replaceAll("\\(\\s*" + Pattern.quote(money) + "[^)]*\\)", " ");
        }
        award = Markup.spaces(award);
        award = TRAILING_PUNCTUATION_SPACE_OR_COLON.matcher(award).replaceAll("");
        return Optional.of(new AwardItem(award, year, conferredBy, money, forWhat, line));
    }
}
