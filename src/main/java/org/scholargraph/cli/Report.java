package org.scholargraph.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scholargraph.ingest.IngestReport;
import org.scholargraph.ingest.Outcome;
import org.scholargraph.ingest.SourceResult;
import org.scholargraph.model.Problem;

/**
 * How ingest results read: one line per source (its warnings and the pages it led to indented
 * below), a table of counts per outcome, a one-line summary.
 */
final class Report {
    private static final int WARNINGS_SHOWN = 3;

    private Report() {
    }

    static String line(SourceResult r) {
        if (r.outcome() == Outcome.LOADED) {
            return String.format(Locale.ROOT, "loaded   %-18s %s  (%d records, %d papers, %d triples, %d ms)",
                    r.kind(), r.source(), r.records(), r.papers(), r.triples(), r.elapsed().toMillis());
        }
        if (r.outcome() == Outcome.SKIPPED) {
            return "skipped  " + r.source() + ": " + r.message();
        }
        return failed(r.message());
    }

    static String failed(String message) {
        return "FAILED   " + message;
    }

    /** The line of a source, then the pages it led to, then its warnings (the first few unless all). */
    static List<String> lines(SourceResult r, boolean allWarnings) {
        List<String> lines = new ArrayList<>();
        lines.add(line(r));
        r.followed().forEach(url -> lines.add("  following " + url));
        lines.addAll(warnings(r, allWarnings));
        return lines;
    }

    static List<String> warnings(SourceResult r, boolean all) {
        List<String> lines = new ArrayList<>();
        List<Problem> ws = r.warnings();
        int shown = all ? ws.size() : Math.min(ws.size(), WARNINGS_SHOWN);
        for (Problem p : ws.subList(0, shown)) {
            String where = p.origin().where();
            lines.add("  warning: " + r.source() + (where.isEmpty() ? "" : ":" + where) + ": " + p.message());
        }
        if (shown < ws.size()) {
            lines.add("  (" + (ws.size() - shown) + " more warnings; --verbose shows them)");
        }
        return lines;
    }

    /** Sources, records, papers and triples per outcome, then the totals and the time taken. */
    static List<String> table(IngestReport report, int unreadable, Duration elapsed) {
        String row = "%-8s %8d %8d %8d %10d";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-8s %8s %8s %8s %10s", "outcome", "sources", "records", "papers",
                "triples"));
        for (Outcome o : Outcome.values()) {
            IngestReport part = new IngestReport(report.results().stream().filter(r -> r.outcome() == o).toList());
            long sources = part.results().size() + (o == Outcome.FAILED ? unreadable : 0);
            lines.add(String.format(Locale.ROOT, row, o.name().toLowerCase(Locale.ROOT), sources, part.records(),
                    part.papers(), part.triples()));
        }
        lines.add(String.format(Locale.ROOT, row + "  in %.1f s", "total", report.results().size() + unreadable,
                report.records(), report.papers(), report.triples(), elapsed.toMillis() / 1000.0));
        return lines;
    }

    static String summary(IngestReport report, int unreadable, Duration elapsed, String store, long quads) {
        long failed = report.count(Outcome.FAILED) + unreadable;
        return String.format(Locale.ROOT,
                "%d sources: %d loaded, %d failed, %d skipped; %d records, %d triples in %.1f s; store %s holds %d quads",
                report.results().size() + unreadable, report.count(Outcome.LOADED), failed, report.count(Outcome.SKIPPED),
                report.records(), report.triples(), elapsed.toMillis() / 1000.0, store, quads)
                + report.resolution().map(r -> System.lineSeparator() + r).orElse("");
    }
}
