package org.scholargraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds many quads to a TDB2 store inside the caller's write transaction, each index taking them
 * in the order its B+tree keeps its keys. {@code DatasetGraph.add} inserts each quad into six
 * indexes at once, so all but one receive keys in no order and nearly every insert descends to a
 * different leaf; here a chunk of quads is buffered, its distinct nodes are looked up (new ones
 * allocated) once each, and every index takes the chunk sorted in its own key order, so
 * consecutive keys land in the leaf just visited. The same calls {@code add} makes, on the same
 * thread and in the same transaction, reordered: about a sixth less time for a resolution's
 * 2.4 million triples (bench/results/resolution-100000.json). Memory is bounded by the chunk.
 *
 * <p>Quads are visible to reads of the transaction only after {@link #flush}. Adding a quad the
 * store holds already changes nothing, as with {@code add}. On a dataset that is not TDB2 (tests'
 * in-memory stores) quads go straight to {@code add}.
 */
public final class IndexOrderWriter {
    /**
     * Quads sorted and inserted together: about 25 MB of buffers and rows. A larger chunk (a
     * million) was no faster on the 100k resolution bench and added 70 MB to ingest's peak heap.
     */
    private static final int CHUNK = 1 << 18;

    private final DatasetGraph dsg;
    private final int chunk;
    private final NodeTable nodes;
    private final TupleIndex[] indexes;
    private Node[] buffer = new Node[4 * 1024];
    private int size;

    public IndexOrderWriter(DatasetGraph dsg) {
        this(dsg, CHUNK);
    }

    /** @param chunk how many quads are buffered before they are written (tests write several chunks) */
    IndexOrderWriter(DatasetGraph dsg, int chunk) {
        this.dsg = dsg;
        this.chunk = chunk;
        DatasetGraphTDB tdb = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        if (tdb == null) {
            nodes = null;
            indexes = null;
        } else {
            var table = tdb.getQuadTable().getNodeTupleTable();
            nodes = table.getNodeTable();
            indexes = table.getTupleTable().getIndexes();
        }
    }

    public void add(Node g, Node s, Node p, Node o) {
        if (nodes == null) {
            dsg.add(g, s, p, o);
            return;
        }
        if (size * 4 == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int at = size * 4;
        buffer[at] = g;
        buffer[at + 1] = s;
        buffer[at + 2] = p;
        buffer[at + 3] = o;
        size++;
        if (size == chunk) {
            flush();
        }
    }

    /** Writes what is buffered into every index. */
    public void flush() {
        if (size == 0) {
            return;
        }
        long[][] rows = rows();
        size = 0;
        Arrays.fill(buffer, null);
        for (TupleIndex index : indexes) {
            int[] order = keyOrder(index.getMapping());
            Arrays.sort(rows, (a, b) -> compare(a, b, order));
            long[] previous = null;
            for (long[] row : rows) {
                if (!Arrays.equals(previous, row)) {
                    index.add(TupleFactory.create4(id(row[0]), id(row[1]), id(row[2]), id(row[3])));
                }
                previous = row;
            }
        }
    }

    /** The buffered quads as rows of node-id keys (g, s, p, o), each distinct node looked up once. */
    private long[][] rows() {
        Map<Node, Long> ids = new HashMap<>();
        long[][] rows = new long[size][];
        for (int i = 0; i < size; i++) {
            long[] row = new long[4];
            for (int j = 0; j < 4; j++) {
                row[j] = ids.computeIfAbsent(buffer[4 * i + j], n -> key(nodes.getAllocateNodeId(n)));
            }
            rows[i] = row;
        }
        return rows;
    }

    /** For each position of an index's key, the natural (g, s, p, o) slot stored there. */
    private static int[] keyOrder(TupleMap map) {
        Tuple<Integer> mapped = map.map(TupleFactory.create4(0, 1, 2, 3));
        return new int[] {mapped.get(0), mapped.get(1), mapped.get(2), mapped.get(3)};
    }

    /** Compares two rows (natural g, s, p, o order) in an index's key order, as its B+tree compares bytes. */
    private static int compare(long[] a, long[] b, int[] order) {
        for (int slot : order) {
            int c = Long.compareUnsigned(a[slot], b[slot]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** A node id's eight bytes as an index stores them, read as one big-endian number. */
    private static long key(NodeId id) {
        byte[] bytes = new byte[NodeId.SIZE];
        NodeIdFactory.set(id, bytes, 0);
        long k = 0;
        for (byte b : bytes) {
            k = (k << 8) | (b & 0xFF);
        }
        return k;
    }

    private static NodeId id(long key) {
        byte[] bytes = new byte[NodeId.SIZE];
        for (int i = NodeId.SIZE - 1; i >= 0; i--) {
            bytes[i] = (byte) key;
            key >>>= 8;
        }
        return NodeIdFactory.get(bytes, 0);
    }
}
