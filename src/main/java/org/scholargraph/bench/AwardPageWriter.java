package org.scholargraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Award pages laid out like the ICML virtual site's awards_detail page (data/samples): one table
 * row per presentation, the award label in the first cell, the title link and a "·"-separated
 * author line in the second; a paper with an oral and a poster has two rows.
 */
final class AwardPageWriter {
    static final String KIND = "award-page";
    static final String[] LABELS = {"Outstanding Paper", "Outstanding Paper Honorable Mention"};

    /** One awarded paper: its label and whether it also has an oral row. */
    record Award(SyntheticPaper paper, String label, boolean oral) {
    }

    Page write(SyntheticPaper.Venue venue, int year, List<Award> awards, PeoplePool people, NameVariant variant) {
        StringBuilder html = new StringBuilder();
        html.append("<!-- src: https://").append(venue.host).append("/virtual/").append(year).append("/awards_detail -->\n")
                .append("<div class=\"container\">\n<h2>").append(venue.shortName()).append(' ').append(year)
                .append(" Awards</h2>\n<table>\n<tbody>\n");
        List<ExpectedPaper> expected = new ArrayList<>();
        int event = 1000 * year % 100_000;
        for (Award a : awards) {
            List<String> names = names(a.paper(), people, variant);
            row(html, a, names, "poster", venue, year, event++);
            if (a.oral()) {
                row(html, a, names, "oral", venue, year, event++);
            }
            expected.add(new ExpectedPaper(a.paper().title(), names));
        }
        html.append("</tbody>\n</table>\n</div>\n");
        return new Page(html.toString(), expected);
    }

    private static List<String> names(SyntheticPaper paper, PeoplePool people, NameVariant variant) {
        List<String> names = new ArrayList<>();
        for (int a : paper.authors()) {
            names.add(variant.print(people.get(a)));
        }
        return names;
    }

    private static void row(StringBuilder html, Award a, List<String> names, String track,
            SyntheticPaper.Venue venue, int year, int event) {
        html.append("<tr>\n<td>\n<div>").append(a.label()).append("</div>\n</td>\n<td>\n")
                .append("<div class=\"displaycards touchup-date\" id=\"event-").append(event).append("\">\n")
                .append("<div style=\"width:80%;margin:auto;\">\n<a class=\"small-title\" href=\"/virtual/")
                .append(year).append('/').append(track).append('/').append(event).append("\">")
                .append(a.paper().title()).append("</a>\n</div>\n")
                .append("<div class=\"author-str\">").append(String.join(" · ", names)).append("</div>\n")
                .append("<div class=\"text-muted\">").append(venue.shortName()).append(' ').append(year)
                .append(" poster session</div>\n</div>\n</td>\n</tr>\n");
    }
}
