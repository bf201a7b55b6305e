package org.scholargraph.extract.hugo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** arXiv identifiers and DOIs as they appear in links and venue strings. */
final class Identifiers {
    private static final String ARXIV_ID = "(\\d{4}\\.\\d{4,5}|[a-z][a-z\\-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?";
    private static final Pattern ARXIV_URL = Pattern.compile(
            "^(?:https?:)?//(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html|format)/" + ARXIV_ID + "(?:\\.pdf)?/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARXIV_TEXT = Pattern.compile("(?i:arXiv):\\s*" + ARXIV_ID);
    private static final String DOI = "(10\\.\\d{4,9}/[^\\s?#]+)";
    private static final Pattern DOI_URL = Pattern.compile(
            "^(?:https?:)?//(?:dx\\.)?doi\\.org/" + DOI + "|^(?:https?:)?//[^/]+/doi/(?:abs/|full/|pdf/|epdf/)?" + DOI,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_DOI = Pattern.compile("^(?:doi:\\s*|(?:https?:)?//(?:dx\\.)?doi\\.org/)?" + DOI + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;)/]+$");

    private Identifiers() {
    }

    /** "https://arxiv.org/pdf/1810.01367v2.pdf" → "1810.01367". */
    static Optional<String> arxivIdOfUrl(String url) {
        Matcher m = ARXIV_URL.matcher(url.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "arXiv preprint arXiv:1906.04645" → "1906.04645". */
    static Optional<String> arxivIdInText(String text) {
        Matcher m = text == null ? null : ARXIV_TEXT.matcher(text);
        return m != null && m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The text with its "arXiv:…" identifiers removed, so their digits are not read as years. */
    static String withoutArxivIds(String text) {
        return text == null ? null : ARXIV_TEXT.matcher(text).replaceAll(" ").strip();
    }

    /** "https://doi.org/10.3390/e26030252" or "https://dl.acm.org/doi/10.1145/3530774" → the DOI. */
    static Optional<String> doiOfUrl(String url) {
        Matcher m = DOI_URL.matcher(url.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(trimPunctuation(m.group(1) != null ? m.group(1) : m.group(2)));
    }

    /** A DOI as a {@code doi} key gives it: bare, "doi:…" or as a doi.org URL. */
    static Optional<String> doi(String value) {
        Matcher m = value == null ? null : BARE_DOI.matcher(value.strip());
        return m != null && m.find() ? Optional.of(trimPunctuation(m.group(1))) : Optional.empty();
    }

    private static String trimPunctuation(String s) {
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("");
    }
}
