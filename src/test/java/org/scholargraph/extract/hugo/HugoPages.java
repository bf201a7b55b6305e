package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.Paper;
import org.scholargraph.source.Document;

/** Fixture pages in, extractions out, and compact views of papers for assertions. */
final class HugoPages {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private HugoPages() {
    }

    static Document document(Path file) {
        try {
            return Document.of(file.toUri().toString(), file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Extraction extract(String fixture, HugoOptions options) {
        return new HugoPublicationExtractor(options).extract(document(FIXTURES.resolve(fixture)));
    }

    /** The one paper a page yields. */
    static Paper paper(String fixture) {
        return paper(fixture, HugoOptions.defaults());
    }

    static Paper paper(String fixture, HugoOptions options) {
        Extraction e = extract(fixture, options);
        assertEquals(1, e.papers().size(), () -> fixture + " should yield one paper; problems: " + e.problems());
        return e.papers().get(0);
    }

    /** "Name" with "*" for equal contribution and " [owner]" for the site owner, in author order. */
    static List<String> authors(Paper paper) {
        return paper.authors().stream().map(HugoPages::show).toList();
    }

    private static String show(Author a) {
        return a.name() + (a.equalContribution() ? "*" : "") + (a.siteOwner() ? " [owner]" : "");
    }

    /** "KIND url" per link, in page order. */
    static List<String> links(Paper paper) {
        return paper.links().stream().map(l -> l.kind() + " " + l.url()).toList();
    }
}
