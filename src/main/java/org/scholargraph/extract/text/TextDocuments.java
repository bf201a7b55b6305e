package org.scholargraph.extract.text;

import java.util.List;
import java.util.regex.Pattern;
import org.scholargraph.source.Document;

/**
 * What tells a text document from the formats other extractors own: an HTML page (doctype,
 * {@code <html>}, {@code <head>} or {@code <body>}) and a page with Hugo/Jekyll front matter
 * are never text CVs, whatever their words.
 */
final class TextDocuments {
    private static final Pattern HTML_PAGE = Pattern.compile(
            "(?is)^\\s*(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>]|<\\?xml)|<head[\\s>]|<body[\\s>]");
    private static final Pattern FRONT_MATTER = Pattern.compile("^(?:---|\\+\\+\\+)\\s*$");
    private static final int SNIFF = 4096;

    private TextDocuments() {
    }

    /** Not binary, not an HTML page, no front matter: a document the text extractors may read. */
    static boolean isPlainText(Document document) {
        if (document.looksBinary()) {
            return false;
        }
        String text = document.text();
        String head = text.substring(0, Math.min(text.length(), SNIFF));
        String firstLine = head.strip().lines().findFirst().orElse("");
        return !HTML_PAGE.matcher(head).find() && !FRONT_MATTER.matcher(firstLine).matches() && !head.isBlank();
    }

    /** The CV section kinds a document heads sections with. */
    static long cvSectionKinds(List<Line> lines) {
        return Sections.split(lines).stream().map(Section::kind).filter(SectionKind::isCvSection).distinct().count();
    }
}
