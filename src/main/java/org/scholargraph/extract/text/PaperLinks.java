package org.scholargraph.extract.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;

/** Types the links an entry shows by their label ("code", "slides") or, for the title's own link, by its address. */
final class PaperLinks {
    private static final Pattern ARXIV_ID = Pattern.compile("arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://.+");
    private static final Pattern CODE_LABEL = Pattern.compile("code|github|source|software|implementation");
    private static final Pattern PDF_LABEL = Pattern.compile("pdf|paper");
    private static final Pattern SLIDES_LABEL = Pattern.compile("slides?");
    private static final Pattern VIDEO_LABEL = Pattern.compile("video|talk|youtube");
    private static final Pattern PROJECT_LABEL = Pattern.compile("project|project page|website|web|page|blog|demo");
    private static final Pattern DATA_LABEL = Pattern.compile("data|dataset");

    private PaperLinks() {
    }

    static Optional<Link> of(Anchor a, String title) {
        if (!HTTP_URL.matcher(a.url()).matches()) {
            return Optional.empty();
        }
        String label = a.label().toLowerCase(Locale.ROOT).strip();
        boolean titleLink = !label.isEmpty() && title.toLowerCase(Locale.ROOT).startsWith(label);
        LinkKind kind = titleLink ? byAddress(a.url()) : byLabel(label, a.url());
        return kind == null ? Optional.empty() : Optional.of(new Link(kind, a.url(), a.label()));
    }

    static Optional<String> arxivId(String url) {
        Matcher m = ARXIV_ID.matcher(url);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static LinkKind byAddress(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.contains("arxiv.org")) {
            return LinkKind.ARXIV;
        }
        return u.endsWith(".pdf") ? LinkKind.PDF : LinkKind.PAGE;
    }

    private static LinkKind byLabel(String label, String url) {
        if (CODE_LABEL.matcher(label).matches()) {
            return LinkKind.CODE;
        }
        if (PDF_LABEL.matcher(label).matches()) {
            return LinkKind.PDF;
        }
        if (label.equals("arxiv") || label.equals("preprint")) {
            return LinkKind.ARXIV;
        }
        if (SLIDES_LABEL.matcher(label).matches()) {
            return LinkKind.SLIDES;
        }
        if (VIDEO_LABEL.matcher(label).matches()) {
            return LinkKind.VIDEO;
        }
        if (PROJECT_LABEL.matcher(label).matches()) {
            return LinkKind.PROJECT;
        }
        if (label.equals("poster")) {
            return LinkKind.POSTER;
        }
        if (DATA_LABEL.matcher(label).matches()) {
            return LinkKind.DATASET;
        }
        return label.equals("doi") || url.contains("doi.org/") ? LinkKind.DOI : null;
    }
}
