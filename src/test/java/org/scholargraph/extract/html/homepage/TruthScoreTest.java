package org.scholargraph.extract.html.homepage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargraph.extract.Extraction;
import org.scholargraph.model.Paper;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;
import org.scholargraph.source.Document;

/**
 * Precision and recall of the homepage extractor against hand-made ground truth.
 *
 * <p>Matching rule: a paper counts as correct when its (title, ordered authors, venue, year) key
 * equals a truth entry's key, each truth entry matched at most once. Titles and author names are
 * compared folded — lower case, diacritics removed, every run of punctuation and whitespace one
 * space — so "Castañeda"/"Castaneda" and "Title."/"Title" agree, while a missing, extra or reordered
 * author does not. Venues are compared as series: text naming a series the bundled {@link
 * VenueCatalog} knows ("8th International Conference on Learning Representations (ICLR)", "ICLR",
 * "Arxiv") is that series' short name; a workshop ("ICLR 2019 Workshop on …") and text naming no known
 * series ("Patent: CN105447529 A", "ACM Transactions on Graphics (TOG)") are compared as folded text.
 * The extractor's side uses the venue's short name when it has one, else its long name. Years must
 * be equal. Precision = correct / extracted, recall = correct / truth, F1 their harmonic mean.
 */
class TruthScoreTest {
    private static final double FLOOR = 0.9;
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final VenueCatalog CATALOG = VenueCatalog.bundled();

    record Key(String title, List<String> authors, String venue, Integer year) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"tingwuwang__index", "erikwijmans__publication__index"})
    void f1MeetsTheFloor(String name) throws Exception {
        JsonNode truth = new ObjectMapper().readTree(FIXTURES.resolve("truth/" + name + ".json").toFile());
        Path page = FIXTURES.resolve(truth.get("file").asText());
        Extraction x = new HomepageExtractor().extract(Document.of(page.toUri().toString(), page.toString(),
                Files.readAllBytes(page)));

        List<Key> expected = new ArrayList<>();
        for (JsonNode p : truth.get("publications")) {
            List<String> authors = new ArrayList<>();
            p.get("authors").forEach(a -> authors.add(fold(a.asText())));
            expected.add(new Key(fold(p.get("title").asText()), authors, venueKey(p.get("venue").asText()),
                    p.get("year").isNull() ? null : p.get("year").asInt()));
        }
        List<Key> got = new ArrayList<>();
        for (Paper p : x.papers()) {
            VenueRef v = p.venue();
            got.add(new Key(fold(p.title()), p.authors().stream().map(a -> fold(a.name())).toList(),
                    v == null ? "" : venueKey(v.shortName() != null ? v.shortName() : v.longName()), p.year()));
        }

        List<Key> unmatched = new ArrayList<>(expected);
        int correct = 0;
        List<Key> wrong = new ArrayList<>();
        for (Key k : got) {
            if (unmatched.remove(k)) {
                correct++;
            } else {
                wrong.add(k);
            }
        }
        double precision = got.isEmpty() ? 0 : (double) correct / got.size();
        double recall = (double) correct / expected.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "%s: %d extracted, %d in truth, %d correct; precision %.3f recall %.3f "
                + "F1 %.3f%n", name, got.size(), expected.size(), correct, precision, recall, f1);
        wrong.forEach(k -> System.out.println("  extracted, not in truth: " + k));
        unmatched.forEach(k -> System.out.println("  in truth, not extracted: " + k));
        assertTrue(f1 >= FLOOR, String.format(Locale.ROOT, "%s: F1 %.3f under the floor %.2f (precision %.3f, "
                + "recall %.3f)", name, f1, FLOOR, precision, recall));
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String venueKey(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        if (text.toLowerCase(Locale.ROOT).contains("workshop")) {
            return "text:" + fold(text);
        }
        return CATALOG.lookup(text).or(() -> CATALOG.findIn(text))
                .map(s -> "series:" + s.shortName().toLowerCase(Locale.ROOT)).orElse("text:" + fold(text));
    }
}
