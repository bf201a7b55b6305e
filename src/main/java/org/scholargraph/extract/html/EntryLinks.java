package org.scholargraph.extract.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.PresentationKind;

/**
 * What the links of an award row point to: the paper's page or PDF, its presentations on the
 * venue's site (a {@code /oral/} or {@code /poster/} page), arXiv, a DOI, or the code, video and
 * slides a "[code]"-style label names. Links to images and author pages are not the paper's.
 */
final class EntryLinks {
    private static final Pattern LINK_LABEL = Pattern.compile("(?i)\\[?\\s*(?:pdf|paper|code|video|slides?|poster"
            + "|abstract|bibtex|bib|arxiv|project(?:\\s+page)?|website|openreview|link|here|more|read\\s+more|details"
            + "|supplementary|supp|talk|blog|github|demo|html|preprint|proceedings|doi|citation|cite|view"
            + "|download|watch|video\\s+recording)\\s*\\]?");
    private static final Pattern IMAGE = Pattern.compile("(?i).*\\.(?:png|jpe?g|gif|svg|webp|bmp)$");
    private static final Pattern ARXIV = Pattern.compile("(?i)arxiv\\.org/(abs|pdf)/([a-z\\-.]*/?\\d{4}\\.\\d{4,5}|[a-z\\-.]+/\\d{7})(?:v\\d+)?");
    private static final Pattern DOI = Pattern.compile("(?i)(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/\\S+)");
    private static final Pattern BARE_ADDRESS = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");
    private static final Pattern SCRIPT_OR_MAIL_LINK = Pattern.compile("(?i)^(javascript|mailto):.*");
    private static final Pattern PRESENTATION_SEGMENT = Pattern.compile("(?i)orals?|posters?|spotlights?|long-?orals?");
    private static final Pattern BIBTEX_LABEL = Pattern.compile(".*\\b(bibtex|bib|cite|citation)\\b.*");
    private static final Pattern ARXIV_ABSTRACT_URL = Pattern.compile("(?i).*arxiv\\.org/abs/.*");
    private static final Pattern ARXIV_OR_OPENREVIEW_PDF = Pattern.compile(
            "(?i).*(arxiv\\.org|openreview\\.net)/pdf.*");
    private static final Pattern CODE_LABEL = Pattern.compile(".*\\b(code|github)\\b.*");
    private static final Pattern VIDEO_LABEL = Pattern.compile(".*\\b(video|talk|watch)\\b.*");
    private static final Pattern SLIDES_LABEL = Pattern.compile(".*\\bslides?\\b.*");
    private static final Pattern POSTER_LABEL = Pattern.compile(".*\\bposter\\b.*");
    private static final Pattern PROJECT_LABEL = Pattern.compile(".*\\b(project|website|demo)\\b.*");
    private static final Pattern SUPPLEMENT_LABEL = Pattern.compile(".*\\b(supplementary|supp)\\b.*");

    /** The links of one row, sorted into what the paper record keeps. */
    record Found(List<Presentation> presentations, List<Link> links, String arxivId, String doi) {
    }

    private EntryLinks() {
    }

    /** True for link texts such as "[pdf]", "code", "Read more" that are never a title. */
    static boolean isLinkLabel(String text) {
        return LINK_LABEL.matcher(text.strip()).matches() || isUrl(text);
    }

    private static boolean isUrl(String text) {
        return BARE_ADDRESS.matcher(text.strip()).matches();
    }

    static Found of(Entry entry) {
        List<Presentation> presentations = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        String arxiv = null;
        String doi = null;
        for (Line.Anchor a : anchors(entry)) {
            String url = a.href();
            if (url.isBlank() || url.startsWith("#") || SCRIPT_OR_MAIL_LINK.matcher(url).matches()
                    || IMAGE.matcher(path(url)).matches()) {
                continue;
            }
            Optional<PresentationKind> shown = presentationKind(url);
            if (shown.isPresent()) {
                presentations.add(new Presentation(shown.get(), url));
                continue;
            }
            Matcher ax = ARXIV.matcher(url);
            Matcher d = DOI.matcher(url);
            arxiv = arxiv == null && ax.find() ? ax.group(2) : arxiv;
            doi = doi == null && d.find() ? d.group(1) : doi;
            kindOf(a.text(), url).ifPresent(k -> links.add(new Link(k, url, isLinkLabel(a.text()) && !isUrl(a.text()) ? a.text() : null)));
        }
        return new Found(presentations, links, arxiv, doi);
    }

    /** The title's own link and the "[pdf]"-style links on the entry's lines; author links are not the paper's. */
    private static List<Line.Anchor> anchors(Entry entry) {
        List<Line.Anchor> out = new ArrayList<>();
        entry.titleAnchor().ifPresent(out::add);
        for (Line line : entry.lines()) {
            line.anchors().stream().filter(a -> isLinkLabel(a.text()) && !out.contains(a)).forEach(out::add);
        }
        return out;
    }

    private static Optional<PresentationKind> presentationKind(String url) {
        for (String segment : path(url).split("/")) {
            if (PRESENTATION_SEGMENT.matcher(segment).matches()) {
                return PresentationKind.parse(segment);
            }
        }
        return Optional.empty();
    }

    private static Optional<LinkKind> kindOf(String label, String url) {
        String l = label.toLowerCase(Locale.ROOT);
        String p = path(url).toLowerCase(Locale.ROOT);
        if (BIBTEX_LABEL.matcher(l).matches()) {
            return Optional.empty();
        }
        if (ARXIV_ABSTRACT_URL.matcher(url).matches()) {
            return Optional.of(LinkKind.ARXIV);
        }
        if (DOI.matcher(url).find()) {
            return Optional.of(LinkKind.DOI);
        }
        if (p.endsWith(".pdf") || ARXIV_OR_OPENREVIEW_PDF.matcher(url).matches()) {
            return Optional.of(LinkKind.PDF);
        }
        if (isLinkLabel(label)) {
            return Optional.of(labelled(l));
        }
        return Optional.of(LinkKind.PAGE);
    }

    private static LinkKind labelled(String label) {
        if (CODE_LABEL.matcher(label).matches()) {
            return LinkKind.CODE;
        }
        if (VIDEO_LABEL.matcher(label).matches()) {
            return LinkKind.VIDEO;
        }
        if (SLIDES_LABEL.matcher(label).matches()) {
            return LinkKind.SLIDES;
        }
        if (POSTER_LABEL.matcher(label).matches()) {
            return LinkKind.POSTER;
        }
        if (PROJECT_LABEL.matcher(label).matches()) {
            return LinkKind.PROJECT;
        }
        if (SUPPLEMENT_LABEL.matcher(label).matches()) {
            return LinkKind.OTHER;
        }
        return LinkKind.PAGE;
    }

    private static String path(String url) {
        try {
            String p = new URI(url.replace(" ", "%20")).getPath();
            return p == null ? "" : p;
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
