package org.scholargraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Replaces source graphs inside a write transaction that stays open across sources until the
 * caller commits: an ingest streams each source into the store as soon as it is mapped, so
 * memory holds one source and the writer's chunk, however many sources a commit takes. Every
 * TDB2 commit leaves copies of the index blocks it touched on disk until compaction, so fewer,
 * larger commits keep the store small; nothing of a source is visible before its commit, and a
 * commit holds every source written since the last one or none of them.
 *
 * <p>A write that throws aborts the transaction: the sources written since the last commit are
 * lost together and the store is as it was after that commit. The writer can be used again.
 */
public final class SourceWriter implements AutoCloseable {
    private final DatasetGraph dsg;
    private final List<SourceEntry> written = new ArrayList<>();
    private final List<Departures> departures = new ArrayList<>();
    private final Set<Node> graphs = new HashSet<>();
    private IndexOrderWriter out;
    private SourceMetadata meta;
    private long quads;

    SourceWriter(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Replaces one source's graph in the open transaction (beginning one if none is open). */
    public SourceEntry write(PendingSource p) {
        begin();
        try {
            Node g = NodeFactory.createURI(p.entry().graph());
            if (!graphs.add(g)) {
                // The same source twice before a commit: the later replaces what the earlier wrote.
                out.flush();
            }
            departures.add(Departures.before(dsg, g));
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            GraphSink sink = new GraphSink(out, g);
            sink.start();
            p.producer().accept(sink);
            sink.finish();
            SourceEntry done = p.entry().withTriples(sink.written());
            meta.put(done);
            written.add(done);
            quads += sink.written();
            return done;
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** Sources written since the last commit. */
    public int sources() {
        return written.size();
    }

    /** Quads written since the last commit. */
    public long quads() {
        return quads;
    }

    /** Commits what was written since the last commit; the entries committed, in the order written. */
    public List<SourceEntry> commit() {
        if (out == null) {
            return List.of();
        }
        try {
            out.flush();
            // What left each graph is known only once every graph of the transaction is written.
            departures.forEach(Departures::record);
            dsg.commit();
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
        List<SourceEntry> committed = List.copyOf(written);
        end();
        return committed;
    }

    /** Drops what was written since the last commit. */
    public void abort() {
        if (out != null) {
            try {
                dsg.abort();
            } finally {
                end();
            }
        }
    }

    /** Aborts anything not committed. */
    @Override
    public void close() {
        abort();
    }

    private void begin() {
        if (out == null) {
            dsg.begin(TxnType.WRITE);
            out = new IndexOrderWriter(dsg);
            meta = new SourceMetadata(dsg);
        }
    }

    private void end() {
        if (dsg.isInTransaction()) {
            dsg.end();
        }
        out = null;
        meta = null;
        written.clear();
        departures.clear();
        graphs.clear();
        quads = 0;
    }
}
