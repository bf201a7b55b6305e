package org.scholargraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A personal homepage: a short bio, then a Publications section with one block per paper —
 * title, author line with the owner in bold, "VENUE YEAR" — in the layout many hand-written
 * academic pages share. Co-authors are printed in the page's style (full names, initials, ASCII).
 */
final class HomepageWriter {
    static final String KIND = "homepage";

    Page write(SyntheticPerson owner, List<SyntheticPaper> papers, PeoplePool people, NameVariant coauthors) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(owner.name())
                .append("</title></head>\n<body>\n<h1>").append(owner.name()).append("</h1>\n")
                .append("<p>I am a researcher in machine learning. My work spans probabilistic modelling and "
                        + "optimization.</p>\n<h2>Publications</h2>\n");
        List<ExpectedPaper> expected = new ArrayList<>();
        for (SyntheticPaper paper : papers) {
            List<String> names = new ArrayList<>();
            List<String> printed = new ArrayList<>();
            int[] authors = paper.authors();
            for (int i = 0; i < authors.length; i++) {
                SyntheticPerson p = people.get(authors[i]);
                boolean isOwner = p.equals(owner);
                String name = isOwner ? p.name() : coauthors.print(p);
                names.add(name);
                String mark = paper.equalFirst() && i < 2 ? "*" : "";
                printed.add(isOwner ? "<b>" + name + "</b>" + mark : name + mark);
            }
            html.append("<div class=\"paper\"><div class=\"paper-title\">").append(paper.title())
                    .append("</div><div>").append(String.join(", ", printed)).append("</div><div>")
                    .append(paper.venue().shortName()).append(' ').append(paper.year()).append("</div></div>\n");
            expected.add(new ExpectedPaper(paper.title(), names));
        }
        html.append("</body></html>\n");
        return new Page(html.toString(), expected);
    }
}
