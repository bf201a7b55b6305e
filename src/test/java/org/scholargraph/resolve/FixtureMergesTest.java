package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scholargraph.rdf.SG;
import org.scholargraph.store.Store;

/**
 * Precision over every fixture page and sample: each merge of two differently spelled names was
 * checked by hand against the pages (initials, middle names, one typo: one person each), and
 * real different people the fixtures hold with compatible-looking names stay apart.
 */
class FixtureMergesTest {
    /** Every spelling-variant merge over the fixtures, reviewed: one person each. */
    private static final Set<String> REVIEWED = Set.of(
            "Kevin Swerskey = Kevin Swersky", "Pratul P. Srinivasan = Pratul Srinivasan",
            "Chris J. Maddison = Chris Maddison", "Brandon M. Wood = Brandon Wood", "Angel Chang = Angel X. Chang",
            "Ricky Chen = Ricky T. Q. Chen", "Joshua B. Tenenbaum = Joshua Tenenbaum",
            "M Gomez-Rodriguez = Manuel Gomez-Rodriguez", "T. Kipf = T. N. Kipf", "B Schölkopf = Berned Schölkopf",
            "A Szanto = Aron Szanto", "L Lorch = Lars Lorch", "F Salehi = Farnood Salehi",
            "S Tsirtsis = Stratis Tsirtsis", "N Kiyavash = Negar Kiyavash", "J Etesami = Jalal Etesami",
            "P Thiran = Patrick Thiran", "M Grossglauser = Matthias Grossglauser", "H Kremer = Heiner Kremer",
            // Within the LaTeX CVs: co-authors printed with and without a middle initial.
            "A. A. Bharath = A. Bharath", "C. Cantwell = C. D. Cantwell", "E. Walker = E. Y. Walker",
            "S. Chandramouli = S. H. Chandramouli", "S. D. Rosario = S. Di Rosario", "T. Griffiths = T. L. Griffiths",
            "T. Rocktäschel = Tim Rocktäschel");

    @Test
    void everySpellingVariantMergeIsOneReviewedAndLookalikeStrangersStayApart() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples", "src/test/resources/fixtures/award-pages",
                    "src/test/resources/fixtures/hugo-toml", "src/test/resources/fixtures/hugo-yaml",
                    "src/test/resources/fixtures/personal-sites", "src/test/resources/fixtures/cv-text");
            Mentions mentions = store.read(MentionReader::read);
            Resolution r = new Resolver(SG.DEFAULT_BASE).resolve(mentions);

            Set<String> variants = r.decisions().stream()
                    .filter(d -> d.verdict() == Decision.Verdict.MERGED && d.rule().startsWith("name-variant"))
                    .map(d -> pair(d.evidence())).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(REVIEWED), variants);

            assertNotEquals(canonical(r, mentions, "Jun-Yan Zhu"), canonical(r, mentions, "Jun Zhu"));
            assertNotEquals(canonical(r, mentions, "C. Karen Liu"), canonical(r, mentions, "Ce Liu"));
        }
    }

    /** "'A' / 'B': evidence" → "A = B". */
    private static String pair(String evidence) {
        String names = evidence.substring(0, evidence.indexOf("': ") + 1);
        List<String> two = List.of(names.substring(1, names.indexOf("' / '")), names.substring(names.indexOf("' / '") + 5, names.length() - 1));
        return two.stream().sorted().collect(Collectors.joining(" = "));
    }

    private static Set<String> canonical(Resolution r, Mentions mentions, String name) {
        Set<String> out = mentions.people().stream().filter(p -> p.name().equals(name))
                .map(p -> r.personOf().get(p.node())).collect(Collectors.toSet());
        assertEquals(false, out.isEmpty(), name + " is in the fixtures");
        return out;
    }
}
