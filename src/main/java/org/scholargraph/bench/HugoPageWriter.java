package org.scholargraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Hugo Academic publication pages (content/publication/SLUG/index.md) with TOML front matter,
 * as the FFJORD sample: the site owner in bold, equal contributors marked with an escaped '*'
 * in literal strings, venue long and short name, publication type "1".
 */
final class HugoPageWriter {
    static final String KIND = "hugo-publication";

    Page write(SyntheticPaper paper, int owner, PeoplePool people, NameVariant coauthors) {
        List<String> names = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        int[] authors = paper.authors();
        for (int i = 0; i < authors.length; i++) {
            SyntheticPerson p = people.get(authors[i]);
            String name = authors[i] == owner ? p.name() : coauthors.print(p);
            names.add(name);
            String mark = paper.equalFirst() && i < 2 ? "\\*" : "";
            printed.add("'" + (authors[i] == owner ? "**" + name + "**" : name) + mark + "'");
        }
        String toml = "+++\n"
                + "title = \"" + paper.title() + "\"\n"
                + "date = " + paper.year() + "-06-01T00:00:00\n"
                + "draft = false\n\n"
                + "# Authors. Comma separated list, e.g. `[\"Bob Smith\", \"David Jones\"]`.\n"
                + "authors = [" + String.join(", ", printed) + "]\n\n"
                + "publication_types = [\"1\"]\n"
                + "publication = \"" + paper.venue().longName + "\"\n"
                + "publication_short = \"" + paper.venue().shortName() + "\"\n\n"
                + "abstract = \"We study " + paper.title().toLowerCase(java.util.Locale.ROOT)
                + " and report experiments on standard benchmarks.\"\n\n"
                + "selected = false\n"
                + "url_pdf = \"https://example.org/papers/" + paper.id() + ".pdf\"\n"
                + "url_code = \"\"\n"
                + "doi = \"\"\n"
                + "+++\n";
        return new Page(toml, List.of(new ExpectedPaper(paper.title(), names)));
    }
}
