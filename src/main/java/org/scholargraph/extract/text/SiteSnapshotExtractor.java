package org.scholargraph.extract.text;

import java.util.List;
import java.util.regex.Pattern;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.extract.Extractor;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.source.Document;

/**
 * A personal site captured as text (headings mostly lost, papers as title / authors / "Abstract:"
 * / venue label). Read by the same rules as a text CV, since it is the same kind of text with
 * fewer headings; recognised apart from a CV by its first-person introduction ("I am a …"),
 * labelled abstracts, or one person on most author lists, and never when it is an HTML page, a
 * front-matter page or a CV.
 */
public final class SiteSnapshotExtractor implements Extractor {
    private static final Pattern FIRST_PERSON = Pattern.compile("\\bI(?: am|'m)(?: currently| now)? (?:a|an)\\b");
    private static final Pattern ABSTRACT = Pattern.compile("^(?i:abstract)\\s*:");
    private static final int MIN_ABSTRACTS = 2;
    private static final int MIN_OWNED_PAPERS = 3;

    private final TextProfileReader reader;
    private final VenueCatalog catalog;

    public SiteSnapshotExtractor(VenueCatalog catalog) {
        this.catalog = catalog;
        this.reader = new TextProfileReader(catalog);
    }

    public SiteSnapshotExtractor() {
        this(VenueCatalog.bundled());
    }

    @Override
    public String kind() {
        return "site-snapshot";
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public boolean recognises(Document document) {
        if (!TextDocuments.isPlainText(document)) {
            return false;
        }
        List<Line> lines = LineReader.read(document.text());
        if (CvTextExtractor.isCv(lines)) {
            return false;
        }
        long abstracts = lines.stream().filter(l -> ABSTRACT.matcher(l.plain()).find()).count();
        return abstracts >= MIN_ABSTRACTS || lines.stream().anyMatch(l -> FIRST_PERSON.matcher(l.plain()).find())
                || ownedPapers(lines) >= MIN_OWNED_PAPERS;
    }

    /** How many papers carry the name most papers share: a site lists its owner's papers. */
    private long ownedPapers(List<Line> lines) {
        List<Entry> entries = new PublicationReader(new VenueLine(catalog)).read(lines).entries();
        return SiteOwner.of(entries).map(Names::key).map(owner -> entries.stream()
                .filter(e -> e.authors.authors().names().stream().anyMatch(n -> Names.key(n.name()).equals(owner)))
                .count()).orElse(0L);
    }

    @Override
    public void extract(Document document, ExtractionSink sink) {
        reader.read(document, sink);
    }
}
