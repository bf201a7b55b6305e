package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The cheap bound that rejects most pairs of titles must never reject a pair the edit distance would keep. */
class TitleFormTest {
    private static final String[] WORDS = {"learning", "neural", "graph", "networks", "deep", "energy", "based", "models",
        "scalable", "inference", "of", "the", "for", "with", "a", "2", "ode", "flows", "ünsupervised", "Ω"};

    @Test
    void theCharacterCountBoundNeverExceedsTheEditDistance() {
        Random random = new Random(7);
        LevenshteinDistance exact = LevenshteinDistance.getDefaultInstance();
        int near = 0;
        int rejectedByBound = 0;
        for (int i = 0; i < 5_000; i++) {
            TitleForm a = TitleForm.of(title(random));
            TitleForm b = TitleForm.of(i % 2 == 0 ? typo(a.text(), random) : title(random));
            int d = exact.apply(a.text(), b.text());
            assertTrue(a.editsAtLeast(b) <= d, a + " / " + b + ": bound " + a.editsAtLeast(b) + " > distance " + d);
            boolean plain = a.numbers().equals(b.numbers()) && a.similarity(b) >= TitleForm.NEAR_IDENTICAL;
            assertEquals(plain, a.nearIdentical(b), a + " / " + b);
            near += plain ? 1 : 0;
            int longer = Math.max(a.text().length(), b.text().length());
            rejectedByBound += longer > 0 && 1 - (double) a.editsAtLeast(b) / longer < TitleForm.NEAR_IDENTICAL ? 1 : 0;
        }
        // Both outcomes are exercised, and the bound does reject.
        assertTrue(near > 500, "near-identical pairs: " + near);
        assertTrue(rejectedByBound > 1_000, "pairs the bound rejects: " + rejectedByBound);
    }

    @Test
    void aTitlesWordsAndBlockKeysComeFromItsFoldedText() {
        TitleForm f = TitleForm.of("  Élan: Learning -- Graph Networks (Part 2)! ");
        assertEquals("elan learning graph networks part 2", f.text());
        assertEquals(java.util.List.of("elan", "learning", "graph", "networks", "part", "2"), f.words());
        assertEquals(java.util.List.of("2"), f.numbers());
        assertEquals(java.util.List.of("t<elan learning graph", "t>networks part 2"), BlockKeys.title(f));
        assertEquals(java.util.List.of(), TitleForm.of("?!").words());
        assertEquals(java.util.List.of(), BlockKeys.title(TitleForm.of(null)));
    }

    @Test
    void titlesOfOneLengthMadeOfOtherWordsAreToldApartByTheBoundAlone() {
        TitleForm a = TitleForm.of("Scalable Inference for Deep Graph Models");
        TitleForm b = TitleForm.of("Scalable Inference for Wide Tree Modules");
        assertEquals(a.text().length(), b.text().length());
        assertTrue(1 - (double) a.editsAtLeast(b) / a.text().length() < TitleForm.NEAR_IDENTICAL, "bound " + a.editsAtLeast(b));
        assertFalse(a.nearIdentical(b));
        assertTrue(TitleForm.of("Neural Ordinary Differential Equations").nearIdentical(TitleForm.of("Neural Ordinary Diferential Equations")));
    }

    @Test
    void aBlockSweptByLengthGivesTheNearIdenticalPairsAllPairsWouldInTheirOrder() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            java.util.List<PaperResolver.PaperFacts> block = new java.util.ArrayList<>();
            for (int i = 0; i < 120; i++) {
                PaperResolver.PaperFacts p = new PaperResolver.PaperFacts("paper/" + i);
                String text = i > 0 && random.nextBoolean() ? typo(block.get(random.nextInt(i)).form.text(), random) : title(random);
                p.form = TitleForm.of(text);
                block.add(p);
            }
            java.util.List<Long> all = new java.util.ArrayList<>();
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    if (block.get(i).form.nearIdentical(block.get(j).form)) {
                        all.add((long) i << 32 | j);
                    }
                }
            }
            long[] swept = PaperResolver.nearIdenticalPairs(block);
            assertEquals(all, java.util.Arrays.stream(swept).boxed().toList());
            assertTrue(round > 0 || all.size() > 20, "pairs in the first block: " + all.size());
        }
    }

    private static String title(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 3 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    /** Up to three edits: near-identical or just past it. */
    private static String typo(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        for (int e = random.nextInt(4); e > 0 && s.length() > 1; e--) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, (char) ('a' + random.nextInt(26)));
                default -> s.setCharAt(at, (char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }
}
