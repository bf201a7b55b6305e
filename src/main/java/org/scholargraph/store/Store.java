package org.scholargraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 dataset holding one named graph per source plus the metadata graph. Writes replace
 * whole source graphs inside one write transaction: clear, stream in, record metadata, commit —
 * or abort on any exception, leaving the store exactly as it was.
 */
public final class Store implements AutoCloseable {
    private final DatasetGraph dsg;
    private final Path location;

    private Store(DatasetGraph dsg, Path location) {
        this.dsg = dsg;
        this.location = location;
        // Queries see the union of all source graphs as their default graph; GRAPH ?g still reaches one source.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        ensurePrefixes();
    }

    /** Opens (creating if needed) the TDB2 store in a directory. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new Store(DatabaseMgr.connectDatasetGraph(dir.toString()), dir);
        } catch (Exception e) {
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory TDB2 store (same transactions and union graph), for tests. */
    public static Store inMemory() {
        return new Store(DatabaseMgr.createDatasetGraph(), null);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /** Where the store lives on disk, empty for an in-memory store. */
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    /** Replaces one source's graph in one write transaction. */
    public SourceEntry replace(SourceEntry entry, Consumer<StreamRDF> producer) {
        return replaceAll(List.of(new PendingSource(entry, producer))).get(0);
    }

    /**
     * Replaces several sources' graphs in one write transaction (commits cost disk in TDB2, so an
     * ingest run groups sources). Any exception aborts the whole transaction.
     */
    public List<SourceEntry> replaceAll(List<PendingSource> batch) {
        try (SourceWriter writer = writer()) {
            batch.forEach(writer::write);
            return writer.commit();
        }
    }

    /**
     * A writer that keeps one write transaction open across sources until its caller commits
     * (see {@link SourceWriter}). The store takes one writer at a time.
     */
    public SourceWriter writer() {
        return new SourceWriter(dsg);
    }

    /** Removes a source's graph and metadata; false when the store has no such source. */
    public boolean remove(String graph) {
        return write(() -> {
            SourceMetadata meta = new SourceMetadata(dsg);
            if (meta.get(graph).isEmpty()) {
                return false;
            }
            Departures departures = Departures.before(dsg, NodeFactory.createURI(graph));
            dsg.deleteAny(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY);
            departures.record();
            meta.delete(graph);
            return true;
        });
    }

    public List<SourceEntry> sources() {
        return read(d -> new SourceMetadata(d).all());
    }

    public Optional<SourceEntry> source(String graph) {
        return read(d -> new SourceMetadata(d).get(graph));
    }

    /**
     * All quads in the store, metadata graph included. On TDB2 the count is read off the primary
     * quad and triple indexes, record by record without turning node ids back into nodes: a
     * count through {@code find} decoded every quad's four nodes and took 6 s on a store of
     * 2.1M quads, at the end of every ingest.
     */
    public long quadCount() {
        return read(d -> {
            if (!TDBInternal.isTDB2(d)) {
                return countQuads(Node.ANY);
            }
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(d);
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                    + tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
        });
    }

    /** Runs an action in one write transaction: committed when it returns, aborted when it throws. */
    public <T> T update(Function<DatasetGraph, T> action) {
        return write(() -> action.apply(dsg));
    }

    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    /**
     * Reclaims the space TDB2's copy-on-write commits leave behind (each commit writes fresh
     * index blocks) by bulk-loading the live quads into a new generation (see {@link Compaction});
     * no-op in memory.
     */
    public void compact() {
        if (location != null && dsg instanceof DatasetGraphSwitchable switchable && switchable.hasContainerPath()) {
            Compaction.compact(switchable);
        }
    }

    /**
     * Compacts when it pays: when the indexes' files hold more than {@value #COMPACT_ABOVE} blocks
     * for every block their trees still reach, and the dead ones come to at least
     * {@value #COMPACT_MIN_WASTE_MB} MB (see {@link IndexSpace}). Compaction copies every live
     * block, so it waits until there is much to give back: an ingest of a few sources into a large
     * store leaves it alone, and the disk stays within that factor of the live data. Returns
     * whether it compacted.
     */
    public boolean compactIfWasteful() {
        return compactIfWasteful(COMPACT_ABOVE, COMPACT_MIN_WASTE_MB << 20);
    }

    boolean compactIfWasteful(double ratio, long minWasteBytes) {
        if (location == null) {
            return false;
        }
        IndexSpace space = indexSpace();
        if (space.ratio() <= ratio || space.wastedBytes() < minWasteBytes) {
            return false;
        }
        compact();
        return true;
    }

    /** Measures the indexes' live and dead blocks (in memory: none). */
    IndexSpace indexSpace() {
        return read(IndexSpace::of);
    }

    static final double COMPACT_ABOVE = 1.3;
    static final long COMPACT_MIN_WASTE_MB = 256;

    /** Writes the usual prefixes once, so exports read well in every format. */
    private void ensurePrefixes() {
        boolean missing = Txn.calculateRead(dsg, () -> dsg.prefixes().get("sg") == null);
        if (missing) {
            Txn.executeWrite(dsg, () -> Prefixes.STANDARD.forEach((p, iri) -> dsg.prefixes().add(p, iri)));
        }
    }

    @Override
    public void close() {
        dsg.close();
    }

    private long countQuads(Node g) {
        long n = 0;
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private <T> T write(Supplier<T> action) {
        dsg.begin(TxnType.WRITE);
        T result;
        try {
            result = action.get();
            dsg.commit();
        } catch (RuntimeException | Error e) {
            // An Error too: a resolution that runs out of heap must abort like any failure, and
            // reach the user as itself, not as end()'s complaint that nothing committed or aborted.
            // The transaction ends whatever the abort did: the thread must not stay in it.
            afterFailure(dsg::abort, e);
            afterFailure(dsg::end, e);
            throw e;
        }
        dsg.end();
        return result;
    }

    /** A step of cleaning up after a failed write; its own failure is kept with the first. */
    private static void afterFailure(Runnable step, Throwable failure) {
        try {
            step.run();
        } catch (RuntimeException | Error again) {
            failure.addSuppressed(again);
        }
    }
}
