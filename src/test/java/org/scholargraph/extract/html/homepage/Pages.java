package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Author;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Person;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;
import org.scholargraph.source.Document;

/** Test access to the fixture pages and what the extractor reads from them (read once per page). */
final class Pages {
    static final Path SITES = Path.of("src/test/resources/fixtures/personal-sites");
    private static final Map<String, Extraction> READ = new ConcurrentHashMap<>();

    private Pages() {
    }

    static Document document(Path file) {
        try {
            return Document.of(file.toUri().toString(), file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document site(String name) {
        return document(SITES.resolve(name + ".html"));
    }

    static Extraction extract(String name) {
        return READ.computeIfAbsent(name, n -> new HomepageExtractor().extract(site(n)));
    }

    static Document html(String name, String html) {
        return Document.ofText("https://example.org/" + name, html);
    }

    static Paper paper(Extraction x, String title) {
        return x.papers().stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper titled \"" + title + "\" among "
                        + x.papers().stream().map(Paper::title).toList()));
    }

    static List<String> titles(Extraction x) {
        return x.papers().stream().map(Paper::title).toList();
    }

    static List<String> authors(Paper p) {
        return p.authors().stream().map(Author::name).toList();
    }

    static Person person(Extraction x) {
        List<Person> people = x.records().stream().filter(Person.class::isInstance).map(Person.class::cast).toList();
        assertEquals(1, people.size(), "one Person record per page");
        return people.get(0);
    }

    static List<AwardReceipt> awards(Extraction x) {
        return x.records().stream().filter(AwardReceipt.class::isInstance).map(AwardReceipt.class::cast).toList();
    }

    static List<Talk> talks(Extraction x) {
        return x.records().stream().filter(Talk.class::isInstance).map(Talk.class::cast).toList();
    }

    static List<Service> service(Extraction x) {
        return x.records().stream().filter(Service.class::isInstance).map(Service.class::cast).toList();
    }
}
