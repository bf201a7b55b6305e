package org.scholargraph.extract.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAbstract;
import org.scholargraph.model.Person;
import org.scholargraph.model.Record;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;
import org.scholargraph.source.Document;

/** Loads sample documents and picks records out of an extraction, for the tests of this package. */
final class Samples {
    private Samples() {
    }

    static Document document(String path) {
        try {
            return Document.of(path, path, Files.readAllBytes(Path.of(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document text(String name, String text) {
        return Document.ofText(name, text);
    }

    static <T extends Record> List<T> all(Extraction x, Class<T> type) {
        return x.records().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Paper paper(Extraction x, String title) {
        return x.papers().stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper titled '" + title + "' among "
                        + x.papers().stream().map(Paper::title).toList()));
    }

    static Person person(Extraction x) {
        List<Person> people = all(x, Person.class);
        if (people.size() != 1) {
            throw new AssertionError("expected one person, found " + people);
        }
        return people.get(0);
    }

    static Optional<AwardReceipt> award(Extraction x, String name) {
        return all(x, AwardReceipt.class).stream().filter(a -> a.award().equals(name)).findFirst();
    }

    static List<Talk> talks(Extraction x) {
        return all(x, Talk.class);
    }

    static List<Service> service(Extraction x) {
        return all(x, Service.class);
    }

    static List<PaperAbstract> abstracts(Extraction x) {
        return all(x, PaperAbstract.class);
    }
}
