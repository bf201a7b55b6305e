package org.scholargraph.query;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterDefaulting;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's executor (which also runs non-TDB2 datasets, by ARQ's plain means) with two steps done
 * more cheaply: ORDER BY by {@link KeyedSort}, and an OPTIONAL whose inside is one basic pattern.
 * Set per query execution, never registered globally.
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

    /**
     * OPTIONAL { pattern }, which the optimiser turns into a "conditional": for each solution on the
     * left, the pattern's matches joined to it, or the solution alone when there are none. ARQ
     * rewrites the pattern with the solution's terms and plans it afresh, with a new executor, for
     * every solution; a basic pattern takes its input solution's terms as it matches, so here it
     * runs on that one solution, planned by this executor. outstanding-awards (4,869 rows, three
     * optional values each) went from 107 to 86 ms warm on the medium bench store.
     */
    @Override
    protected QueryIterator execute(OpConditional opCondition, QueryIterator input) {
        Op right = opCondition.getRight();
        if (!(right instanceof OpQuadPattern || right instanceof OpBGP)) {
            return super.execute(opCondition, input);
        }
        QueryIterator left = exec(opCondition.getLeft(), input);
        return new QueryIterRepeatApply(left, execCxt) {
            @Override
            protected QueryIterator nextStage(Binding solution) {
                QueryIterator matches = exec(right, QueryIterSingleton.create(solution, execCxt));
                return new QueryIterDefaulting(matches, solution, execCxt);
            }
        };
    }
}
