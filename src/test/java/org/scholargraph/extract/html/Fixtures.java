package org.scholargraph.extract.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scholargraph.model.Paper;
import org.scholargraph.extract.Extraction;
import org.scholargraph.source.Document;

/** Test documents read the way the file source reads them: absolute file URI, path as given. */
final class Fixtures {
    static final String AWARD_PAGES = "src/test/resources/fixtures/award-pages/";

    private Fixtures() {
    }

    static Document file(String path) {
        try {
            Path p = Path.of(path);
            return Document.of(p.toAbsolutePath().toUri().toString(), path, Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An in-memory page at a made-up address (the address matters: it can name the venue). */
    static Document page(String location, String text) {
        return Document.ofText(location, text);
    }

    static Paper titled(Extraction extraction, String title) {
        return extraction.papers().stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper titled '" + title + "' among "
                        + extraction.papers().stream().map(Paper::title).toList()));
    }
}
