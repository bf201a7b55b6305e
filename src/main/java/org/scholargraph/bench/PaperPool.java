package org.scholargraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The papers of the synthetic bibliography. Each source owner (people ranks 0..owners-1) writes a
 * few papers of their own; their co-authors are drawn by popularity from the whole pool, and since
 * owners are the most popular people, a paper usually lands on several owners' lists: the same
 * paper is then printed by several sources, in each one's style. Author counts per paper follow a
 * Zipf-like law (most papers have 2–5 authors, a few have a dozen).
 */
final class PaperPool {
    static final String FFJORD = "FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models";
    static final int FIRST_YEAR = 2012;
    static final int YEARS = 13;

    private final List<SyntheticPaper> papers;
    private final List<List<Integer>> byOwner;
    private final List<List<Integer>> byEdition;

    private PaperPool(List<SyntheticPaper> papers, List<List<Integer>> byOwner, List<List<Integer>> byEdition) {
        this.papers = papers;
        this.byOwner = byOwner;
        this.byEdition = byEdition;
    }

    static PaperPool generate(PeoplePool people, int owners, int meanOwnPapers, SplittableRandom random) {
        Zipf coauthor = new Zipf(people.size(), 0.9);
        Zipf extraAuthors = new Zipf(11, 1.4);
        List<SyntheticPaper> papers = new ArrayList<>();
        for (int owner = 0; owner < owners; owner++) {
            int own = meanOwnPapers / 2 + random.nextInt(meanOwnPapers + 1);
            for (int i = 0; i < own; i++) {
                papers.add(paper(papers.size(), owner, people, coauthor, 1 + extraAuthors.draw(random), random));
            }
        }
        int slot = ffjordSlot(people, papers);
        papers.set(slot, ffjord(people, slot));
        return new PaperPool(List.copyOf(papers), index(papers, owners), editions(papers));
    }

    private static SyntheticPaper paper(int id, int owner, PeoplePool people, Zipf coauthor, int others,
            SplittableRandom random) {
        List<Integer> authors = new ArrayList<>();
        while (authors.size() < others) {
            int p = coauthor.draw(random);
            if (p != owner && !authors.contains(p)) {
                authors.add(p);
            }
        }
        // Owners are students (first), advisors (last) or somewhere between.
        int roll = random.nextInt(10);
        int at = roll < 4 ? 0 : roll < 8 ? authors.size() : random.nextInt(authors.size() + 1);
        authors.add(at, owner);
        SyntheticPaper.Venue venue = SyntheticPaper.Venue.values()[random.nextInt(SyntheticPaper.Venue.values().length)];
        return new SyntheticPaper(id, Titles.of(id), authors.stream().mapToInt(Integer::intValue).toArray(), venue,
                FIRST_YEAR + random.nextInt(YEARS), authors.size() > 1 && random.nextInt(7) == 0);
    }

    /** The first paper of the first sample person becomes FFJORD, as the samples print it. */
    private static int ffjordSlot(PeoplePool people, List<SyntheticPaper> papers) {
        int will = people.rankOf(PeoplePool.SAMPLE_PEOPLE.get(0));
        for (SyntheticPaper p : papers) {
            if (contains(p.authors(), will)) {
                return p.id();
            }
        }
        return 0;
    }

    private static SyntheticPaper ffjord(PeoplePool people, int id) {
        int[] authors = PeoplePool.SAMPLE_PEOPLE.subList(0, 5).stream().mapToInt(people::rankOf).toArray();
        return new SyntheticPaper(id, FFJORD, authors, SyntheticPaper.Venue.ICLR, 2019, true);
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Integer>> index(List<SyntheticPaper> papers, int owners) {
        List<List<Integer>> byOwner = new ArrayList<>(owners);
        for (int i = 0; i < owners; i++) {
            byOwner.add(new ArrayList<>());
        }
        for (SyntheticPaper p : papers) {
            for (int a : p.authors()) {
                if (a < owners) {
                    byOwner.get(a).add(p.id());
                }
            }
        }
        return byOwner;
    }

    private static List<List<Integer>> editions(List<SyntheticPaper> papers) {
        List<List<Integer>> byEdition = new ArrayList<>();
        for (int i = 0; i < SyntheticPaper.Venue.values().length * YEARS; i++) {
            byEdition.add(new ArrayList<>());
        }
        papers.forEach(p -> byEdition.get(edition(p.venue(), p.year())).add(p.id()));
        return byEdition;
    }

    static int editions() {
        return SyntheticPaper.Venue.values().length * YEARS;
    }

    static int edition(SyntheticPaper.Venue venue, int year) {
        return venue.ordinal() * YEARS + (year - FIRST_YEAR);
    }

    SyntheticPaper get(int id) {
        return papers.get(id);
    }

    int size() {
        return papers.size();
    }

    /** The papers an owner is an author of, in generation order. */
    List<Integer> ofOwner(int owner) {
        return byOwner.get(owner);
    }

    List<Integer> ofEdition(int edition) {
        return byEdition.get(edition);
    }
}
