package org.scholargraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.dboe.base.buffer.PtrBuffer;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.trans.bplustree.BPTreeNode;
import org.apache.jena.dboe.trans.bplustree.BPTreeNodeMgr;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The blocks of a TDB2 store's quad and triple indexes: how many its files hold and how many
 * the current trees still reach. TDB2 never reuses a block: a commit writes fresh copies of the
 * blocks it changed and leaves the old ones behind, so the difference is what compaction would
 * give back. The live count is read off the trees' branch nodes alone (a leaf's records are
 * never read), a few hundred blocks for millions of quads. The twelve indexes are nine tenths of
 * a store's bytes; the node table, which grows by appending, is left out.
 */
record IndexSpace(long allocatedBlocks, long liveBlocks, int blockSize) {
    /** Measures a TDB2 dataset; the caller holds a read or write transaction. Empty for other datasets. */
    static IndexSpace of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return new IndexSpace(0, 0, 0);
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        List<TupleIndex> indexes = new ArrayList<>(List.of(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()));
        indexes.addAll(List.of(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()));
        long allocated = 0;
        long live = 0;
        int blockSize = tdb.getStoreParams().getBlockSize();
        for (TupleIndex index : indexes) {
            if (index instanceof TupleIndexRecord record && record.getRangeIndex() instanceof BPlusTree tree) {
                allocated += tree.getNodeManager().allocLimit() + tree.getRecordsMgr().allocLimit();
                live += reachable(tree.getNodeManager(), tree.getRootId());
            }
        }
        return new IndexSpace(allocated, live, blockSize);
    }

    /** The bytes of blocks no tree reaches any more. */
    long wastedBytes() {
        return (allocatedBlocks - liveBlocks) * blockSize;
    }

    /** Allocated blocks per live one (1 for a freshly built store, or one without indexes). */
    double ratio() {
        return liveBlocks == 0 ? 1 : (double) allocatedBlocks / liveBlocks;
    }

    /** A branch node, the branch nodes below it and the record blocks they point to. */
    private static long reachable(BPTreeNodeMgr nodes, int id) {
        BPTreeNode node = nodes.getRead(id);
        try {
            // A branch of n keys holds n + 1 pointers; "leaf" here means its children are record blocks.
            int children = node.getCount() + 1;
            if (node.isLeaf()) {
                return 1 + children;
            }
            PtrBuffer pointers = node.getPtrBuffer();
            long blocks = 1;
            for (int i = 0; i < children; i++) {
                blocks += reachable(nodes, pointers.get(i));
            }
            return blocks;
        } finally {
            nodes.release(node);
        }
    }
}
