package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Origin;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.VenueCatalog;

/** Papers from BibTeX entries: "Last, First and …" authors turned round, venue from booktitle/journal. */
final class BibtexPapers {
    private static final Map<String, PaperType> TYPES = Map.of("inproceedings", PaperType.CONFERENCE_PAPER,
            "conference", PaperType.CONFERENCE_PAPER, "article", PaperType.JOURNAL_ARTICLE, "phdthesis",
            PaperType.THESIS, "mastersthesis", PaperType.THESIS, "techreport", PaperType.REPORT, "book",
            PaperType.BOOK, "incollection", PaperType.BOOK_SECTION, "inbook", PaperType.BOOK_SECTION, "patent",
            PaperType.PATENT);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private BibtexPapers() {
    }

    static Draft draft(BibEntry e, Authorship authorship, VenueCatalog catalog, Origin origin, int position) {
        String title = e.text("title");
        if (title == null || title.isBlank()) {
            return null;
        }
        Draft d = new Draft(title, origin, position);
        d.authors = authorship.plain(authors(e.field("author")));
        String yearText = e.text("year");
        if (yearText != null) {
            VenueText.lastYear(yearText).ifPresent(y -> d.year = y);
        }
        String venue = first(e, "booktitle", "journal", "school", "institution");
        if (venue != null) {
            VenueText.Reading r = new VenueText(catalog).read(venue + (d.year == null ? "" : ", " + d.year));
            d.venue = r.venue();
            d.type = r.type();
        }
        String archive = e.text("archiveprefix");
        String eprint = e.text("eprint");
        if (eprint != null && (archive == null || archive.toLowerCase(Locale.ROOT).contains("arxiv"))) {
            d.arxivId = eprint;
        }
        if (e.text("arxiv") != null) {
            d.arxivId = e.text("arxiv");
        }
        boolean onArxiv = d.venue != null && "arXiv".equals(d.venue.shortName());
        if (onArxiv) {
            d.type = PaperType.PREPRINT;
        } else if (TYPES.containsKey(e.type())) {
            d.type = TYPES.get(e.type());
        } else if (d.type == PaperType.UNKNOWN && d.arxivId != null) {
            d.type = PaperType.PREPRINT;
        }
        d.doi = e.text("doi");
        d.abstractText = e.text("abstract");
        addLink(d, LinkKind.PAGE, e.text("url"));
        addLink(d, LinkKind.PDF, e.text("pdf"));
        addLink(d, LinkKind.CODE, e.text("code"));
        addLink(d, LinkKind.PROJECT, e.text("html"));
        addLink(d, LinkKind.PROJECT, e.text("website"));
        return d;
    }

    private static void addLink(Draft d, LinkKind kind, String url) {
        if (url != null && !url.isBlank()) {
            d.link(Link.of(LinkKinds.arxivId(url).isPresent() ? LinkKind.ARXIV : kind, url));
        }
    }

    private static String first(BibEntry e, String... keys) {
        for (String k : keys) {
            String v = e.text(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** "Chen, Ricky T. Q. and Duvenaud, David" → ["Ricky T. Q. Chen", "David Duvenaud"]. */
    static List<String> authors(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) {
            return out;
        }
        for (String part : splitAnd(WHITESPACE.matcher(field).replaceAll(" "))) {
            String p = TexText.plain(part);
            if (p.equalsIgnoreCase("others")) {
                continue;
            }
            String[] pieces = COMMA.split(p);
            String name = pieces.length >= 2 ? pieces[pieces.length - 1] + " " + pieces[0] : p;
            if (!name.isBlank()) {
                out.add(TextForm.squash(name));
            }
        }
        return out;
    }

    /** Splits on " and " outside braces. */
    private static List<String> splitAnd(String field) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String lower = field.toLowerCase(Locale.ROOT);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && lower.startsWith(" and ", i)) {
                out.add(field.substring(start, i));
                start = i + 5;
            }
        }
        out.add(field.substring(start));
        return out;
    }
}
