package org.scholargraph.extract.text;

import java.util.regex.Pattern;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.extract.Extractor;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.source.Document;

/**
 * CVs written in LaTeX, whole or one section file at a time (Awesome-CV, moderncv, a plain
 * article with {@code \section} and itemize): recognised by LaTeX markup that holds a CV section
 * (Publications, Awards …, named by a sectioning command, an environment or a CV macro) with at
 * least one dated entry. A paper or a thesis chapter written in LaTeX has no such section and is
 * not claimed.
 */
public final class LatexCvExtractor implements Extractor {
    private static final Pattern LATEX = Pattern.compile(
            "\\\\(?:documentclass|begin\\s*\\{|(?:sub)*section\\*?\\s*\\{|cv[A-Za-z]+|item\\b)");

    private final LatexCvReader reader;

    public LatexCvExtractor(VenueCatalog catalog) {
        this.reader = new LatexCvReader(catalog);
    }

    public LatexCvExtractor() {
        this(VenueCatalog.bundled());
    }

    @Override
    public String kind() {
        return "cv-latex";
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public boolean recognises(Document document) {
        if (!TextDocuments.isPlainText(document) || !LATEX.matcher(document.text()).find()) {
            return false;
        }
        LatexLayout.Result layout = LatexLayout.read(TexParser.parse(document.text()).nodes());
        return layout.parts().stream().filter(p -> p.kind().isCvSection())
                .anyMatch(p -> p.items().stream().anyMatch(LatexLayout::dated));
    }

    @Override
    public void extract(Document document, ExtractionSink sink) {
        reader.read(document, sink);
    }
}
