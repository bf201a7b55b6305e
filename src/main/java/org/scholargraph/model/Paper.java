package org.scholargraph.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A paper as one source describes it. Year is the paper's own year; the venue carries the
 * edition's year, which may differ (an arXiv date against the conference year).
 * {@code impossibleYear} keeps a year the source printed but that cannot be one ("ICML 20201"):
 * the year stays empty and the printed value is kept so that resolution can report it.
 */
public record Paper(
        String title,
        List<Author> authors,
        VenueRef venue,
        Integer year,
        PaperType type,
        String abstractText,
        String summary,
        String doi,
        String arxivId,
        List<Presentation> presentations,
        List<PaperAward> awards,
        List<Link> links,
        List<String> tags,
        String impossibleYear,
        Origin origin) implements Record {

    public Paper {
        Require.text(title, "paper title");
        authors = List.copyOf(authors);
        type = type == null ? PaperType.UNKNOWN : type;
        presentations = List.copyOf(presentations);
        awards = List.copyOf(awards);
        links = List.copyOf(links);
        tags = List.copyOf(tags);
    }

    public static Builder builder(String title, Origin origin) {
        return new Builder(title, origin);
    }

    /** Extractors fill papers field by field as they read a page. */
    public static final class Builder {
        private final String title;
        private final Origin origin;
        private final List<Author> authors = new ArrayList<>();
        private VenueRef venue;
        private Integer year;
        private PaperType type = PaperType.UNKNOWN;
        private String abstractText;
        private String summary;
        private String doi;
        private String arxivId;
        private final List<Presentation> presentations = new ArrayList<>();
        private final List<PaperAward> awards = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private String impossibleYear;

        private Builder(String title, Origin origin) {
            this.title = title;
            this.origin = origin;
        }

        public Builder author(Author author) {
            authors.add(author);
            return this;
        }

        public Builder authors(List<Author> all) {
            authors.addAll(all);
            return this;
        }

        public Builder venue(VenueRef v) {
            venue = v;
            return this;
        }

        public Builder year(Integer y) {
            year = y;
            return this;
        }

        public Builder type(PaperType t) {
            type = t;
            return this;
        }

        public Builder abstractText(String text) {
            abstractText = text;
            return this;
        }

        public Builder summary(String text) {
            summary = text;
            return this;
        }

        public Builder doi(String value) {
            doi = value;
            return this;
        }

        public Builder arxivId(String value) {
            arxivId = value;
            return this;
        }

        public Builder presentation(Presentation p) {
            if (!presentations.contains(p)) {
                presentations.add(p);
            }
            return this;
        }

        public Builder award(PaperAward a) {
            if (!awards.contains(a)) {
                awards.add(a);
            }
            return this;
        }

        public Builder link(Link l) {
            if (!links.contains(l)) {
                links.add(l);
            }
            return this;
        }

        public Builder tag(String t) {
            tags.add(t);
            return this;
        }

        /** A year the source printed that cannot be one, kept as printed ("20201"). */
        public Builder impossibleYear(String printed) {
            impossibleYear = printed;
            return this;
        }

        public Paper build() {
            return new Paper(title, authors, venue, year, type, abstractText, summary, doi, arxivId,
                    presentations, awards, links, tags, impossibleYear, origin);
        }
    }
}
