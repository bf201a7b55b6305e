package org.scholargraph.extract;

import java.util.List;
import java.util.Optional;
import org.scholargraph.extract.html.AwardPageExtractor;
import org.scholargraph.extract.html.homepage.HomepageExtractor;
import org.scholargraph.extract.hugo.HugoOptions;
import org.scholargraph.extract.hugo.HugoPublicationExtractor;
import org.scholargraph.extract.text.CvTextExtractor;
import org.scholargraph.extract.text.LatexCvExtractor;
import org.scholargraph.extract.text.SiteSnapshotExtractor;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.source.Document;

/**
 * The extractors scholargraph knows, in detection order: the most specific formats first, so a
 * Hugo page (front matter) is never taken for an HTML page, nor a LaTeX CV for a text one. A plain list beats a plugin framework
 * while there are few kinds.
 */
public final class Extractors {
    private final List<Extractor> all;
    private final VenueCatalog catalog;

    public Extractors(List<Extractor> all) {
        this(all, VenueCatalog.bundled());
    }

    private Extractors(List<Extractor> all, VenueCatalog catalog) {
        this.all = List.copyOf(all);
        this.catalog = catalog;
    }

    /** Every extractor scholargraph ships, sharing the bundled venue catalog. */
    public static Extractors standard(boolean includeDrafts) {
        return standard(includeDrafts, VenueCatalog.bundled());
    }

    /** Every extractor scholargraph ships, sharing one venue catalog (the bundled one, or it plus a user's table). */
    public static Extractors standard(boolean includeDrafts, VenueCatalog catalog) {
        return new Extractors(List.of(
                new HugoPublicationExtractor(HugoOptions.defaults().withDrafts(includeDrafts), catalog),
                new AwardPageExtractor(catalog),
                new HomepageExtractor(catalog),
                new LatexCvExtractor(catalog),
                new SiteSnapshotExtractor(catalog),
                new CvTextExtractor(catalog)), catalog);
    }

    /** The venue series the extractors read venues with; mapping uses the same, so names meet. */
    public VenueCatalog catalog() {
        return catalog;
    }

    public List<String> kinds() {
        return all.stream().map(Extractor::kind).toList();
    }

    public Optional<Extractor> byKind(String kind) {
        return all.stream().filter(e -> e.kind().equals(kind)).findFirst();
    }

    /** The first extractor that recognises the document, if any. */
    public Optional<Extractor> detect(Document document) {
        return all.stream().filter(e -> e.recognises(document)).findFirst();
    }
}
