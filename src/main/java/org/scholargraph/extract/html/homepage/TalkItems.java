package org.scholargraph.extract.html.homepage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Talk;

/**
 * A talk as a page lists it: a title (the item's title element or first line), a date ("Apr 27,
 * 2020", "2021") and, when written, where or for whom ("at ICML 2020", "Keynote, EGSR").
 */
final class TalkItems {
    private static final Pattern DATE = Pattern.compile("(?i)\\b((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
            + "nov|dec)[a-z]*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?(?:19|20)\\d\\d|\\d{1,2}/\\d{1,2}/(?:19|20)?"
            + "\\d\\d|\\d{4}-\\d{2}(?:-\\d{2})?)\\b");
    private static final Pattern HOST = Pattern.compile("(?i)(?:^|\\s)(?:at|@|for|hosted by)\\s+(.+)$");
    private static final Pattern EQUAL_CONTRIBUTION = Pattern.compile("(?i).*equal(ly)? contribut.*");

    private TalkItems() {
    }

    static Optional<Talk> read(SectionItems.Item item, String speaker, Origin origin) {
        String text = item.content();
        if (text.isBlank() || EQUAL_CONTRIBUTION.matcher(text).matches()) {
            return Optional.empty();
        }
        String title = titleOf(item);
        StringBuilder others = new StringBuilder();
        for (Line l : item.lines()) {
            String t = l.withoutLinkLabels();
            NameList.Result names = NameList.read(t);
            boolean onlyNames = !names.isEmpty() && TextForm.trimPunctuation(t.substring(names.end())).isEmpty();
            if (!onlyNames) {
                others.append(t).append(", ");
            }
        }
        String rest = others.toString().replace(title, " ");
        Matcher date = DATE.matcher(rest);
        String dateText = date.find() ? date.group(1) : null;
        if (dateText == null) {
            Matcher inTitle = DATE.matcher(title);
            if (inTitle.find() && inTitle.end() == title.length()) {
                dateText = inTitle.group(1);
            }
        }
        if (dateText != null) {
            title = TextForm.trimPunctuation(title.replace(dateText, " "));
            rest = rest.replace(dateText, " ");
        }
        String host = TextForm.trimPunctuation(rest);
        Matcher at = HOST.matcher(host);
        host = at.find() ? TextForm.trimPunctuation(at.group(1)) : host;
        if (title.isBlank() || TextForm.wordCount(title) < 2 && dateText == null) {
            return Optional.empty();
        }
        return Optional.of(new Talk(speaker, title, host.isEmpty() ? null : host, dateText,
                dateText == null ? null : VenueText.lastYear(dateText).orElse(null), origin));
    }

    private static String titleOf(SectionItems.Item item) {
        if (item.element() != null) {
            for (Element e : item.element().select("[itemprop=name], [class*=title], h1, h2, h3, h4, h5, h6")) {
                String t = TextForm.squash(e.text());
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return item.lines().isEmpty() ? "" : TextForm.trimPunctuation(item.lines().get(0).withoutLinkLabels());
    }
}
