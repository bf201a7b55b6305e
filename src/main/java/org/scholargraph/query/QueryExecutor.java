package org.scholargraph.query;

import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's executor (which also runs non-TDB2 datasets, by ARQ's plain means) with ORDER BY done by
 * {@link KeyedSort}. Set per query execution, never registered globally.
 */
final class QueryExecutor extends OpExecutorTDB2 {
    static final OpExecutorFactory FACTORY = QueryExecutor::new;

    private QueryExecutor(ExecutionContext cxt) {
        super(cxt);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        QueryIterator solutions = exec(opOrder.getSubOp(), input);
        return KeyedSort.sort(solutions, opOrder.getConditions(), execCxt);
    }
}
