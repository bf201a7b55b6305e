package org.scholargraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.scholargraph.ingest.IngestListener;
import org.scholargraph.ingest.IngestReport;
import org.scholargraph.ingest.Outcome;
import org.scholargraph.ingest.SourceResult;

/**
 * Shows an ingest or crawl run as it goes. On a terminal ({@code System.console()} present) a
 * progress bar on stderr, and the sources that failed, were skipped, warned or led to other pages
 * listed on stdout once the bar is done (lines printed under a live bar would tear it). Elsewhere
 * (pipes, logs, tests) one plain line per finished source on stdout as it finishes. Either way a
 * table of counts per outcome at the end.
 */
final class Progress implements IngestListener, AutoCloseable {
    private final PrintWriter out;
    private final boolean verbose;
    private final ProgressBar bar;
    private final List<String> held = new ArrayList<>();
    /** Sources the bar has stepped for on writing, not yet finished (a source can come twice). */
    private final Map<String, Integer> stepped = new HashMap<>();
    private boolean closed;

    private Progress(PrintWriter out, boolean verbose, ProgressBar bar) {
        this.out = out;
        this.verbose = verbose;
        this.bar = bar;
    }

    /** A bar when a person watches a terminal, plain lines otherwise; {@code expected} sources so far. */
    static Progress start(PrintWriter out, boolean verbose, String task, int expected) {
        return System.console() != null ? onTerminal(out, verbose, task, expected) : plain(out, verbose);
    }

    static Progress plain(PrintWriter out, boolean verbose) {
        return new Progress(out, verbose, null);
    }

    private static Progress onTerminal(PrintWriter out, boolean verbose, String task, int expected) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(expected).setUnit(" sources", 1)
                .setUpdateIntervalMillis(250).build();
        return new Progress(out, verbose, bar);
    }

    @Override
    public void finished(SourceResult r) {
        List<String> lines = Report.lines(r, verbose);
        if (bar == null) {
            lines.forEach(out::println);
            out.flush();
            return;
        }
        if (r.outcome() != Outcome.LOADED || lines.size() > 1) {
            held.addAll(lines);
        }
        if (stepped.containsKey(r.source())) {
            stepped.computeIfPresent(r.source(), (source, n) -> n == 1 ? null : n - 1);
        } else {
            advance(r);
        }
    }

    /** The bar moves on when a source is written, long before the commit that makes it final. */
    @Override
    public void written(SourceResult r) {
        if (bar != null) {
            stepped.merge(r.source(), 1, Integer::sum);
            advance(r);
        }
    }

    private void advance(SourceResult r) {
        if (!r.followed().isEmpty()) {
            bar.maxHint(bar.getMax() + r.followed().size());
        }
        bar.setExtraMessage(r.source());
        bar.step();
    }

    /** Ends the bar (if any), lists what it held back, then prints the table of counts. */
    void end(IngestReport report, int unreadable, Duration elapsed) {
        close();
        Report.table(report, unreadable, elapsed).forEach(out::println);
        out.flush();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (bar != null) {
            bar.close();
        }
        held.forEach(out::println);
        held.clear();
    }
}
