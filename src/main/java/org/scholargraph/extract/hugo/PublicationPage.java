package org.scholargraph.extract.hugo;

import java.time.temporal.Temporal;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a publication page's front matter says, read once into typed fields under the key names
 * the theme's generations have used; no interpretation yet (names keep their marks, venues their
 * Markdown).
 *
 * @param authors the author list as written: strings, or {@code [[authors]]} tables' names
 * @param authorNotes Wowchemy's notes aligned with the authors ("" where an author has none)
 * @param year the explicit {@code year} key
 * @param dateYear the year of {@code date}
 * @param venueYear a year that states the venue's edition: {@code conf_year} or {@code publication_date}
 * @param publishYear the year of {@code publishDate}, the page's schedule date (last resort)
 * @param publicationTypes the codes or CSL names as text ("1", "paper-conference")
 * @param notes free text that may announce presentations and awards ({@code note}, {@code extra}, {@code awards}…)
 * @param featured the page marks the paper as selected/featured
 */
public record PublicationPage(
        String title,
        List<ListedAuthor> authors,
        List<String> authorNotes,
        Integer year,
        Integer dateYear,
        Integer venueYear,
        Integer publishYear,
        String publication,
        String publicationShort,
        List<String> publicationTypes,
        String abstractText,
        String summary,
        String doi,
        List<PageLink> links,
        List<String> tags,
        List<String> notes,
        boolean featured,
        boolean draft) {

    /** One author entry as the page lists it; {@code starred} when a table says {@code star = true}. */
    public record ListedAuthor(String printed, boolean starred) {
    }

    /**
     * A link as the page gives it.
     *
     * @param key the front-matter key ("url_code", "permalink", "links", "url_custom")
     * @param name the name a links/url_custom entry gives it, else null
     */
    public record PageLink(String key, String name, String url) {
    }

    private static final Pattern YEAR = Pattern.compile("^\\s*([12][0-9]{3})(?![0-9])");
    private static final List<String> NOTE_KEYS = List.of("note", "notes", "extra", "award", "awards");
    private static final List<String> FLAG_KEYS = List.of("equal_contribution", "equal", "star");

    public PublicationPage {
        authors = List.copyOf(authors);
        authorNotes = List.copyOf(authorNotes);
        publicationTypes = List.copyOf(publicationTypes);
        links = List.copyOf(links);
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
    }

    public static PublicationPage from(FrontMatter fm) {
        return new PublicationPage(
                fm.text("title"),
                authors(fm),
                authorNotes(fm),
                yearOf(fm.value("year")),
                yearOf(fm.value("date")),
                firstYear(fm.value("conf_year"), fm.value("publication_date")),
                firstYear(fm.value("publishDate"), fm.value("publishdate")),
                fm.text("publication"),
                fm.text("publication_short"),
                fm.texts("publication_types"),
                fm.text("abstract"),
                fm.text("summary") != null ? fm.text("summary") : fm.text("abstract_short"),
                fm.text("doi"),
                links(fm),
                fm.texts("tags"),
                NOTE_KEYS.stream().flatMap(k -> fm.texts(k).stream()).toList(),
                fm.flag("featured") || fm.flag("selected"),
                fm.flag("draft"));
    }

    /** True when nothing but a placeholder title is there: the stub pages some sites leave behind. */
    public boolean stub() {
        return !hasRealTitle() && authors.isEmpty() && publication == null && publicationShort == null;
    }

    /** Something besides a title that only a publication page has. */
    public boolean describesAPublication() {
        return !authors.isEmpty() || publication != null || publicationShort != null || !publicationTypes.isEmpty();
    }

    /** A title that is not missing and not the "index" placeholder a generator leaves. */
    public boolean hasRealTitle() {
        return title != null && !title.equalsIgnoreCase("index") && !title.equalsIgnoreCase("_index");
    }

    /** A year from a TOML date, a number or text that starts with one ("2019-04-22T00:00:00Z"). */
    static Integer yearOf(Object v) {
        if (v instanceof Temporal t && t.isSupported(ChronoField.YEAR)) {
            return t.get(ChronoField.YEAR);
        }
        if (v instanceof Number n) {
            int y = n.intValue();
            return y >= 1000 && y <= 2999 ? y : null;
        }
        if (v instanceof String s) {
            Matcher m = YEAR.matcher(s);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        return null;
    }

    private static Integer firstYear(Object a, Object b) {
        Integer y = yearOf(a);
        return y != null ? y : yearOf(b);
    }

    private static List<ListedAuthor> authors(FrontMatter fm) {
        List<ListedAuthor> out = new ArrayList<>();
        for (Object o : fm.list("authors")) {
            if (o instanceof Map<?, ?> table) {
                String name = FrontMatter.scalarText(table.get("name"));
                if (name != null) {
                    out.add(new ListedAuthor(name, FLAG_KEYS.stream().anyMatch(k -> Boolean.TRUE.equals(table.get(k)))));
                }
            } else if (FrontMatter.scalarText(o) != null) {
                out.add(new ListedAuthor(FrontMatter.scalarText(o), false));
            }
        }
        return out;
    }

    private static List<String> authorNotes(FrontMatter fm) {
        List<String> out = new ArrayList<>();
        for (Object o : fm.list("author_notes")) {
            String s = FrontMatter.scalarText(o);
            out.add(s == null ? "" : s);
        }
        return out;
    }

    /** The theme's url_* keys and permalink in page order, then the named links lists. */
    private static List<PageLink> links(FrontMatter fm) {
        List<PageLink> out = new ArrayList<>();
        fm.values().forEach((key, value) -> {
            String url = FrontMatter.scalarText(value);
            if (url != null && (key.equals("permalink") || key.startsWith("url_"))) {
                out.add(new PageLink(key, null, url));
            }
        });
        for (String key : List.of("url_custom", "links")) {
            for (Object o : fm.list(key)) {
                if (o instanceof Map<?, ?> entry && FrontMatter.scalarText(entry.get("url")) != null) {
                    String name = FrontMatter.scalarText(entry.get("name"));
                    out.add(new PageLink(key, name != null ? name : FrontMatter.scalarText(entry.get("type")),
                            FrontMatter.scalarText(entry.get("url"))));
                }
            }
        }
        return out;
    }
}
