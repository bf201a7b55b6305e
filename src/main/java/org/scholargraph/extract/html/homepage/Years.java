package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years of a dated item: "Jan. 2018 - June. 2022" → 2018–2022, "2019 - Present" → 2019–open,
 * "2021-22" → 2021–2022, "2022" → 2022.
 *
 * @param start the first year, null when none
 * @param end the last year, null when open ("present") or when only one year is given as a start
 * @param present true when the range runs to the present
 */
record Years(Integer start, Integer end, boolean present) {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(19[5-9]\\d|20\\d\\d)(?!\\d)");
    private static final Pattern SHORT_RANGE = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*[-–—/]\\s*(\\d\\d)(?!\\d)");
    private static final Pattern PRESENT = Pattern.compile("(?i)[-–—]\\s*(present|now|current|today|ongoing)\\b");
    /** The text of a date range, to cut out of the item it dates. */
    static final Pattern RANGE_TEXT = Pattern.compile("(?i)(\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "[a-z]*\\.?\\s*)?\\(?\\b(19|20)\\d\\d(\\s*[-–—/]\\s*(\\d\\d\\b|((jan|feb|mar|apr|may|jun|jul|aug|sep|"
            + "sept|oct|nov|dec)[a-z]*\\.?\\s*)?((19|20)\\d\\d|present|now|current|today)))?\\)?");

    static Years in(String text) {
        Matcher shortRange = SHORT_RANGE.matcher(text);
        if (shortRange.find()) {
            int a = Integer.parseInt(shortRange.group(1));
            int b = a / 100 * 100 + Integer.parseInt(shortRange.group(2));
            if (b > a) {
                return new Years(a, b, false);
            }
        }
        List<Integer> ys = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y <= VenueText.MAX_YEAR) {
                ys.add(y);
            }
        }
        boolean present = PRESENT.matcher(text).find();
        if (ys.isEmpty()) {
            return new Years(null, null, present);
        }
        if (ys.size() == 1) {
            return present ? new Years(ys.get(0), null, true) : new Years(null, ys.get(0), false);
        }
        return new Years(ys.get(0), present ? null : ys.get(ys.size() - 1), present);
    }

    /** The year an award or talk is dated by: the first one given. */
    Integer first() {
        return start != null ? start : end;
    }
}
