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
    private static final Pattern CODE_LABEL = Pattern.compile(".*\\b(code|github|software|implementation|colab)\\b.*");
    private static final Pattern SLIDES_LABEL = Pattern.compile(".*\\b(slides?|talk slides)\\b.*");
    private static final Pattern POSTER_LABEL = Pattern.compile(".*\\bposter\\b.*");
    private static final Pattern VIDEO_LABEL = Pattern.compile(".*\\b(video|talk|youtube|presentation|recording)\\b.*");
    private static final Pattern DATA_LABEL = Pattern.compile(".*\\b(data|dataset|benchmark)\\b.*");
    private static final Pattern BIBTEX_LABEL = Pattern.compile(".*\\b(bibtex|bib|cite|citation)\\b.*");
    private static final Pattern PREPRINT_LABEL = Pattern.compile(".*\\bpreprint\\b.*");
    private static final Pattern PDF_LABEL = Pattern.compile(".*\\b(pdf|paper)\\b.*");
    private static final Pattern PDF_URL = Pattern.compile(".*\\.pdf([?#].*)?$");
    private static final Pattern PROJECT_LABEL = Pattern.compile(
            ".*\\b(project|website|webpage|site|homepage|page)\\b.*");
    private static final Pattern PAPER_LABEL = Pattern.compile(
            ".*\\b(paper|pdf|publication|article|link|openreview|proceedings)\\b.*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]$");

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
        if (CODE_LABEL.matcher(l).matches() || u.contains("github.com")
                || u.contains("gitlab.")) {
            return LinkKind.CODE;
        }
        if (SLIDES_LABEL.matcher(l).matches() || u.endsWith(".pptx") || u.endsWith(".key")) {
            return LinkKind.SLIDES;
        }
        if (POSTER_LABEL.matcher(l).matches()) {
            return LinkKind.POSTER;
        }
        if (VIDEO_LABEL.matcher(l).matches() || u.contains("youtube.com")
                || u.contains("youtu.be") || u.contains("vimeo.com") || u.contains("slideslive")) {
            return LinkKind.VIDEO;
        }
        if (DATA_LABEL.matcher(l).matches()) {
            return LinkKind.DATASET;
        }
        if (BIBTEX_LABEL.matcher(l).matches() || u.endsWith(".bib")) {
            return LinkKind.SOURCE;
        }
        if (PREPRINT_LABEL.matcher(l).matches()) {
            return LinkKind.PREPRINT;
        }
        if (PDF_LABEL.matcher(l).matches() && PDF_URL.matcher(u).matches() || PDF_URL.matcher(u).matches()) {
            return LinkKind.PDF;
        }
        if (PROJECT_LABEL.matcher(l).matches()) {
            return LinkKind.PROJECT;
        }
        if (PAPER_LABEL.matcher(l).matches()) {
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
        return m.find() ? Optional.of(TRAILING_PUNCTUATION.matcher(m.group(1)).replaceAll("")) : Optional.empty();
    }
}
