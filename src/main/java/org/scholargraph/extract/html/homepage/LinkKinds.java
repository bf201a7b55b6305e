package org.scholargraph.extract.html.homepage;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.LinkKind;

/** What a paper's link points to, from its label ("Code", "[Project page]") and its address. */
final class LinkKinds {
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)arxiv\\.org/(?:abs|pdf|html)/((?:\\d{4}\\.\\d{4,5})|(?:[a-z.-]+/\\d{7}))(?:v\\d+)?");
    private static final Pattern DOI = Pattern.compile("(?i)(?:doi\\.org/|doi:\\s*)(10\\.\\d{4,9}/\\S+)");

    private LinkKinds() {
    }

    static LinkKind of(String label, String url) {
        String l = TextForm.fold(label);
        String u = url.toLowerCase(Locale.ROOT);
        if (arxivId(u).isPresent() || l.equals("arxiv")) {
            return LinkKind.ARXIV;
        }
        if (doi(url).isPresent()) {
            return LinkKind.DOI;
        }
        if (l.matches(".*\\b(code|github|software|implementation|colab)\\b.*") || u.contains("github.com")
                || u.contains("gitlab.")) {
            return LinkKind.CODE;
        }
        if (l.matches(".*\\b(slides?|talk slides)\\b.*") || u.endsWith(".pptx") || u.endsWith(".key")) {
            return LinkKind.SLIDES;
        }
        if (l.matches(".*\\bposter\\b.*")) {
            return LinkKind.POSTER;
        }
        if (l.matches(".*\\b(video|talk|youtube|presentation|recording)\\b.*") || u.contains("youtube.com")
                || u.contains("youtu.be") || u.contains("vimeo.com") || u.contains("slideslive")) {
            return LinkKind.VIDEO;
        }
        if (l.matches(".*\\b(data|dataset|benchmark)\\b.*")) {
            return LinkKind.DATASET;
        }
        if (l.matches(".*\\b(bibtex|bib|cite|citation)\\b.*") || u.endsWith(".bib")) {
            return LinkKind.SOURCE;
        }
        if (l.matches(".*\\bpreprint\\b.*")) {
            return LinkKind.PREPRINT;
        }
        if (l.matches(".*\\b(pdf|paper)\\b.*") && u.matches(".*\\.pdf([?#].*)?$") || u.matches(".*\\.pdf([?#].*)?$")) {
            return LinkKind.PDF;
        }
        if (l.matches(".*\\b(project|website|webpage|site|homepage|page)\\b.*")) {
            return LinkKind.PROJECT;
        }
        if (l.matches(".*\\b(paper|pdf|publication|article|link|openreview|proceedings)\\b.*")) {
            return LinkKind.PAGE;
        }
        return LinkKind.OTHER;
    }

    static Optional<String> arxivId(String url) {
        Matcher m = ARXIV.matcher(url);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<String> doi(String url) {
        Matcher m = DOI.matcher(url);
        return m.find() ? Optional.of(m.group(1).replaceAll("[.,;]$", "")) : Optional.empty();
    }
}
