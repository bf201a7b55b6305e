package org.scholargraph.extract.text;

import java.util.List;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.extract.Extractor;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.source.Document;

/**
 * CVs written as text or Markdown (a PDF CV captured as text, a generated Markdown CV with inline
 * HTML): recognised by at least two CV section headings (Publications, Awards, Education,
 * Experience, Talks, Service) in a document that is neither an HTML page nor a front-matter page.
 */
public final class CvTextExtractor implements Extractor {
    private static final int MIN_SECTIONS = 2;

    private final TextProfileReader reader;

    public CvTextExtractor(VenueCatalog catalog) {
        this.reader = new TextProfileReader(catalog);
    }

    public CvTextExtractor() {
        this(VenueCatalog.bundled());
    }

    @Override
    public String kind() {
        return "cv-text";
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public boolean recognises(Document document) {
        return TextDocuments.isPlainText(document) && isCv(LineReader.read(document.text()));
    }

    static boolean isCv(List<Line> lines) {
        return TextDocuments.cvSectionKinds(lines) >= MIN_SECTIONS;
    }

    @Override
    public void extract(Document document, ExtractionSink sink) {
        reader.read(document, sink);
    }
}
