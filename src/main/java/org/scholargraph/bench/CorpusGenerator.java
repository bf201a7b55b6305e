package org.scholargraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes a synthetic corpus in scholargraph's input formats under one folder: award pages,
 * homepages, CVs and Hugo sites. The same seed and size give byte-identical files. Owners of
 * homepages and CVs overlap (half the CV owners also have a homepage), Hugo sites start at the
 * sample people, and every paper is printed by each of its authors' sources, so people and
 * papers repeat across sources under different spellings.
 */
public final class CorpusGenerator {
    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Generates {@code documents} documents under {@code root}, telling {@code sink} about each. */
    public Summary generate(int documents, Path root, Consumer<GeneratedDocument> sink) {
        CorpusPlan plan = CorpusPlan.of(documents);
        SplittableRandom random = new SplittableRandom(seed);
        PeoplePool people = PeoplePool.generate(plan.people(), random.split());
        PaperPool papers = PaperPool.generate(people, plan.owners(), plan.meanOwnPapers(), random.split());
        Writing w = new Writing(root, people, papers, sink);
        writeHomepages(plan, w, random.split());
        writeCvs(plan, w);
        writeHugoSites(plan, w, random.split());
        writeAwardPages(plan, w, random.split());
        return new Summary(w.documents, w.mentions, papers.size(), people.size());
    }

    /** What was written: documents, paper mentions over all documents, distinct papers and people. */
    public record Summary(int documents, long paperMentions, int papers, int people) {
    }

    private static void writeHomepages(CorpusPlan plan, Writing w, SplittableRandom random) {
        NameVariant[] styles = {NameVariant.AS_GIVEN, NameVariant.INITIALS, NameVariant.ASCII, NameVariant.NO_MIDDLE};
        HomepageWriter writer = new HomepageWriter();
        for (int owner = 0; owner < plan.homepages(); owner++) {
            SyntheticPerson p = w.people.get(owner);
            Page page = writer.write(p, w.listed(owner), w.people, styles[random.nextInt(styles.length)]);
            w.write("homepages/" + p.slug() + "/index.html", HomepageWriter.KIND, page);
        }
    }

    private static void writeCvs(CorpusPlan plan, Writing w) {
        CvWriter writer = new CvWriter();
        for (int i = 0; i < plan.cvs(); i++) {
            int owner = plan.firstCvOwner() + i;
            SyntheticPerson p = w.people.get(owner);
            w.write("cvs/" + p.slug() + "-cv.txt", CvWriter.KIND, writer.write(p, w.listed(owner), w.people));
        }
    }

    /** One site per owner from the sample people on, each with one page per listed paper. */
    private static void writeHugoSites(CorpusPlan plan, Writing w, SplittableRandom random) {
        HugoPageWriter writer = new HugoPageWriter();
        int left = plan.hugoPages();
        for (int site = 0; left > 0; site++) {
            int owner = (PeoplePool.SAMPLE_RANK + site) % plan.owners();
            int mirror = (PeoplePool.SAMPLE_RANK + site) / plan.owners();
            SyntheticPerson p = w.people.get(owner);
            String folder = "hugo/" + p.slug() + (mirror == 0 ? "" : "-mirror" + mirror) + "/content/publication/";
            NameVariant style = random.nextInt(3) == 0 ? NameVariant.ASCII : NameVariant.AS_GIVEN;
            List<SyntheticPaper> listed = w.listed(owner);
            for (int i = 0; i < listed.size() && i < CorpusPlan.HUGO_SITE_PAGES && left > 0; i++, left--) {
                SyntheticPaper paper = listed.get(i);
                w.write(folder + "paper-" + paper.id() + "/index.md", HugoPageWriter.KIND,
                        writer.write(paper, owner, w.people, style));
            }
        }
    }

    /** Award pages edition after edition from ICML 2021 on; later rounds re-list an edition. */
    private static void writeAwardPages(CorpusPlan plan, Writing w, SplittableRandom random) {
        AwardPageWriter writer = new AwardPageWriter();
        int start = PaperPool.edition(SyntheticPaper.Venue.ICML, 2021);
        for (int i = 0; i < plan.awardPages(); i++) {
            int edition = (start + i) % PaperPool.editions();
            SyntheticPaper.Venue venue = SyntheticPaper.Venue.values()[edition / PaperPool.YEARS];
            int year = PaperPool.FIRST_YEAR + edition % PaperPool.YEARS;
            List<AwardPageWriter.Award> awards = awards(w.papers.ofEdition(edition), w.papers, random);
            if (awards.isEmpty()) {
                continue;
            }
            int round = i / PaperPool.editions();
            NameVariant style = round % 2 == 0 ? NameVariant.AS_GIVEN : NameVariant.ASCII;
            String name = venue.name().toLowerCase(java.util.Locale.ROOT) + "-" + year + "-awards"
                    + (round == 0 ? "" : "-" + round) + ".html";
            w.write("awards/" + name, AwardPageWriter.KIND, writer.write(venue, year, awards, w.people, style));
        }
    }

    private static List<AwardPageWriter.Award> awards(List<Integer> edition, PaperPool papers, SplittableRandom random) {
        List<AwardPageWriter.Award> awards = new ArrayList<>();
        int count = Math.min(edition.size(), 5 + random.nextInt(11));
        int step = Math.max(1, edition.size() / Math.max(1, count));
        for (int i = random.nextInt(step); i < edition.size() && awards.size() < count; i += step) {
            String label = AwardPageWriter.LABELS[awards.isEmpty() ? 0 : random.nextInt(AwardPageWriter.LABELS.length)];
            awards.add(new AwardPageWriter.Award(papers.get(edition.get(i)), label, random.nextInt(3) == 0));
        }
        return awards;
    }

    /** The state shared by the format passes: where to write, the pools, the counts. */
    private static final class Writing {
        final Path root;
        final PeoplePool people;
        final PaperPool papers;
        final Consumer<GeneratedDocument> sink;
        int documents;
        long mentions;

        Writing(Path root, PeoplePool people, PaperPool papers, Consumer<GeneratedDocument> sink) {
            this.root = root;
            this.people = people;
            this.papers = papers;
            this.sink = sink;
        }

        List<SyntheticPaper> listed(int owner) {
            List<Integer> ids = papers.ofOwner(owner);
            return ids.subList(0, Math.min(ids.size(), CorpusPlan.MAX_LISTED)).stream().map(papers::get).toList();
        }

        void write(String relative, String kind, Page page) {
            Path path = root.resolve(relative);
            try {
                Files.createDirectories(path.getParent());
                Files.writeString(path, page.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
            }
            documents++;
            mentions += page.papers().size();
            sink.accept(new GeneratedDocument(path, kind, page.papers()));
        }
    }
}
