package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ingest and crawl print when no terminal watches (as here, and in pipes and logs): one line
 * per finished source as it finishes, then a table of counts per outcome and the summary line.
 */
class ProgressOutputTest {
    private static final Pattern LOADED = Pattern.compile(
            "loaded   (\\S+) +(\\S+)  \\((\\d+) records, (\\d+) papers, (\\d+) triples, (\\d+) ms\\)");

    @TempDir
    Path tmp;

    @Test
    void ingestPrintsALinePerSourceThenTheTableOfOutcomes() {
        Cli.Run run = new Cli(tmp.resolve("store")).run("ingest", "data/samples/icml-2021-awards.html",
                "data/samples/ffjord-publication.md", "missing.html");
        assertEquals(1, run.exit(), run.out());
        List<String> lines = run.outLines();
        assertEquals("FAILED   missing.html: no such file or folder", lines.get(0));
        Matcher icml = loaded(lines, "data/samples/icml-2021-awards.html");
        assertEquals(List.of("award-page", "5", "5"), List.of(icml.group(1), icml.group(3), icml.group(4)));
        Matcher ffjord = loaded(lines, "data/samples/ffjord-publication.md");
        assertEquals(List.of("hugo-publication", "1", "1"), List.of(ffjord.group(1), ffjord.group(3), ffjord.group(4)));
        long triples = Long.parseLong(icml.group(5)) + Long.parseLong(ffjord.group(5));

        assertEquals(List.of("outcome", "sources", "records", "papers", "triples"), row(lines, "outcome"));
        assertEquals(List.of("loaded", "2", "6", "6", String.valueOf(triples)), row(lines, "loaded"));
        assertEquals(List.of("failed", "1", "0", "0", "0"), row(lines, "failed"));
        assertEquals(List.of("skipped", "0", "0", "0", "0"), row(lines, "skipped"));
        assertEquals(List.of("total", "3", "6", "6", String.valueOf(triples), "in"), row(lines, "total").subList(0, 6));
        assertTrue(lines.get(lines.size() - 2).startsWith("3 sources: 2 loaded, 1 failed, 0 skipped; 6 records, "
                + triples + " triples in "), lines.get(lines.size() - 2));
        // Both pages name Will Grathwohl and David Duvenaud on FFJORD and Oops: resolution's line comes last.
        assertTrue(lines.get(lines.size() - 1).startsWith("resolved 21 person names to 19 people"), lines.get(lines.size() - 1));
    }

    @Test
    void crawlCountsUnchangedSourcesAsSkippedInTheTable() throws Exception {
        Path manifest = tmp.resolve("sources.toml");
        Files.writeString(manifest, """
                [[source]]
                id = "icml"
                path = "data/samples/icml-2021-awards.html"

                [[source]]
                id = "cv"
                kind = "cv-text"
                path = "data/samples/grathwohl-cv.txt"
                """);
        Cli cli = new Cli(tmp.resolve("store"));
        String[] crawl = {"crawl", "--store=" + tmp.resolve("store"), "--cache=" + tmp.resolve("cache"),
            "--sources=" + manifest};
        Cli.Run first = cli.run(crawl);
        assertEquals(0, first.exit(), first.out());
        assertEquals("award-page", loaded(first.outLines(), "data/samples/icml-2021-awards.html").group(1));
        Matcher cv = loaded(first.outLines(), "data/samples/grathwohl-cv.txt");
        assertEquals(List.of("cv-text", "27", "8"), List.of(cv.group(1), cv.group(3), cv.group(4)));
        assertEquals(List.of("loaded", "2", "32", "13"), row(first.outLines(), "loaded").subList(0, 4));

        Cli.Run second = cli.run(crawl);
        assertEquals(0, second.exit(), second.out());
        assertEquals(List.of("skipped  data/samples/icml-2021-awards.html: unchanged since the last ingest",
                "skipped  data/samples/grathwohl-cv.txt: unchanged since the last ingest"),
                second.outLines().subList(0, 2));
        assertEquals(List.of("loaded", "0", "0", "0", "0"), row(second.outLines(), "loaded"));
        assertEquals(List.of("skipped", "2", "0", "0", "0"), row(second.outLines(), "skipped"));
    }

    private static Matcher loaded(List<String> lines, String source) {
        for (String line : lines) {
            Matcher m = LOADED.matcher(line);
            if (m.matches() && m.group(2).equals(source)) {
                return m;
            }
        }
        throw new AssertionError("no loaded line for " + source + " in\n" + String.join("\n", lines));
    }

    /** The row of the table (which starts at its "outcome" header) whose first cell is given. */
    private static List<String> row(List<String> lines, String first) {
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("outcome ")).findFirst()
                .orElseThrow(() -> new AssertionError("no table in\n" + String.join("\n", lines))));
        return lines.subList(header, lines.size()).stream().filter(l -> l.startsWith(first + " ")).findFirst()
                .map(l -> Arrays.asList(l.strip().split(" +")))
                .orElseThrow(() -> new AssertionError("no row '" + first + "' in\n" + String.join("\n", lines)));
    }
}
